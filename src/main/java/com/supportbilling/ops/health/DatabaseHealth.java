package com.supportbilling.ops.health;

import com.supportbilling.resources.ThisProcess;
import com.supportbilling.state.DatabaseNames;
import com.supportbilling.state.StateInUse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;

/**
 * Whether the billing database can be reached, checked without holding it (D101): watch and schedule
 * open the state only while they bill (D32), and a check must never keep a cron {@code run} out. The
 * embedded state is not opened at all: it is reachable when its folder is usable and no other live
 * process holds it (its {@code in-use.txt}, D42). Any other database gets a short connection of its
 * own, closed at once.
 */
public final class DatabaseHealth implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** The first words of in-use.txt, as EmbeddedState writes them. */
    private static final Pattern HOLDER = Pattern.compile("^pid (\\d+) on ([^,]+),");

    private final String url;
    private final String user;
    private final String password;
    private final Path stateDir;

    public DatabaseHealth(String url, String user, String password, Path stateDir) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.stateDir = stateDir.toAbsolutePath();
    }

    /** The database the billing application of each drop or tick will use: the same settings. */
    public static DatabaseHealth of(Environment settings) {
        return new DatabaseHealth(settings.getProperty("spring.datasource.url", ""),
                settings.getProperty("spring.datasource.username", ""),
                settings.getProperty("spring.datasource.password", ""),
                Path.of(settings.getProperty("billing.state-dir", "billing-state")));
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder().withDetail("database", DatabaseNames.describe(url, stateDir));
        return url.startsWith("jdbc:hsqldb:file:") ? embedded(health) : connected(health);
    }

    private Health embedded(Health.Builder health) {
        if (Files.exists(stateDir) && !Files.isDirectory(stateDir)) {
            return health.down().withDetail("error", stateDir + " is a file, not a folder").build();
        }
        Path existing = stateDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return health.down().withDetail("error", stateDir + (existing == stateDir ? " cannot be written"
                    : " cannot be created")).build();
        }
        return heldByAnother()
                .map(holder -> health.down().withDetail("error", "in use by another process: " + holder).build())
                .orElseGet(() -> health.up().build());
    }

    /** Who holds the state, unless it is this process, or a process of this host that is gone (a crash). */
    private Optional<String> heldByAnother() {
        String holder;
        try {
            holder = Files.readString(stateDir.resolve(StateInUse.FILE), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("its " + StateInUse.FILE + " cannot be read: " + e.getMessage());
        }
        Matcher pid = HOLDER.matcher(holder);
        if (pid.find() && pid.group(2).equals(hostName())) {
            long id = Long.parseLong(pid.group(1));
            if (id == ThisProcess.pid() || ProcessHandle.of(id).filter(ProcessHandle::isAlive).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(holder);
    }

    private Health connected(Health.Builder health) {
        Properties connection = new Properties();
        connection.setProperty("user", user);
        connection.setProperty("password", password);
        // PostgreSQL's driver reads these (seconds); the URL's own parameters win
        String seconds = String.valueOf(TIMEOUT.toSeconds());
        connection.setProperty("connectTimeout", seconds);
        connection.setProperty("loginTimeout", seconds);
        connection.setProperty("socketTimeout", seconds);
        try (Connection database = DriverManager.getConnection(url, connection)) {
            return database.isValid((int) TIMEOUT.toSeconds()) ? health.up().build()
                    : health.down().withDetail("error", "it did not answer within " + seconds + " s").build();
        } catch (SQLException e) {
            return health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }
}
