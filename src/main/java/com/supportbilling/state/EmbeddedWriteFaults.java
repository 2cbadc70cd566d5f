package com.supportbilling.state;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * HSQLDB does not fail a commit whose log it could not write: a full disk under the state is only
 * reported as a warning on its event log ("ScriptWriter synch error", "data commit failed"), and the
 * transaction carries on in memory. That is how a month could be published while the state on disk
 * never recorded it (D47). This listens to that event log — the database URL sets
 * {@code hsqldb.extlog=2}, warnings and worse — and counts what it reports, so that a run can refuse
 * to publish after one.
 */
final class EmbeddedWriteFaults {

    /** HSQLDB names its event loggers {@code hsqldb.db.<database id>}. */
    static final String EVENT_LOG = "hsqldb.db";

    private static final AtomicLong count = new AtomicLong();
    private static final AtomicReference<String> last = new AtomicReference<>();
    private static final Logger eventLog = Logger.getLogger(EVENT_LOG);

    static {
        // HSQLDB would otherwise reset java.util.logging when it thinks nobody configured it
        System.setProperty("hsqldb.reconfig_logging", "false");
        eventLog.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    Throwable thrown = record.getThrown();
                    last.set(record.getMessage().strip() + (thrown == null ? "" : " " + thrown.getMessage()));
                    count.incrementAndGet();
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

    static long count() {
        return count.get();
    }

    static String last() {
        return last.get();
    }
}
