package com.supportbilling.cli;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.ops.WorkGate;
import com.supportbilling.run.ExitCode;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeps a long-running command (watch, schedule, worker) up until Ctrl-C, SIGTERM or an interrupt of its
 * thread, then stops it in order: the drop, tick or partition in progress finishes, nothing new starts, and only
 * then is its application closed. The stop is held from before the application starts: one that comes while it
 * starts stops it once it is up. The JVM's exit waits for this and is then the command's (D35): 0 for watch and
 * schedule, stopped with nothing left to do; 143 for a worker, as for a run. A harder kill is safe too, since a
 * run resumes (D30) and a drop is moved in one rename.
 */
final class UntilStopped {

    private final int exitCode;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook = new Thread(this::signalled, "support-billing-stop");
    private volatile ConfigurableApplicationContext application;

    private UntilStopped(int exitCode) {
        this.exitCode = exitCode;
    }

    /** Holds a stop from now on; a signal ends the process with {@code exitCode} once the application is stopped. */
    static UntilStopped hold(ExitCode exitCode) {
        UntilStopped until = new UntilStopped(exitCode.code());
        Runtime.getRuntime().addShutdownHook(until.hook);
        return until;
    }

    /** Starts the application with {@code start} and keeps it up until it is stopped. */
    void keepUp(Supplier<ConfigurableApplicationContext> start) {
        try {
            application = start.get();
        } catch (RuntimeException | Error e) {
            letGo();
            throw e;
        } finally {
            started.countDown();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            letGo();
            stop(application);
            Thread.currentThread().interrupt();
        }
    }

    private void letGo() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, and stops what was started
        }
    }

    /** The shutdown hook: once the start is over, stops what it started and ends the process with the exit code. */
    private void signalled() {
        boolean interrupted = false;
        while (true) {
            try {
                started.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (application == null) {
            return; // the start failed: the process ends as that failure ends it
        }
        stop(application);
        stopped.countDown();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(exitCode);
    }

    /** Called by the shutdown hook, by an interrupt, or both: the second call finds it stopped. */
    private static void stop(ConfigurableApplicationContext application) {
        synchronized (application) {
            if (!application.isActive()) {
                return;
            }
            WorkGate gate = application.getBean(WorkGate.class);
            if (gate.isWorking()) {
                OperatorLog.get().info("stopping once the work in progress is done");
            }
            gate.closeAndWait();
            application.close();
        }
    }
}
