package com.supportbilling.state;

import com.supportbilling.resources.FileLocks;
import com.supportbilling.resources.ThisProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * The embedded state folder (HSQLDB file database), which one process at a time may open. The
 * process that has it open holds an operating-system lock on {@code state.lock} and says who it is in
 * {@code in-use.txt}, so that another one can name it when it is refused. The OS lock is what makes
 * this safe: HSQLDB's own lock is a heartbeat that a process frozen for ten seconds (Ctrl-Z, a
 * suspended VM) loses, after which a second process would open the same files (D42). After a crash
 * the OS lock goes with the process, and HSQLDB's heartbeat goes stale within seconds, which
 * opening waits for.
 */
public final class EmbeddedState implements BillingState {

    static final String IN_USE_FILE = StateInUse.FILE;
    static final String LOCK_FILE = "state.lock";
    private static final Duration STALE_LOCK_WAIT = Duration.ofSeconds(15);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    /** HSQLDB's "Database lock acquisition failure" (ErrorCode.LOCK_FILE_ACQUISITION_FAILURE), as JDBC's vendor code. */
    private static final int HSQLDB_LOCK_FAILURE = -451;

    private final Path dir;

    public EmbeddedState(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** Starts the application on this state, or explains who has it. */
    @Override
    public ConfigurableApplicationContext open(Supplier<ConfigurableApplicationContext> start, String purpose) {
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
            FileLock lock = FileLocks.tryLock(channel);
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
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder().predicate(EmbeddedState::isLocked)
                .delay(RETRY_DELAY).maxRetries(STALE_LOCK_WAIT.dividedBy(RETRY_DELAY)).build());
        try {
            return retry.execute(start::get);
        } catch (RetryException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for the state to be free", e);
            }
            Throwable last = e.getLastException();
            if (isLocked(last)) {
                throw new StateInUseException("The database in " + dir + " stayed locked for "
                        + STALE_LOCK_WAIT.toSeconds() + " s by a process that does not hold " + LOCK_FILE
                        + "; make sure no older version of support-billing uses this state.");
            }
            throw last instanceof RuntimeException runtime ? runtime : new IllegalStateException(last);
        }
    }

    private StateInUseException inUse() {
        return new StateInUseException("The state in " + dir + " is in use by another billing process"
                + holderDescription() + "; wait for it to finish. Runs that must overlap need a shared "
                + "PostgreSQL state (--spring.datasource.url=jdbc:postgresql://…).");
    }

    private void claim(String purpose) {
        try {
            Files.writeString(dir.resolve(IN_USE_FILE), "pid " + ThisProcess.pid() + " on "
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

    /** HSQLDB refuses to open a file database another process has open: its vendor code says so (D113). */
    static boolean isLocked(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == HSQLDB_LOCK_FAILURE) {
                return true;
            }
        }
        return false;
    }
}
