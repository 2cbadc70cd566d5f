package com.supportbilling.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The embedded state folder (HSQLDB file database), which one process at a time may open. The
 * process that has it open says so in {@code in-use.txt}, so that another one can name it when it is
 * refused. After a crash the database's own lock goes stale within seconds: opening waits for that
 * when the process named in the file is gone.
 */
final class EmbeddedState {

    static final String IN_USE_FILE = "in-use.txt";
    private static final Duration STALE_LOCK_WAIT = Duration.ofSeconds(15);

    private final Path dir;

    EmbeddedState(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** Starts the application on this state, or explains who has it. */
    ConfigurableApplicationContext open(Supplier<ConfigurableApplicationContext> start, String purpose) {
        long deadline = System.nanoTime() + STALE_LOCK_WAIT.toNanos();
        while (true) {
            try {
                ConfigurableApplicationContext context = start.get();
                claim(purpose);
                context.addApplicationListener(event -> {
                    if (event instanceof ContextClosedEvent) {
                        release();
                    }
                });
                return context;
            } catch (RuntimeException e) {
                if (!isLocked(e)) {
                    throw e;
                }
                // no file: the holder may have died while starting; wait for its lock to go stale too
                boolean holderAlive = holderPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
                if (holderAlive || System.nanoTime() > deadline) {
                    throw new StateInUseException("The state in " + dir + " is in use by another billing process"
                            + holderDescription() + "; wait for it to finish. Runs that must overlap need a shared "
                            + "PostgreSQL state (--spring.datasource.url=jdbc:postgresql://…).");
                }
                sleep();
            }
        }
    }

    private void claim(String purpose) {
        try {
            Files.writeString(dir.resolve(IN_USE_FILE), ManagementFactory.getRuntimeMXBean().getPid() + "\n"
                    + "pid " + ManagementFactory.getRuntimeMXBean().getPid() + " on "
                    + InetAddress.getLocalHost().getHostName() + ", " + purpose + ", since "
                    + LocalDateTime.now().withNano(0) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the file only helps name this process to another one; the database lock is what holds
        }
    }

    private void release() {
        try {
            Files.deleteIfExists(dir.resolve(IN_USE_FILE));
        } catch (IOException e) {
            // a stale file names a process that is gone, which the next opener checks
        }
    }

    private Optional<Long> holderPid() {
        return readLine(0).flatMap(line -> {
            try {
                return Optional.of(Long.parseLong(line.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private String holderDescription() {
        return readLine(1).map(line -> " (" + line + ")").orElse("");
    }

    private Optional<String> readLine(int index) {
        try {
            return Files.readAllLines(dir.resolve(IN_USE_FILE), StandardCharsets.UTF_8).stream().skip(index).findFirst();
        } catch (IOException e) {
            return Optional.empty();
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
