package com.supportbilling.cli;

import com.supportbilling.state.StateInUse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The embedded state folder (HSQLDB file database), which one process at a time may open. The
 * process that has it open holds an operating-system lock on {@code state.lock} and says who it is in
 * {@code in-use.txt}, so that another one can name it when it is refused. The OS lock is what makes
 * this safe: HSQLDB's own lock is a heartbeat that a process frozen for ten seconds (Ctrl-Z, a
 * suspended VM) loses, after which a second process would open the same files (D42). After a crash
 * the OS lock goes with the process, and HSQLDB's heartbeat goes stale within seconds, which
 * opening waits for.
 */
final class EmbeddedState {

    static final String IN_USE_FILE = StateInUse.FILE;
    static final String LOCK_FILE = "state.lock";
    private static final Duration STALE_LOCK_WAIT = Duration.ofSeconds(15);

    private final Path dir;

    EmbeddedState(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** Starts the application on this state, or explains who has it. */
    ConfigurableApplicationContext open(Supplier<ConfigurableApplicationContext> start, String purpose) {
        FileLock lock = lock();
        claim(purpose);
        try {
            ConfigurableApplicationContext context = startWhenDatabaseFree(start);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    release(lock);
                }
            });
            return context;
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    private FileLock lock() {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw inUse();
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the state in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * With the OS lock held, a database lock can only be one going away: a process that crashed (its
     * heartbeat goes stale within seconds) or one closing its database just after letting the OS lock go.
     */
    private ConfigurableApplicationContext startWhenDatabaseFree(Supplier<ConfigurableApplicationContext> start) {
        long deadline = System.nanoTime() + STALE_LOCK_WAIT.toNanos();
        while (true) {
            try {
                return start.get();
            } catch (RuntimeException e) {
                if (!isLocked(e)) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new StateInUseException("The database in " + dir + " stayed locked for "
                            + STALE_LOCK_WAIT.toSeconds() + " s by a process that does not hold " + LOCK_FILE
                            + "; make sure no older version of support-billing uses this state.");
                }
                sleep();
            }
        }
    }

    private StateInUseException inUse() {
        return new StateInUseException("The state in " + dir + " is in use by another billing process"
                + holderDescription() + "; wait for it to finish. Runs that must overlap need a shared "
                + "PostgreSQL state (--spring.datasource.url=jdbc:postgresql://…).");
    }

    private void claim(String purpose) {
        try {
            Files.writeString(dir.resolve(IN_USE_FILE), "pid " + ManagementFactory.getRuntimeMXBean().getPid() + " on "
                    + InetAddress.getLocalHost().getHostName() + ", " + purpose + ", since "
                    + LocalDateTime.now().withNano(0) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the file only helps name this process to another one; the OS lock is what holds
        }
    }

    private void release(FileLock lock) {
        try {
            Files.deleteIfExists(dir.resolve(IN_USE_FILE));
        } catch (IOException e) {
            // a stale file only names a process to whoever is refused the lock, which is free now
        }
        try {
            lock.channel().close();
        } catch (IOException e) {
            // closing the channel releases the lock; the process ending would too
        }
    }

    private String holderDescription() {
        try {
            return Files.readAllLines(dir.resolve(IN_USE_FILE), StandardCharsets.UTF_8).stream().findFirst()
                    .map(line -> " (" + line + ")").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /** HSQLDB refuses to open a file database another process has open. */
    static boolean isLocked(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("lockFile") || message.contains("Database lock acquisition failure"))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the state to be free", e);
        }
    }

    /** Another process has the embedded state open: exit 4, as for a month being billed. */
    static final class StateInUseException extends RuntimeException {
        StateInUseException(String sentence) {
            super(sentence);
        }
    }
}
