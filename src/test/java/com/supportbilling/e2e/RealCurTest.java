package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real, anonymised legacy Cost and Usage Report (src/test/resources/cur, FinOps Foundation, MIT: see
 * NOTICE.md there) billed through the command line: its 1 269 Usage lines are the fee base, its 12 Tax
 * lines are not. The expected figures are summed here from the report itself with opencsv, apart from the
 * job's own reading.
 */
class RealCurTest {

    static final Path REPORT = Path.of("src/test/resources/cur/aws-cur-legacy-daily-2023-11-anonymized.csv");
    static final String ACCOUNT = "123412340534";

    /** The report's rows summed by line item type, and counted. */
    private static Map<String, BigDecimal> costByType;
    private static int rows;

    @TempDir
    Path work;

    @BeforeAll
    static void sumTheReportIndependently() throws IOException, CsvValidationException {
        costByType = new TreeMap<>();
        rows = 0;
        try (Reader in = Files.newBufferedReader(REPORT, StandardCharsets.UTF_8);
                CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            for (Map<String, String> row = csv.readMap(); row != null; row = csv.readMap()) {
                rows++;
                assertThat(row.get("lineItem/UsageAccountId")).isEqualTo(ACCOUNT);
                assertThat(row.get("bill/BillingEntity")).isEqualTo("AWS");
                costByType.merge(row.get("lineItem/LineItemType"), new BigDecimal(row.get("lineItem/UnblendedCost")),
                        BigDecimal::add);
            }
        }
    }

    /** One account on {@code plan} from before November, taxed as in Canada (its invoicing entity's). */
    private Path input(String usageFile, String plan) throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.copy(REPORT, input.resolve(usageFile));
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + ACCOUNT + ",Anonymised," + ACCOUNT + ",CA\n");
        Files.writeString(input.resolve("subscriptions.csv"), "account_id,effective_date,plan_code\n"
                + ACCOUNT + ",2023-10-01," + plan + "\n");
        Files.writeString(input.resolve("tax-rates.csv"), "country,rate\nCA,0.05\n");
        return input;
    }

    private PublishedMonth bill(Path input, String... extra) {
        Cli.Result result = Cli.bill("2023-11", input, work.resolve("out"), work.resolve("state"), extra);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new PublishedMonth(work.resolve("out/2023-11"));
    }

    @Test
    void theReportHoldsUsageAndTaxOnly() {
        assertThat(rows).isEqualTo(1281);
        assertThat(costByType).containsOnlyKeys("Usage", "Tax");
        // summed by hand once, so that a mistake in the sums above cannot hide a mistake of the job
        assertThat(costByType.get("Usage")).isEqualByComparingTo("1.60230869740");
        assertThat(costByType.get("Tax")).isEqualByComparingTo("0.08");
    }

    @Test
    void theFeeBaseIsTheSumOfTheUsageLinesAndTaxIsLeftOut() throws IOException {
        PublishedMonth month = bill(input("usage-aws-cur-2023-11.csv", "BUSINESS"));

        // all 1 281 rows are read and accepted: identity/LineItemId repeats over the report's days (D21)
        assertThat(month.fileRows("usage-aws-cur-2023-11.csv")).isEqualTo("1281/1281/0");
        assertThat(month.lines("rejects.csv")).hasSize(1);
        assertThat(month.figure("usage", "eligible_base_total")).isEqualTo(costByType.get("Usage"));
        assertThat(month.figure("usage", "accepted_total")).isEqualTo(costByType.get("Usage").add(costByType.get("Tax")));
        assertThat(month.excludedByCause()).containsOnly(entry("CHARGE_TYPE", costByType.get("Tax")));
        assertThat(month.figure("usage", "accounts_with_base")).isEqualByComparingTo("1");

        // Business on a base of 1.6023…: 10 % is 0.16, under the 100.00 minimum. A first month: MINIMUM 100.00
        // (nothing billed in advance), no USAGE line, ADVANCE 100.00 for December → 200.00, tax 5 % 10.00
        assertThat(month.invoiceLines()).containsExactly(
                "123412340534 MINIMUM BUSINESS 2023-11 100.00",
                "123412340534 ADVANCE BUSINESS 2023-12 100.00");
        assertThat(month.lines("invoices.csv")).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202311-123412340534,2023-11,123412340534,200.00,0.05,10.00,210.00,USD,2");
        assertThat(month.reconciles()).isTrue();
    }

    @Test
    void aMeteredPlanBillsTheBaseToTheCent() throws IOException {
        // a catalog where the base shows on the invoice: minimum 1.00, 100 % of the base.
        // F = max(1.00, 1.60230869740) → 1.60: MINIMUM 1.00, USAGE 0.60, ADVANCE 1.00 → 2.60, tax 0.13 → 2.73.
        // Had the 0.08 of Tax counted, F would be 1.68 and USAGE 0.68.
        Path input = input("usage-aws-cur-2023-11.csv", "METERED");
        Files.writeString(input.resolve("catalog.csv"), """
                effective_from,plan_code,plan_name,scope,minimum,band_from,rate
                2000-01-01,BASIC,Basic,ACCOUNT,0,,
                2000-01-01,METERED,Metered,ACCOUNT,1,0,1
                """);
        PublishedMonth month = bill(input);
        assertThat(month.invoiceLines()).containsExactly(
                "123412340534 MINIMUM METERED 2023-11 1.00",
                "123412340534 USAGE METERED 2023-11 0.60",
                "123412340534 ADVANCE METERED 2023-12 1.00");
        assertThat(month.lines("invoice-lines.csv").get(2)).contains(",1.60,0.60,");
        assertThat(month.lines("invoices.csv")).contains(
                "INV-202311-123412340534,2023-11,123412340534,2.60,0.05,0.13,2.73,USD,3");
    }

    @Test
    void theReportDeliveredGzipCompressedBillsTheSame() throws IOException {
        Path input = input("usage-aws-cur-2023-11.csv", "BUSINESS");
        PublishedMonth.gzip(input.resolve("usage-aws-cur-2023-11.csv"));
        PublishedMonth month = bill(input);
        assertThat(month.fileRows("usage-aws-cur-2023-11.csv.gz")).isEqualTo("1281/1281/0");
        assertThat(month.figure("usage", "eligible_base_total")).isEqualTo(costByType.get("Usage"));
        assertThat(month.lines("invoices.csv")).contains(
                "INV-202311-123412340534,2023-11,123412340534,200.00,0.05,10.00,210.00,USD,2");
    }
}
