package com.supportbilling.cli;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.run.ExitCode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A run stopped by Ctrl-C or SIGTERM (cron's or systemd's stop) stops cleanly: the run is asked to stop
 * at its next commit, and the JVM's exit waits until it has ended, its state saved, and the
 * application and its database are closed. Spring's own shutdown hook, which would close the database
 * under the running job, is off for {@code run}. The process then exits with what the run says
 * happened (D50): 0 when the month was published all the same, 143 when it stopped first — a JVM
 * ended by a signal would otherwise always exit 143. The same command resumes a stopped run.
 */
final class StopOnSignal {

    static final String SPRING_SHUTDOWN_HOOK = "spring.main.register-shutdown-hook";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private StopOnSignal() {
    }

    static int around(Runnable onSignal, IntSupplier work) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(ExitCode.STOPPED.code());
        Thread hook = new Thread(() -> {
            OperatorLog.get().info("stop asked: ending the run at its next commit");
            onSignal.run();
            try {
                done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(exitCode.get());
        }, "support-billing-stop");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return ExitCode.STOPPED.code();
        }
        int code = ExitCode.FAILED.code();
        try {
            code = work.getAsInt();
            return code;
        } finally {
            exitCode.set(code);
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and ends the process with the run's exit code
            }
        }
    }
}
