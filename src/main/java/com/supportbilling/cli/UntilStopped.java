package com.supportbilling.cli;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.ops.WorkGate;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeps a long-running command (watch, schedule) up until Ctrl-C, SIGTERM or an interrupt of its
 * thread, then stops it in order: the drop or tick in progress finishes, nothing new starts, and only
 * then is its application closed. The JVM's exit waits for this; a harder kill is safe too, since a
 * run resumes (D30) and a drop is moved in one rename.
 */
final class UntilStopped {

    private UntilStopped() {
    }

    static void await(ConfigurableApplicationContext application) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(application);
            stopped.countDown();
        }, "support-billing-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops it
            }
            stop(application);
            Thread.currentThread().interrupt();
        }
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
