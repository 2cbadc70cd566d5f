package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;

import com.supportbilling.ledger.Ledger;
import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** R11: two runs of one month never run at once; the lock lives in the database, as on PostgreSQL. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:one-at-a-time")
@SpringBatchTest
class OneRunAtATimeTest {

    private static final Path INPUT = Path.of("input-samples/2026-03");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @MockitoSpyBean
    Ledger ledger;
    @Autowired
    MonthEndRun monthEndRun;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @TempDir
    Path work;

    @BeforeEach
    void emptyState() {
        EmptyState.clear(jobRepositoryTestUtils, jdbc);
    }

    @Test
    void aSecondRunOfAMonthBeingBilledIsRefusedNamingTheFirst() throws Exception {
        CountDownLatch invoicing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(invocation -> {
            invoicing.countDown();
            release.await(30, TimeUnit.SECONDS);
            return invocation.callRealMethod();
        }).when(ledger).record(any(), anyInt(), any());

        CompletableFuture<RunOutcome> first = CompletableFuture.supplyAsync(() -> monthEndRun.run(request()));
        assertThat(invoicing.await(30, TimeUnit.SECONDS)).isTrue();
        RunOutcome second = monthEndRun.run(request());
        release.countDown();

        assertThat(second.exitCode()).isEqualTo(ExitCode.ALREADY_BILLED);
        assertThat(second.message()).startsWith("2026-03 is being billed right now by pid " + ProcessHandle.current().pid())
                .contains("billing 2026-03 from " + INPUT.toAbsolutePath()).endsWith("wait for that run to finish.");
        assertThat(first.get(60, TimeUnit.SECONDS).exitCode()).isEqualTo(ExitCode.BILLED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_lock").query(Integer.class).single()).as("let go").isZero();
    }

    @Test
    void aLockOfAnotherHostIsTakenOverOnceItsHeartbeatIsStale() {
        lockedBy("elsewhere", ProcessHandle.current().pid(), LocalDateTime.now().minusMinutes(5));
        assertThat(monthEndRun.run(request()).exitCode()).isEqualTo(ExitCode.BILLED);
    }

    @Test
    void aLockOfAnotherHostWithAFreshHeartbeatHolds() {
        lockedBy("elsewhere", 1, LocalDateTime.now());
        RunOutcome outcome = monthEndRun.run(request());
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.ALREADY_BILLED);
        assertThat(outcome.message()).contains("pid 1 on elsewhere");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void aLockOfAProcessGoneFromThisHostIsTakenOverAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        lockedBy(InetAddress.getLocalHost().getHostName(), gone.pid(), LocalDateTime.now());
        assertThat(monthEndRun.run(request()).exitCode()).isEqualTo(ExitCode.BILLED);
    }

    private void lockedBy(String host, long pid, LocalDateTime heartbeat) {
        jdbc.sql("INSERT INTO billing_lock (billing_month, holder, holder_host, holder_pid, acquired_at, heartbeat_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params("2026-03", "pid " + pid + " on " + host + ", billing 2026-03", host, pid,
                        Timestamp.valueOf(heartbeat), Timestamp.valueOf(heartbeat)).update();
    }

    RunRequest request() {
        return new RunRequest(MARCH, INPUT, work.resolve("out"), null, false, false);
    }
}
