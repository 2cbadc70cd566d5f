package com.supportbilling.state;

import java.nio.file.Path;
import java.util.Locale;

/** The database of a JDBC URL in words, for sentences: "PostgreSQL at db.internal:5432". */
public final class DatabaseNames {

    private DatabaseNames() {
    }

    public static String describe(String url, Path stateDir) {
        if (url == null || url.isBlank() || url.startsWith("jdbc:hsqldb:")) {
            return "the embedded state in " + stateDir.toAbsolutePath();
        }
        String rest = url.replaceFirst("^jdbc:", "");
        int scheme = rest.indexOf("://");
        if (scheme < 0) {
            return "the database " + url;
        }
        String kind = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
        String hostPort = rest.substring(scheme + 3).split("[/?]", 2)[0];
        if (kind.equals("postgresql")) {
            return "PostgreSQL at " + (hostPort.contains(":") ? hostPort : hostPort + ":5432");
        }
        return kind + " at " + hostPort;
    }

    /** Whether this application can use the URL at all: the embedded state or PostgreSQL. */
    public static boolean isSupported(String url) {
        return url.startsWith("jdbc:hsqldb:") || url.startsWith("jdbc:postgresql:");
    }
}
