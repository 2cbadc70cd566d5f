package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.job.lifecycle.Publish;
import com.supportbilling.job.reference.ReferenceIntake;
import com.supportbilling.job.usage.SkipLimitCheck;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.report.MonthReadables;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.stubbing.Answer;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * R11: a run that fails at any step, started again with the same arguments, resumes the same job
 * instance and ends with the files and the ledger of an uninterrupted run.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:restart-test",
        "billing.invoicing-chunk-size=1",
        "billing.usage-chunk-size=7"})
@SpringBatchTest
class RestartTest {

    private static final Path INPUT = Path.of("input-samples/2026-03");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @MockitoSpyBean
    Ledger ledger;
    @MockitoSpyBean
    ReferenceIntake referenceIntake;
    @MockitoSpyBean
    SkipLimitCheck skipLimitCheck;
    @MockitoSpyBean
    Publish publish;
    @MockitoSpyBean
    MonthReadables readables;

    @Autowired
    MonthEndRun monthEndRun;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @TempDir
    Path work;

    /** Where a run is made to fail, once. */
    enum Fault {
        OPENING_THE_RUN,
        READING_THE_REFERENCE_FILES,
        ENDING_THE_USAGE_INTAKE,
        CHECKING_THE_SKIP_LIMIT,
        AFTER_THREE_PAYERS_WERE_INVOICED,
        SUMMARIZING,
        WRITING_THE_REPORT_AND_DOCUMENTS,
        BEFORE_PUBLISHING,
        AFTER_MOVING_THE_OUTPUTS_BEFORE_RECORDING_THEM
    }

    @BeforeEach
    @AfterEach
    void emptyState() {
        EmptyState.clear(jobRepositoryTestUtils, jdbc);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aRunFailedAtAnyStepResumesToTheOutputsAndLedgerOfAnUninterruptedRun(Fault fault) throws Exception {
        BilledMonth uninterrupted = billCleanly();
        emptyState();

        inject(fault);
        RunOutcome failed = monthEndRun.run(request(work.resolve("out")));
        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("injected fault").contains("run the same command again to resume");
        if (fault != Fault.AFTER_MOVING_THE_OUTPUTS_BEFORE_RECORDING_THEM) {
            assertThat(work.resolve("out/2026-03")).doesNotExist();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_run WHERE status = 'COMPLETED'").query(Integer.class).single())
                .isZero();

        RunOutcome resumed = monthEndRun.run(request(work.resolve("out")));
        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.BILLED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Integer.class).single())
                .as("the same job instance resumed").isEqualTo(1);
        assertThat(BilledMonth.of(work.resolve("out/2026-03"), jdbc, "2026-03")).isEqualTo(uninterrupted);
        if (fault == Fault.AFTER_THREE_PAYERS_WERE_INVOICED) {
            // 7 payers: the failed execution read 4 and committed 3; the restart reads the 4 left, not all 7
            assertThat(jdbc.sql("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'invoicing' "
                    + "ORDER BY STEP_EXECUTION_ID").query(Long.class).list())
                    .as("the restarted invoicing went on after the committed payers").containsExactly(4L, 4L);
        }
        assertThat(monthEndRun.run(request(work.resolve("out"))).exitCode()).isEqualTo(ExitCode.ALREADY_BILLED);
    }

    @Test
    void outputsThatDoNotReconcileAreNotPublished() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        doAnswer(invocation -> calls.incrementAndGet() == 2 ? Map.of(new AccountId("100000000001"), BigDecimal.ONE)
                : invocation.callRealMethod()).when(ledger).bases(any(YearMonth.class), anyInt());
        RunOutcome outcome = monthEndRun.run(request(work.resolve("out")));
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(outcome.message()).contains("do not reconcile").contains("the ledger holds the fee bases summed");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    private BilledMonth billCleanly() throws Exception {
        Path out = work.resolve("clean");
        RunOutcome clean = monthEndRun.run(request(out));
        assertThat(clean.exitCode()).as(clean.message()).isEqualTo(ExitCode.BILLED);
        BilledMonth billed = BilledMonth.of(out.resolve("2026-03"), jdbc, "2026-03");
        assertThat(billed.files()).containsKeys("invoices.csv", "invoice-lines.csv", "refund-ledger.csv",
                "allocations.csv", "rejects.csv", "summary.json", "report.html", "documents.txt");
        assertThat(billed.ledger()).isNotEmpty();
        return billed;
    }

    private void inject(Fault fault) throws Exception {
        reset(ledger, referenceIntake, skipLimitCheck, publish, readables);
        switch (fault) {
            case OPENING_THE_RUN -> doAnswer(failOnce()).when(ledger)
                    .recordStart(any(), anyInt(), anyLong(), any(), any(), any());
            case READING_THE_REFERENCE_FILES -> doAnswer(failOnce()).when(referenceIntake).execute(any(), any());
            case ENDING_THE_USAGE_INTAKE -> doAnswer(failOnce()).when(ledger).saveBases(any(), anyInt(), any());
            case CHECKING_THE_SKIP_LIMIT -> doAnswer(failOnce()).when(skipLimitCheck).execute(any(), any());
            case AFTER_THREE_PAYERS_WERE_INVOICED -> doAnswer(failAt(4)).when(ledger).record(any(), anyInt(), any());
            case SUMMARIZING -> doAnswer(failAt(2)).when(ledger).bases(any(), anyInt());
            case WRITING_THE_REPORT_AND_DOCUMENTS -> doAnswer(failOnce()).when(readables).write(any(), any());
            case BEFORE_PUBLISHING -> doAnswer(failOnce()).when(publish).execute(any(), any());
            case AFTER_MOVING_THE_OUTPUTS_BEFORE_RECORDING_THEM -> doAnswer(failOnce()).when(ledger)
                    .recordCompleted(any(), anyInt());
        }
    }

    private static Answer<Object> failOnce() {
        return failAt(1);
    }

    /** Fails the n-th call, lets every other one through. */
    private static Answer<Object> failAt(int n) {
        AtomicInteger calls = new AtomicInteger();
        return invocation -> {
            if (calls.incrementAndGet() == n) {
                throw new IllegalStateException("injected fault");
            }
            return invocation.callRealMethod();
        };
    }

    private static RunRequest request(Path out) {
        assertThat(Files.isDirectory(INPUT)).isTrue();
        return new RunRequest(MARCH, INPUT, out, null, false, false);
    }
}
