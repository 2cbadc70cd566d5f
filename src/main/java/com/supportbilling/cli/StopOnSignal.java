package com.supportbilling.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * A run stopped by Ctrl-C or SIGTERM (cron's or systemd's stop) stops cleanly: the job is asked to stop
 * at its next commit, and the JVM's exit waits until the job has ended, its state saved, and the
 * application and its database are closed. Spring's own shutdown hook, which would close the database
 * under the running job, is off for {@code run}. The same command resumes the run.
 */
final class StopOnSignal {

    static final String SPRING_SHUTDOWN_HOOK = "spring.main.register-shutdown-hook";
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private StopOnSignal() {
    }

    static <T> T around(BooleanSupplier stop, Supplier<T> work) {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            if (stop.getAsBoolean()) {
                LoggerFactory.getLogger("com.supportbilling.run").info("stop asked: ending the run at its next commit");
            }
            try {
                done.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "support-billing-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.get();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and returns now that the work is done
            }
        }
    }
}
