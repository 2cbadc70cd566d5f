package com.supportbilling.run;

import com.supportbilling.resources.ThisProcess;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R11: one run of a month at a time, held in the database so that it holds for every process that
 * shares it (PostgreSQL included). The holder writes a row and keeps its heartbeat fresh. A row whose
 * process is gone from this host, or whose heartbeat is older than {@link #STALE_AFTER} (a holder on
 * another host), was left by a process that died, and is taken over.
 */
@Component
public class MonthLock {

    private static final Logger log = LoggerFactory.getLogger(MonthLock.class);

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration STALE_AFTER = Duration.ofSeconds(45);

    private final JdbcClient jdbc;

    public MonthLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the month, or says who holds it. */
    public Optional<Held> acquire(YearMonth month, String purpose) {
        long pid = ThisProcess.pid();
        String host = hostName();
        String holder = "pid " + pid + " on " + host + ", " + purpose;
        if (!tryInsert(month, holder, host, pid)) {
            Optional<Holder> current = holder(month);
            if (current.isPresent() && current.get().isDead(host)) {
                jdbc.sql("DELETE FROM billing_lock WHERE billing_month = ? AND holder = ? AND heartbeat_at = ?")
                        .params(month.toString(), current.get().holder(), Timestamp.valueOf(current.get().heartbeatAt()))
                        .update();
            }
            if (!tryInsert(month, holder, host, pid)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Held(month, holder));
    }

    /** The process holding the month, if any. */
    public Optional<Holder> holder(YearMonth month) {
        return jdbc.sql("SELECT holder, holder_host, holder_pid, acquired_at, heartbeat_at FROM billing_lock "
                        + "WHERE billing_month = ?")
                .param(month.toString())
                .query((rs, row) -> new Holder(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5).toLocalDateTime()))
                .optional();
    }

    private boolean tryInsert(YearMonth month, String holder, String host, long pid) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try {
            jdbc.sql("INSERT INTO billing_lock (billing_month, holder, holder_host, holder_pid, acquired_at, heartbeat_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(month.toString(), holder, host, pid, now, now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }

    /** Who holds a month, since when, and when it last showed it was alive. */
    public record Holder(String holder, String host, long pid, LocalDateTime acquiredAt, LocalDateTime heartbeatAt) {

        /** Its heartbeat went stale, or it ran on this host and its process is gone. */
        boolean isDead(String thisHost) {
            boolean gone = host.equals(thisHost) && ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
            return gone || heartbeatAt.isBefore(LocalDateTime.now().minus(STALE_AFTER));
        }
    }

    /** A month this process holds; closing it lets the month go. */
    public final class Held implements AutoCloseable {
        private final YearMonth month;
        private final String holder;
        private final ScheduledExecutorService heartbeat;

        private Held(YearMonth month, String holder) {
            this.month = month;
            this.holder = holder;
            this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "month-lock-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        }

        private void beat() {
            try {
                jdbc.sql("UPDATE billing_lock SET heartbeat_at = ? WHERE billing_month = ? AND holder = ?")
                        .params(Timestamp.valueOf(LocalDateTime.now()), month.toString(), holder).update();
            } catch (RuntimeException e) {
                // a missed beat is retried at the next tick; only a long silence lets another run take over
                log.warn("could not refresh the lock of {}: {}", month, e.getMessage());
            }
        }

        /**
         * Lets the month go. A database gone meanwhile cannot be told: the row then goes stale and the
         * next run takes it over (D28), so the run's own outcome is what the operator reads.
         */
        @Override
        public void close() {
            heartbeat.shutdownNow();
            try {
                jdbc.sql("DELETE FROM billing_lock WHERE billing_month = ? AND holder = ?")
                        .params(month.toString(), holder).update();
            } catch (RuntimeException e) {
                log.warn("could not let go of the lock of {}; the next run takes it over", month, e);
            }
        }
    }
}
