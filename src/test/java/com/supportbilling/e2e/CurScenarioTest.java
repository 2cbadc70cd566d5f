package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made AWS Cost and Usage Reports billed through the command line: every line item type of
 * docs/file-formats.md, Marketplace, the support fee itself, CUR 2.0 headers, gzip, and a month of one native
 * file and one CUR file. Every figure below is worked out by hand in the comments.
 */
class CurScenarioTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TempDir
    Path work;

    private PublishedMonth bill(Path input) {
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new PublishedMonth(work.resolve("out/2026-03"));
    }

    /**
     * cur-legacy: legacy CUR headers, one line of every type. Types Co (210000000001, DE 19 %) is on Business,
     * its member Types Co Dev (210000000002) on Developer, both all March.
     */
    @Test
    void everyLineItemTypeOfALegacyCurCountsAsTheTableSays() throws IOException {
        PublishedMonth month = bill(SCENARIOS.resolve("cur-legacy/2026-03"));

        // 210000000001's base: Usage 6 000 + DiscountedUsage 2 000 + SavingsPlanCoveredUsage 1 500 + Fee (Route 53)
        // 500 + RIFee 999.9999999850 + Usage 1.5E-8 (line 18: the id of line 2 on its next day) + Usage
        // 0.0000000150 (line 22: 1 April 02:00 at +05:00 is 31 March in UTC) = 11 000.0000000150.
        // Business: 10 % × 10 000 + 7 % × 1 000.0000000150 = 1 070.00000000105 → F 1 070.00:
        // MINIMUM 100.00, USAGE 970.00, ADVANCE 100.00.
        // 210000000002's base: Usage 1 200 (the AWSDeveloperSupport Fee and a Credit are out).
        // Developer: 3 % × 1 200 = 36.00 → MINIMUM 29.00, USAGE 7.00, ADVANCE 29.00.
        assertThat(month.invoiceLines()).containsExactly(
                "210000000001 MINIMUM BUSINESS 2026-03 100.00",
                "210000000001 USAGE BUSINESS 2026-03 970.00",
                "210000000001 ADVANCE BUSINESS 2026-04 100.00",
                "210000000002 MINIMUM DEVELOPER 2026-03 29.00",
                "210000000002 USAGE DEVELOPER 2026-03 7.00",
                "210000000002 ADVANCE DEVELOPER 2026-04 29.00");
        // subtotal 1 170 + 65 = 1 235.00; tax 19 % = 234.65; total 1 469.65
        assertThat(month.lines("invoices.csv")).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202603-210000000001,2026-03,210000000001,1235.00,0.19,234.65,1469.65,USD,6");

        // bases 11 000.0000000150 + 1 200.00, full precision kept
        assertThat(month.figure("usage", "eligible_base_total")).isEqualTo(new BigDecimal("12200.0000000150"));
        assertThat(month.figure("usage", "accounts_with_base")).isEqualByComparingTo("2");
        // charge types: SavingsPlanNegation −1 500 + SavingsPlanUpfrontFee 3 000 + SavingsPlanRecurringFee 700
        //   + Credit −200 + Refund −50 + Tax 80 + BundledDiscount −10 + EdpDiscount −300 + PrivateRateDiscount −25
        //   = 1 695.00, and the member's Credit −100 → 1 595.00;
        // services: AWSSupportBusiness 1 070 + AWSDeveloperSupport 29 = 1 099.00;
        // Marketplace: the 400.00 of prod-7k2xq9abcd billed by "AWS Marketplace"
        assertThat(month.excludedByCause()).containsOnly(
                entry("CHARGE_TYPE", new BigDecimal("1595.00")),
                entry("SERVICE", new BigDecimal("1099.00")),
                entry("MARKETPLACE", new BigDecimal("400.00")));
        assertThat(month.figure("usage", "accepted_total")).isEqualByComparingTo("15294.0000000150");

        // 25 rows: 4 rejected, each with its line
        assertThat(month.fileRows("usage-cur-2026-03.csv")).isEqualTo("25/21/4");
        assertThat(month.rejectedByReason()).containsOnly(entry("DUPLICATE_LINE_ITEM", 1L),
                entry("UNKNOWN_CHARGE_TYPE", 1L), entry("INVALID_ACCOUNT_ID", 1L), entry("WRONG_PERIOD", 1L));
        assertThat(month.lines("rejects.csv").stream().skip(1).map(line -> Arrays.stream(line.split(",")).limit(4)
                .reduce((a, b) -> a + "," + b).orElseThrow())).containsExactly(
                "usage-cur-2026-03.csv,19,DUPLICATE_LINE_ITEM,line item id kq3v7t0001 "
                        + "(2026-03-02T00:00:00Z/2026-03-03T00:00:00Z) was already read; the first occurrence counts",
                "usage-cur-2026-03.csv,20,UNKNOWN_CHARGE_TYPE,charge type 'SavingsPlanSurprise' is unknown",
                "usage-cur-2026-03.csv,21,INVALID_ACCOUNT_ID,"
                        + "the account id is empty: the row cannot be given to any account's base",
                "usage-cur-2026-03.csv,23,WRONG_PERIOD,usage date 2026-02-28 is not in 2026-03");
        assertThat(month.reconciles()).isTrue();
    }

    /**
     * cur-2: CUR 2.0 headers (snake case, in another order, with the JSON-like product map). Hotel Holdings
     * (220000000001, JP 10 %) and its member Hotel Apps are one Enterprise On-Ramp group all March.
     */
    @Test
    void aCur2ReportBillsAGroup() throws IOException {
        assertCur2Month(bill(SCENARIOS.resolve("cur-2/2026-03")), "usage-cur2-2026-03.csv");
    }

    /** The same report delivered gzip-compressed, as AWS does: the same month to the cent. */
    @Test
    void aGzipCompressedReportBillsTheSame() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        Path gz = PublishedMonth.gzip(input.resolve("usage-cur2-2026-03.csv"));
        assertThat(gz.getFileName()).hasToString("usage-cur2-2026-03.csv.gz");
        assertThat(Files.size(gz)).isLessThan(Files.size(SCENARIOS.resolve("cur-2/2026-03/usage-cur2-2026-03.csv")));
        assertCur2Month(bill(input), "usage-cur2-2026-03.csv.gz");
    }

    private static void assertCur2Month(PublishedMonth month, String usageFile) throws IOException {
        // bases: the payer's Usage 40 000; the member's DiscountedUsage 20 000 + RIFee 5 000 = 25 000
        // (its 3 000 of Marketplace usage is out). B' = 65 000 → 10 % = 6 500 > 5 500:
        // MINIMUM 5 500.00, USAGE 1 000.00, ADVANCE 5 500.00 → 12 000.00, tax 10 % 1 200.00 → 13 200.00
        assertThat(month.invoiceLines()).containsExactly(
                "220000000001 MINIMUM ENTERPRISE_ON_RAMP 2026-03 5500.00",
                "220000000001 USAGE ENTERPRISE_ON_RAMP 2026-03 1000.00",
                "220000000001 ADVANCE ENTERPRISE_ON_RAMP 2026-04 5500.00");
        assertThat(month.lines("invoices.csv")).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202603-220000000001,2026-03,220000000001,12000.00,0.10,1200.00,13200.00,USD,3");
        // 6 500 allocated by base: 40 000/65 000 → 4 000.00, 25 000/65 000 → 2 500.00
        assertThat(month.lines("allocations.csv")).containsExactly(
                "billing_month,payer_account_id,plan_code,account_id,prorated_base,allocated_amount",
                "2026-03,220000000001,ENTERPRISE_ON_RAMP,220000000001,40000.00,4000.00",
                "2026-03,220000000001,ENTERPRISE_ON_RAMP,220000000002,25000.00,2500.00");
        assertThat(month.figure("usage", "eligible_base_total")).isEqualTo(new BigDecimal("65000.0000000000"));
        // charge types: Tax 650 + EdpDiscount −650 + Credit −100 + SavingsPlanRecurringFee 800 = 700;
        // services: the AWSEnterpriseOnRamp Fee 5 500; Marketplace 3 000
        assertThat(month.excludedByCause()).containsOnly(
                entry("CHARGE_TYPE", new BigDecimal("700.0000000000")),
                entry("SERVICE", new BigDecimal("5500.0000000000")),
                entry("MARKETPLACE", new BigDecimal("3000.0000000000")));
        assertThat(month.figure("usage", "accepted_total")).isEqualByComparingTo("74200");
        assertThat(month.fileRows(usageFile)).isEqualTo("9/9/0");
        assertThat(month.lines("rejects.csv")).hasSize(1);
        assertThat(month.reconciles()).isTrue();
    }

    /**
     * cur-mixed: a native file and a legacy CUR in one folder. India Mixed (230000000001, GB 20 %) on Business
     * has lines in both; Juliet Solo (230000000002, US) on Developer only in the CUR.
     */
    @Test
    void aNativeFileAndACurFileMakeOneMonth() throws IOException {
        PublishedMonth month = bill(SCENARIOS.resolve("cur-mixed/2026-03"));
        // 230000000001: native USAGE 4 000 + CUR Usage 3 000 = 7 000 (the native AWSSupportBusiness FEE, the
        // native CREDIT, the CUR Marketplace line and the CUR Tax are out) → 10 % = 700.00:
        // MINIMUM 100.00, USAGE 600.00, ADVANCE 100.00 → 800.00, tax 20 % 160.00 → 960.00.
        // 230000000002: CUR Usage 500 → 3 % = 15.00 < 29: MINIMUM 29.00, ADVANCE 29.00 → 58.00.
        assertThat(month.invoiceLines()).containsExactly(
                "230000000001 MINIMUM BUSINESS 2026-03 100.00",
                "230000000001 USAGE BUSINESS 2026-03 600.00",
                "230000000001 ADVANCE BUSINESS 2026-04 100.00",
                "230000000002 MINIMUM DEVELOPER 2026-03 29.00",
                "230000000002 ADVANCE DEVELOPER 2026-04 29.00");
        assertThat(month.lines("invoices.csv")).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202603-230000000001,2026-03,230000000001,800.00,0.20,160.00,960.00,USD,3",
                "INV-202603-230000000002,2026-03,230000000002,58.00,0,0.00,58.00,USD,2");
        assertThat(month.figure("usage", "eligible_base_total")).isEqualByComparingTo("7500");
        // charge types: native CREDIT −250 + CUR Tax 500 = 250; services: 100; Marketplace: 1 000
        assertThat(month.excludedByCause()).containsOnly(
                entry("CHARGE_TYPE", new BigDecimal("250.0000000000")),
                entry("SERVICE", new BigDecimal("100.00")),
                entry("MARKETPLACE", new BigDecimal("1000.0000000000")));
        assertThat(month.fileRows("usage-a-native.csv")).isEqualTo("3/3/0");
        assertThat(month.fileRows("usage-b-cur.csv")).isEqualTo("4/4/0");
        assertThat(month.reconciles()).isTrue();
    }

    @Test
    void twoVersionsOfOneReportAreDuplicates() throws IOException {
        // one report version per month, as docs/file-formats.md asks (D21):
        // a second copy of the report is rejected row by row, and the month bills as with one copy
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-mixed/2026-03"), work.resolve("in"));
        Files.copy(input.resolve("usage-b-cur.csv"), input.resolve("usage-c-cur-again.csv"));
        PublishedMonth month = bill(input);
        assertThat(month.fileRows("usage-c-cur-again.csv")).isEqualTo("4/0/4");
        assertThat(month.rejectedByReason()).containsOnly(entry("DUPLICATE_LINE_ITEM", 4L));
        assertThat(month.figure("usage", "eligible_base_total")).isEqualByComparingTo("7500");
        assertThat(month.lines("invoices.csv")).contains(
                "INV-202603-230000000001,2026-03,230000000001,800.00,0.20,160.00,960.00,USD,3");
    }

    /**
     * A CUR made by hand with only the columns docs/file-formats.md maps: no identity/TimeInterval, so its rows are
     * told apart by their line item id alone, as native ones are (D21).
     */
    @Test
    void aCurWithOnlyTheMappedColumnsBillsItsRowsByTheirIds() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-mixed/2026-03"), work.resolve("in"));
        Files.writeString(input.resolve("usage-b-cur.csv"), """
                identity/LineItemId,lineItem/UsageAccountId,lineItem/UsageStartDate,lineItem/ProductCode,lineItem/LineItemType,lineItem/UnblendedCost,lineItem/CurrencyCode,bill/BillingEntity
                c7d1aa01,230000000001,2026-03-10T00:00:00Z,AmazonRDS,Usage,3000.0000000000,USD,AWS
                c7d1aa02,230000000001,2026-03-11T00:00:00Z,prod-2b3n4m5k,Usage,1000.0000000000,USD,AWS Marketplace
                c7d1aa03,230000000001,2026-03-01T00:00:00Z,AmazonRDS,Tax,500.0000000000,USD,AWS
                c7d1aa04,230000000002,2026-03-12T00:00:00Z,AWSLambda,Usage,500.0000000000,USD,AWS
                c7d1aa04,230000000002,2026-03-13T00:00:00Z,AWSLambda,Usage,700.0000000000,USD,AWS
                """);
        PublishedMonth month = bill(input);

        // as aNativeFileAndACurFileMakeOneMonth: the second c7d1aa04 (line 6) is a duplicate of line 5, whatever its day
        assertThat(month.fileRows("usage-b-cur.csv")).isEqualTo("5/4/1");
        assertThat(month.rejectedByReason()).containsOnly(entry("DUPLICATE_LINE_ITEM", 1L));
        assertThat(month.lines("rejects.csv").get(1)).startsWith("usage-b-cur.csv,6,DUPLICATE_LINE_ITEM,"
                + "line item id c7d1aa04 was already read");
        assertThat(month.figure("usage", "eligible_base_total")).isEqualByComparingTo("7500");
        assertThat(month.excludedByCause()).containsEntry("MARKETPLACE", new BigDecimal("1000.0000000000"));
        assertThat(month.lines("invoices.csv")).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202603-230000000001,2026-03,230000000001,800.00,0.20,160.00,960.00,USD,3",
                "INV-202603-230000000002,2026-03,230000000002,58.00,0,0.00,58.00,USD,2");
    }

    /** Without bill/BillingEntity nothing tells a Marketplace line: it counts, as every other usage does (R2). */
    @Test
    void aCurWithoutItsBillingEntityCountsEveryLine() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-mixed/2026-03"), work.resolve("in"));
        Path cur = input.resolve("usage-b-cur.csv");
        // drop the third column, bill/BillingEntity, from every line
        Files.write(cur, Files.readAllLines(cur).stream().map(line -> line.replaceFirst("^([^,]*,[^,]*),[^,]*", "$1"))
                .toList());
        PublishedMonth month = bill(input);

        // 230000000001: 7 000 and the Marketplace line's 1 000 = 8 000 → 10 % = 800.00: USAGE 700.00
        assertThat(month.figure("usage", "eligible_base_total")).isEqualByComparingTo("8500");
        assertThat(month.excludedByCause()).doesNotContainKey("MARKETPLACE");
        assertThat(month.invoiceLines()).contains("230000000001 USAGE BUSINESS 2026-03 700.00");
    }

    @Test
    void aGzipFileCutShortRefusesTheRunNamingIt() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        Path gz = PublishedMonth.gzip(input.resolve("usage-cur2-2026-03.csv"));
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length - 30));
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("usage-cur2-2026-03.csv.gz: Unexpected end of ZLIB input stream.");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }
}
