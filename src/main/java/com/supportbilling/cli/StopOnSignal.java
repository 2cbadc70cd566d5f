package com.supportbilling.cli;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.run.ExitCode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A run stopped by Ctrl-C or SIGTERM (cron's or systemd's stop) stops cleanly, whenever the signal
 * comes (D43, D50). The hook is in place from the start of {@code main}: a signal before the run could
 * start anything ends the process there with a sentence saying so. Once the run is under way the run
 * is asked to stop at its next commit, and the JVM's exit waits until it has ended, its state saved,
 * and the application and its database are closed (Spring's own shutdown hook, which would close the
 * database under the running job, is off for {@code run}). The process then exits with what the run
 * says happened: 0 when the month was published all the same, 143 when it stopped first — a JVM ended
 * by a signal would otherwise always exit 143. The same command resumes a stopped run.
 */
final class StopOnSignal {

    static final String SPRING_SHUTDOWN_HOOK = "spring.main.register-shutdown-hook";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook = new Thread(this::signalled, "support-billing-stop");
    private volatile int exitCode = ExitCode.STOPPED.code();
    private Runnable onSignal;
    private boolean signalled;

    /** Holds a signal from now on, for the {@code run} about to be parsed and started; {@link #close} lets go. */
    static StopOnSignal install() {
        StopOnSignal stop = new StopOnSignal();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** For a command line that holds no signal (not {@code run}): the work simply runs. */
    static StopOnSignal none() {
        return new StopOnSignal();
    }

    /** The command has ended: a signal from now on ends the JVM as usual. */
    void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and ends the process with the run's exit code
        }
    }

    private void signalled() {
        Runnable action;
        synchronized (this) {
            signalled = true;
            action = onSignal;
        }
        if (action == null) {
            System.err.println("Billing was stopped before it started. Nothing was billed or published; run the same "
                    + "command again to bill the month.");
        } else {
            OperatorLog.get().info("stop asked: ending the run at its next commit");
            action.run();
            try {
                done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(exitCode);
    }

    /**
     * Runs {@code work}, which a signal stops through {@code onSignal}; its result is the exit code. A
     * signal that came before returns 143 without running it.
     */
    int around(Runnable onSignal, IntSupplier work) {
        synchronized (this) {
            if (signalled) {
                return ExitCode.STOPPED.code();
            }
            this.onSignal = onSignal;
        }
        int code = ExitCode.FAILED.code();
        try {
            code = work.getAsInt();
            return code;
        } finally {
            exitCode = code;
            done.countDown();
        }
    }
}
