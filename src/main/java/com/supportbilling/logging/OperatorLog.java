package com.supportbilling.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines an operator reads on the terminal as well as in the log file: a run's start, progress and
 * end, a stop asked for, what a watcher or a schedule did. Every other logger of the application
 * writes to the log file only, and no stack trace reaches the terminal (D20).
 */
public final class OperatorLog {

    /** The logger's name, which logback-spring.xml sends to the terminal. */
    public static final String NAME = "operator";

    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private OperatorLog() {
    }

    public static Logger get() {
        return LOG;
    }
}
