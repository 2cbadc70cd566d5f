package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough of docs/billing-rules.md, through the command line on one fresh state: January, then February. */
class WalkthroughTest {

    private static final Path INPUT = Path.of("src/test/resources/scenarios/walkthrough");

    @TempDir
    Path work;

    @Test
    void twoMonthsBillLineByLineAsTheWorkedExample() throws Exception {
        Path out = work.resolve("out");
        Path state = work.resolve("state");

        Cli.Result january = Cli.bill("2026-01", INPUT.resolve("2026-01"), out, state);
        assertThat(january.exitCode()).as(january.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("2026-01/invoices.csv"))).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202601-111111111111,2026-01,111111111111,66.50,0,0.00,66.50,USD,3",
                "INV-202601-222222222222,2026-01,222222222222,30840.00,0.10,3084.00,33924.00,USD,3");
        assertThat(amounts(out.resolve("2026-01/invoice-lines.csv"))).containsExactly(
                "INV-202601-111111111111 111111111111 MINIMUM DEVELOPER 2026-01 29.00",
                "INV-202601-111111111111 111111111111 USAGE DEVELOPER 2026-01 8.50",
                "INV-202601-111111111111 111111111111 ADVANCE DEVELOPER 2026-02 29.00",
                "INV-202601-222222222222 222222222222 MINIMUM ENTERPRISE 2026-01 15000.00",
                "INV-202601-222222222222 222222222222 USAGE ENTERPRISE 2026-01 840.00",
                "INV-202601-222222222222 222222222222 ADVANCE ENTERPRISE 2026-02 15000.00");
        assertThat(Files.readAllLines(out.resolve("2026-01/allocations.csv"))).contains(
                "2026-01,222222222222,ENTERPRISE,222222222222,140000.00,13688.89",
                "2026-01,222222222222,ENTERPRISE,222222222223,22000.00,2151.11");

        Cli.Result february = Cli.bill("2026-02", INPUT.resolve("2026-02"), out, state);
        assertThat(february.exitCode()).as(february.err()).isZero();
        assertThat(amounts(out.resolve("2026-02/invoice-lines.csv"))).containsExactly(
                "INV-202602-111111111111 111111111111 MINIMUM BUSINESS 2026-02 64.29",
                "INV-202602-111111111111 111111111111 USAGE BUSINESS 2026-02 475.71",
                "INV-202602-111111111111 111111111111 USAGE DEVELOPER 2026-02 79.64",
                "INV-202602-111111111111 111111111111 ADVANCE BUSINESS 2026-03 100.00",
                "INV-202602-222222222222 222222222222 USAGE ENTERPRISE 2026-02 1960.00",
                "INV-202602-222222222222 222222222222 ADVANCE ENTERPRISE 2026-03 15000.00");
        assertThat(Files.readAllLines(out.resolve("2026-02/refund-ledger.csv"))).containsExactly(
                "refund_id,billing_month,payer_account_id,account_id,plan_code,reason,unused_days,days_in_month,"
                        + "refund_amount,tax_refund,total_refund",
                "RF-202602-111111111111-DEVELOPER,2026-02,111111111111,111111111111,DEVELOPER,PLAN_CHANGE,18,28,"
                        + "18.64,0.00,18.64");
        assertThat(Files.readAllLines(out.resolve("2026-02/invoices.csv"))).contains(
                "INV-202602-111111111111,2026-02,111111111111,719.64,0,0.00,719.64,USD,4",
                "INV-202602-222222222222,2026-02,222222222222,16960.00,0.10,1696.00,18656.00,USD,2");
        assertThat(Files.readAllLines(out.resolve("2026-02/allocations.csv"))).contains(
                "2026-02,222222222222,ENTERPRISE,222222222222,150000.00,14292.13",
                "2026-02,222222222222,ENTERPRISE,222222222223,28000.00,2667.87");

        GoldenFiles.assertMatches(out.resolve("2026-01"), "walkthrough/2026-01");
        GoldenFiles.assertMatches(out.resolve("2026-02"), "walkthrough/2026-02");
    }

    /** "invoice account type plan service-month amount" of each line. */
    private static List<String> amounts(Path lines) throws Exception {
        return Files.readAllLines(lines).stream().skip(1).map(line -> line.split(","))
                .map(f -> String.join(" ", f[0], f[2], f[3], f[4], f[5], f[9])).toList();
    }
}
