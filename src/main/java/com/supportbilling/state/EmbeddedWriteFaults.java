package com.supportbilling.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * HSQLDB does not fail a commit whose log it could not write: a full disk under the state is only
 * reported as a warning on its event log ("ScriptWriter synch error", "data commit failed"), and the
 * transaction carries on in memory. That is how a month could be published while the state on disk
 * never recorded it (D47). This listens to that event log — the database URL sets
 * {@code hsqldb.extlog=2}, warnings and worse — and counts what it reports per database (its event
 * logger is {@code hsqldb.db.<unique name>.…}), so that a run can refuse to publish after one.
 */
final class EmbeddedWriteFaults {

    /** HSQLDB names its event loggers {@code hsqldb.db.<database unique name>}. */
    static final String EVENT_LOG = "hsqldb.db";

    private static final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private static final Map<String, String> lasts = new ConcurrentHashMap<>();
    private static final Logger eventLog = Logger.getLogger(EVENT_LOG);

    static {
        // HSQLDB would otherwise reset java.util.logging when it thinks nobody configured it
        System.setProperty("hsqldb.reconfig_logging", "false");
        eventLog.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    String database = databaseOf(record.getLoggerName());
                    Throwable thrown = record.getThrown();
                    lasts.put(database, record.getMessage().strip() + (thrown == null ? "" : " " + thrown.getMessage()));
                    counts.computeIfAbsent(database, key -> new AtomicLong()).incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private EmbeddedWriteFaults() {
    }

    /** Faults reported so far by the database of this unique name ({@code VALUES DATABASE_NAME()}). */
    static long count(String database) {
        AtomicLong count = counts.get(database);
        return count == null ? 0 : count.get();
    }

    static String last(String database) {
        return lasts.get(database);
    }

    private static String databaseOf(String logger) {
        String name = logger == null ? "" : logger;
        String rest = name.startsWith(EVENT_LOG + ".") ? name.substring(EVENT_LOG.length() + 1) : name;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
