package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.core.revision.LedgerEntry;
import com.supportbilling.job.summary.Summarize;
import com.supportbilling.job.usage.UsageIntakeResults;
import com.supportbilling.ledger.Ledger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R10: each of the checks the summary step makes before publishing fails for real — a staged file, a
 * ledger row or the intake's figures altered between the steps, as a faulty writer or a lost write
 * would leave them — and then the run fails with a sentence naming the check, and publishes nothing.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:hsqldb:mem:reconciliation-failure-test")
@SpringBatchTest
class ReconciliationFailureTest {

    private static final Path INPUT = Path.of("input-samples/2026-03");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String LINES_TO_SUBTOTALS = "invoice lines sum to invoice subtotals";
    private static final String EACH_INVOICE = "each invoice: its lines sum to its subtotal, subtotal + tax = total";
    private static final String LINES_HAVE_INVOICES = "every line belongs to an invoice";
    private static final String EACH_REFUND = "each refund: amount + tax = total";
    private static final String USAGE_TO_BASES = "accepted usage = fee bases + excluded";
    private static final String LEDGER_BASES = "the ledger holds the fee bases summed";
    private static final String ROWS_PER_FILE = "each file: rows read = accepted + rejected, every rejected row in rejects.csv";
    private static final String CORRECTIONS = "corrections sum to the change of what was billed";

    @MockitoSpyBean
    Summarize summarize;
    @MockitoSpyBean
    UsageIntakeResults usageIntakeResults;
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

    /** What goes wrong before the summary step reads the run back, and the checks that must then fail. */
    enum Fault {
        /** A line's amount written wrong: the total and its invoice no longer add up. */
        A_LINE_AMOUNT_CHANGED(LINES_TO_SUBTOTALS, EACH_INVOICE),
        /** An invoice's tax written wrong: subtotal + tax ≠ total. */
        AN_INVOICE_TAX_CHANGED(EACH_INVOICE),
        /** A line of an invoice that was never written (its amount 0.00, so that the sums still agree). */
        A_LINE_WITHOUT_ITS_INVOICE(LINES_HAVE_INVOICES),
        /** A refund whose amount and tax do not make its total. */
        A_REFUND_NOT_ADDING_UP(EACH_REFUND),
        /** The intake's accepted usage no longer the bases plus what was left out of them. */
        THE_ACCEPTED_USAGE_MISCOUNTED(USAGE_TO_BASES),
        /** An account's fee base in the ledger changed after invoicing read it. */
        A_LEDGER_BASE_CHANGED(LEDGER_BASES),
        /** A rejected row lost from the staged rejects. */
        A_REJECTED_ROW_LOST(ROWS_PER_FILE),
        /** A rerun's ledger amount with a fraction of a cent, which corrections.csv, in cents, cannot show. */
        A_RERUN_LEDGER_AMOUNT_OFF_BY_A_FRACTION_OF_A_CENT(CORRECTIONS);

        private final List<String> failingChecks;

        Fault(String... failingChecks) {
            this.failingChecks = List.of(failingChecks);
        }

        boolean onARerun() {
            return this == A_RERUN_LEDGER_AMOUNT_OFF_BY_A_FRACTION_OF_A_CENT;
        }
    }

    @BeforeEach
    void emptyState() {
        EmptyState.clear(jobRepositoryTestUtils, jdbc);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aCheckThatFailsFailsTheRunAndNothingIsPublished(Fault fault) throws Exception {
        Path out = work.resolve("out");
        String revision1 = null;
        if (fault.onARerun()) {
            RunOutcome first = monthEndRun.run(request(out, false));
            assertThat(first.exitCode()).as(first.message()).isEqualTo(ExitCode.BILLED);
            revision1 = Files.readString(out.resolve("2026-03/invoice-lines.csv"));
        }
        int revision = fault.onARerun() ? 2 : 1;
        doAnswer(invocation -> {
            inject(fault, out.resolve(".staging-2026-03-R" + revision));
            return invocation.callRealMethod();
        }).when(summarize).execute(any(), any());

        RunOutcome outcome = monthEndRun.run(request(out, fault.onARerun()));

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(outcome.message()).startsWith("Billing 2026-03 failed: The outputs of 2026-03 do not reconcile: "
                + fault.failingChecks.get(0) + " (").contains("Nothing was published; the staged files are in "
                + out.resolve(".staging-2026-03-R" + revision));
        assertThat(failedChecks(out.resolve(".staging-2026-03-R" + revision + "/summary.json")))
                .as("the checks that failed, and only they").isEqualTo(fault.failingChecks);
        if (fault.onARerun()) {
            assertThat(Files.readString(out.resolve("2026-03/invoice-lines.csv"))).as("revision 1 stays").isEqualTo(revision1);
            assertThat(out.resolve("2026-03/revisions")).doesNotExist();
        } else {
            assertThat(out.resolve("2026-03")).doesNotExist();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_run WHERE revision = ? AND status = 'COMPLETED'")
                .param(revision).query(Integer.class).single()).as("not recorded as billed").isZero();
    }

    private void inject(Fault fault, Path staging) throws IOException {
        switch (fault) {
            case A_LINE_AMOUNT_CHANGED -> replace(staging.resolve("invoice-lines.csv"),
                    ",5500.00,Enterprise On-Ramp minimum for 31 of 31 days", ",5501.00,Enterprise On-Ramp minimum for 31 of 31 days");
            case AN_INVOICE_TAX_CHANGED -> replace(staging.resolve("invoices.csv"),
                    ",11700.00,0.10,1170.00,12870.00,", ",11700.00,0.10,1170.01,12870.00,");
            case A_LINE_WITHOUT_ITS_INVOICE -> Files.writeString(staging.resolve("invoice-lines.csv"),
                    "INV-202603-999999999999,1,999999999999,MINIMUM,BUSINESS,2026-03,31,31,,0.00,stray\n",
                    StandardOpenOption.APPEND);
            case A_REFUND_NOT_ADDING_UP -> Files.writeString(staging.resolve("refund-ledger.csv"),
                    "REF-202603-100000000001-BUSINESS,2026-03,100000000001,100000000001,BUSINESS,CANCELLATION,10,31,"
                            + "10.00,1.00,12.00\n", StandardOpenOption.APPEND);
            case THE_ACCEPTED_USAGE_MISCOUNTED -> doAnswer(invocation -> {
                UsageIntakeResult real = (UsageIntakeResult) invocation.callRealMethod();
                return new UsageIntakeResult(real.files(), real.rejectedByReason(),
                        real.acceptedTotal().add(new BigDecimal("0.01")), real.baseTotal(), real.excludedByCause(),
                        real.accountsWithBase());
            }).when(usageIntakeResults).of(any());
            case A_LEDGER_BASE_CHANGED -> assertThat(jdbc.sql("UPDATE billing_usage_base SET base = '1' "
                    + "WHERE billing_month = '2026-03' AND account_id = '100000000001'").update()).isOne();
            case A_REJECTED_ROW_LOST -> {
                Path part = staging.resolve("rejects-usage.csv.part");
                List<String> rows = Files.readAllLines(part);
                assertThat(rows).hasSizeGreaterThan(1);
                Files.write(part, rows.subList(0, rows.size() - 1));
            }
            case A_RERUN_LEDGER_AMOUNT_OFF_BY_A_FRACTION_OF_A_CENT -> doAnswer(invocation -> {
                @SuppressWarnings("unchecked")
                List<LedgerEntry> entries = new ArrayList<>((List<LedgerEntry>) invocation.callRealMethod());
                LedgerEntry first = entries.get(0);
                entries.set(0, new LedgerEntry(first.documentId(), first.payer(), first.account(), first.type(),
                        first.plan(), first.serviceMonth(), first.amount().add(new BigDecimal("0.004"))));
                return entries;
            }).when(ledger).entries(eq(MARCH), eq(2));
        }
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }

    private static List<String> failedChecks(Path summary) throws IOException {
        JsonNode checks = JSON.readTree(Files.readString(summary)).path("reconciliation").path("checks");
        assertThat(checks.size()).as("checks made").isGreaterThanOrEqualTo(7);
        return StreamSupport.stream(checks.spliterator(), false).filter(check -> !check.path("holds").booleanValue())
                .map(check -> check.path("name").asString()).toList();
    }

    private static RunRequest request(Path out, boolean rerun) {
        return new RunRequest(MARCH, INPUT, out, null, rerun, false);
    }
}
