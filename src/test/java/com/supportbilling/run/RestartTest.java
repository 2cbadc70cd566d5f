package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import com.supportbilling.job.lifecycle.Publish;
import com.supportbilling.job.progress.ProgressDisplay;
import com.supportbilling.job.reference.ReferenceIntake;
import com.supportbilling.job.usage.SkipLimitCheck;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.report.MonthReadables;
import com.supportbilling.testing.Folders;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
        // the parallel usage intake (the default) in blocks of about 200 bytes, one per chunk: the sample
        // month's usage is several commits, so that it can fail after some of them
        "billing.usage-block-size=200",
        "billing.usage-blocks-per-chunk=1"})
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
    @MockitoSpyBean
    ProgressDisplay progressDisplay;

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
        AFTER_TWO_USAGE_CHUNKS_WERE_COMMITTED,
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
        if (fault == Fault.AFTER_TWO_USAGE_CHUNKS_WERE_COMMITTED) {
            List<UsageIntakeExecution> usage = jdbc.sql("SELECT STATUS, COMMIT_COUNT, WRITE_COUNT, READ_COUNT "
                    + "FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'usageIntake' ORDER BY STEP_EXECUTION_ID")
                    .query(UsageIntakeExecution.class).list();
            assertThat(usage).extracting(UsageIntakeExecution::status).containsExactly("FAILED", "COMPLETED");
            assertThat(usage.get(0).commitCount()).as("chunks committed before the fault").isEqualTo(2);
            // D16: the intake keeps its sums in memory, so the restart reads every block again
            assertThat(usage.get(1).readCount()).as("blocks read again").isGreaterThan(usage.get(0).writeCount())
                    .isEqualTo(usage.get(1).writeCount());
        }
        assertThat(monthEndRun.run(request(work.resolve("out"))).exitCode()).isEqualTo(ExitCode.ALREADY_BILLED);
    }

    /** D27: a rerun that failed is resumed by the same command, with --rerun; a plain run says so. */
    @Test
    void anUnfinishedRerunIsResumedWithRerunAndAPlainRunSaysSo() throws Exception {
        BilledMonth uninterrupted = billRevisions(work.resolve("clean"), 2);
        emptyState();
        Path out = work.resolve("out");
        billRevisions(out, 1);

        inject(Fault.AFTER_THREE_PAYERS_WERE_INVOICED);
        assertThat(monthEndRun.run(request(out, true)).exitCode()).isEqualTo(ExitCode.FAILED);
        RunOutcome plain = monthEndRun.run(request(out));
        assertThat(plain.exitCode()).isEqualTo(ExitCode.ALREADY_BILLED);
        assertThat(plain.message()).startsWith("2026-03 is already billed (revision 1, completed ")
                .endsWith("Nothing was changed; revision 2 was started and did not finish: run again with --rerun to "
                        + "resume it.");

        RunOutcome resumed = monthEndRun.run(request(out, true));
        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.BILLED);
        assertThat(resumed.message()).startsWith("Billed 2026-03 (revision 2)");
        assertThat(executionsPerJobInstance()).as("revision 2 resumed its job instance").containsExactly(1, 2);
        assertThat(BilledMonth.of(out.resolve("2026-03"), jdbc, "2026-03")).isEqualTo(uninterrupted);
    }

    /** Where publishing revision 3 — revision 2 published, revision 1 kept inside it — is made to fail (D25). */
    enum PublishFault {
        /** Revision 1 taken into the staged revision 3; revision 2 still published, without it. */
        AFTER_TAKING_THE_KEPT_REVISIONS,
        /** Revision 2 taken too: the month has no folder until the staged one is renamed into place. */
        AFTER_TAKING_THE_PUBLISHED_REVISION,
        /** Revision 3 in place, not yet recorded. */
        AFTER_RENAMING_BEFORE_RECORDING
    }

    /**
     * D25: publishing a rerun is several moves; it fails between two of them — on something in the way
     * of the next move, which the test then takes away — and the same command finishes the publishing.
     */
    @ParameterizedTest
    @EnumSource(PublishFault.class)
    void aRerunThatFailedWhilePublishingIsFinishedByTheSameCommand(PublishFault fault) throws Exception {
        BilledMonth uninterrupted = billRevisions(work.resolve("clean"), 3);
        emptyState();
        Path out = work.resolve("out");
        billRevisions(out, 2);
        Path staging = out.resolve(".staging-2026-03-R3");
        Path obstacle = switch (fault) {
            case AFTER_TAKING_THE_KEPT_REVISIONS -> staging.resolve("revisions/R2");
            case AFTER_TAKING_THE_PUBLISHED_REVISION -> staging.resolve("warnings.txt.part");
            case AFTER_RENAMING_BEFORE_RECORDING -> null;
        };
        if (obstacle == null) {
            doAnswer(failOnce()).when(ledger).recordCompleted(any(), anyInt());
        } else {
            AtomicBoolean placed = new AtomicBoolean();
            doAnswer(invocation -> {
                if (placed.compareAndSet(false, true)) {
                    Files.deleteIfExists(obstacle);
                    Files.writeString(Files.createDirectories(obstacle).resolve("in-the-way"), "");
                }
                return invocation.callRealMethod();
            }).when(publish).execute(any(), any());
        }

        assertThat(monthEndRun.run(request(out, true)).exitCode()).isEqualTo(ExitCode.FAILED);
        switch (fault) {
            case AFTER_TAKING_THE_KEPT_REVISIONS -> {
                assertThat(staging.resolve("revisions/R1/invoices.csv")).exists();
                assertThat(out.resolve("2026-03/invoices.csv")).exists();
                assertThat(out.resolve("2026-03/revisions")).doesNotExist();
            }
            case AFTER_TAKING_THE_PUBLISHED_REVISION -> {
                assertThat(staging.resolve("revisions/R1/invoices.csv")).exists();
                assertThat(staging.resolve("revisions/R2/invoices.csv")).exists();
                assertThat(out.resolve("2026-03")).doesNotExist();
            }
            case AFTER_RENAMING_BEFORE_RECORDING -> assertThat(staging).doesNotExist();
        }
        if (obstacle != null) {
            Folders.delete(obstacle);
        }

        RunOutcome finished = monthEndRun.run(request(out, true));
        assertThat(finished.exitCode()).as(finished.message()).isEqualTo(ExitCode.BILLED);
        assertThat(finished.message()).startsWith("Billed 2026-03 (revision 3)");
        assertThat(executionsPerJobInstance()).as("revision 3 resumed its job instance").containsExactly(1, 1, 2);
        assertThat(BilledMonth.of(out.resolve("2026-03"), jdbc, "2026-03")).isEqualTo(uninterrupted);
        assertThat(staging).doesNotExist();
    }

    /** Bills revisions 1 to {@code revisions} of March into {@code out}, unchanged input each time. */
    private BilledMonth billRevisions(Path out, int revisions) throws Exception {
        for (int revision = 1; revision <= revisions; revision++) {
            RunOutcome billed = monthEndRun.run(request(out, revision > 1));
            assertThat(billed.exitCode()).as(billed.message()).isEqualTo(ExitCode.BILLED);
        }
        return BilledMonth.of(out.resolve("2026-03"), jdbc, "2026-03");
    }

    private List<Integer> executionsPerJobInstance() {
        return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION GROUP BY JOB_INSTANCE_ID ORDER BY JOB_INSTANCE_ID")
                .query(Integer.class).list();
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
        reset(ledger, referenceIntake, skipLimitCheck, publish, readables, progressDisplay);
        switch (fault) {
            case OPENING_THE_RUN -> doAnswer(failOnce()).when(ledger)
                    .recordStart(any(), anyInt(), anyLong(), any(), any(), any());
            case READING_THE_REFERENCE_FILES -> doAnswer(failOnce()).when(referenceIntake).execute(any(), any());
            case AFTER_TWO_USAGE_CHUNKS_WERE_COMMITTED -> doAnswer(failAt(3)).when(progressDisplay)
                    .show(startsWith("usage:"), eq(false));
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

    static RunRequest request(Path out) {
        return request(out, false);
    }

    private static RunRequest request(Path out, boolean rerun) {
        assertThat(Files.isDirectory(INPUT)).isTrue();
        return new RunRequest(MARCH, INPUT, out, null, rerun, false);
    }

    /** A usage intake's step execution, as the job repository keeps it. */
    record UsageIntakeExecution(String status, long commitCount, long writeCount, long readCount) {
    }
}
