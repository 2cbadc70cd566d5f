package com.supportbilling.job.progress;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.settings.ProgressMode;
import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * Where a long run shows how far it is: on one line rewritten in place when a person watches a
 * terminal, as a log line every {@link #LOG_EVERY} otherwise (cron, files, pipes).
 */
public final class ProgressDisplay {

    static final Duration LOG_EVERY = Duration.ofSeconds(10);
    static final Duration TERMINAL_EVERY = Duration.ofMillis(250);

    private static final Logger log = OperatorLog.get();

    private final PrintStream terminal;
    private final boolean enabled;
    private final long everyNanos;
    private long last = System.nanoTime();
    private int width;

    ProgressDisplay(PrintStream terminal, boolean enabled, Duration every) {
        this.terminal = terminal;
        this.enabled = enabled;
        this.everyNanos = every.toNanos();
    }

    public static ProgressDisplay of(ProgressMode mode) {
        return switch (mode) {
            case TERMINAL -> new ProgressDisplay(System.err, true, TERMINAL_EVERY);
            case LOG -> new ProgressDisplay(null, true, LOG_EVERY);
            case OFF -> new ProgressDisplay(null, false, LOG_EVERY);
            case AUTO -> of(System.console() != null ? ProgressMode.TERMINAL : ProgressMode.LOG);
        };
    }

    /** Shows {@code line}, unless the last one (or the start) was too recent and {@code force} is false. */
    public synchronized void show(String line, boolean force) {
        long now = System.nanoTime();
        if (!enabled || (!force && now - last < everyNanos)) {
            return;
        }
        last = now;
        if (terminal == null) {
            log.info(line);
            return;
        }
        terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        terminal.flush();
        width = line.length();
    }

    /** Ends the line shown in place, so that what follows starts on a line of its own. */
    public synchronized void finish() {
        if (terminal != null && width > 0) {
            terminal.println();
            width = 0;
        }
        last = System.nanoTime();
    }
}
