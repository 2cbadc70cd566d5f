package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R10 through the command line: every reject reason, the skip limit over all input files, rejected
 * tax rates, and refused input — a required file missing, a usage file of unknown layout, a broken
 * catalog.
 */
class BadInputTest {

    private static final Path BAD_INPUT = Path.of("src/test/resources/scenarios/bad-input/2026-03");
    private static final Path SAMPLES_MARCH = Path.of("input-samples/2026-03");
    private static final Path SHIPPED_CATALOG = Path.of("src/main/resources/defaults/catalog.csv");
    private static final String USAGE_HEADER = "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n";

    @TempDir
    Path work;

    @Test
    void everyRejectReasonIsWrittenWithFileLineReasonAndRawText() throws IOException {
        Cli.Result result = Cli.bill("2026-03", BAD_INPUT, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        Path published = work.resolve("out/2026-03");
        assertThat(Files.readString(published.resolve("rejects.csv")))
                .isEqualTo(Files.readString(Path.of("src/test/resources/expected/bad-input-rejects.csv")));
        // BOM, CRLF, quoted commas and line breaks, leading zeros: the good rows bill as usual.
        // 011111111111 Developer on 1 003.50 → 3 % = 30.105 → F 30.11: MINIMUM 29.00 + USAGE 1.11;
        // 022222222222 stays on Business (its conflicting events are void) on 20 000 → 1 700.00.
        assertThat(Files.readAllLines(published.resolve("invoices.csv"))).containsExactly(
                "invoice_id,billing_month,payer_account_id,subtotal,tax_rate,tax,total,currency,line_count",
                "INV-202603-011111111111,2026-03,011111111111,59.11,0,0.00,59.11,USD,3",
                "INV-202603-022222222222,2026-03,022222222222,1800.00,0.19,342.00,2142.00,USD,3");
        String summary = Files.readString(published.resolve("summary.json"));
        assertThat(summary).contains("\"file\" : \"usage-b.csv\",\n    \"rows_read\" : 3,\n    \"rows_accepted\" : 1,"
                + "\n    \"rows_rejected\" : 2");
        assertThat(summary).contains("\"DUPLICATE_LINE_ITEM\" : 2").contains("\"holds\" : true");
    }

    @ParameterizedTest(name = "{0} usage rows of which {1} bad → exit {2}")
    @CsvSource({
            "101, 100, 0",      // the limit is at least 100 rejected rows
            "102, 101, 3",
            "12000, 120, 0",    // above 10 000 rows read: 1 % of them
            "12000, 121, 3"})
    void moreRejectedRowsThanTheSkipLimitRefuseTheRunAndPublishNothing(int rows, int bad, int exitCode)
            throws IOException {
        Path input = folderWithUsage(rows, bad);
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        if (exitCode == 3) {
            assertThat(result.err()).contains("Refused to bill 2026-03: " + bad + " rows were rejected, over the skip limit");
            assertThat(work.resolve("out/2026-03")).doesNotExist();
            assertThat(result.err()).contains("rejects.csv");
        } else {
            assertThat(work.resolve("out/2026-03/rejects.csv")).exists();
        }
    }

    /** A dry run checks the skip limit as the run does: the same rows, the same limit (D112). */
    @ParameterizedTest(name = "{0} bad accounts.csv rows and {1} bad usage rows of 12000 → exit {2}")
    @CsvSource({
            "60, 60, 0",
            "60, 61, 3"})
    void aDryRunCountsRejectedRowsAgainstTheSkipLimitAsARunDoes(int badAccounts, int badUsage, int exitCode)
            throws IOException {
        Path input = folderWithUsage(12000, badUsage);
        StringBuilder accounts = new StringBuilder(Files.readString(input.resolve("accounts.csv")));
        for (int i = 0; i < badAccounts; i++) {
            accounts.append("12345,Short Id ").append(i).append(",12345,US\n");
        }
        Files.writeString(input.resolve("accounts.csv"), accounts);
        Cli.Result dryRun = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"), "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(exitCode);
        if (exitCode == 3) {
            assertThat(dryRun.err()).contains("Dry run of 2026-03: " + (badAccounts + badUsage)
                    + " rows would be rejected, over the skip limit of 120; a run would be refused.");
        }
        Cli.Result run = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    }

    /** D14: rejected rows of the reference files count toward the skip limit with the usage's. */
    @ParameterizedTest(name = "{0} bad accounts.csv rows and {1} bad usage rows of 102 → exit {2}")
    @CsvSource({
            "100, 0, 0",
            "101, 0, 3",
            "60, 40, 0",
            "60, 41, 3"})
    void rejectedReferenceRowsCountTowardTheSkipLimit(int badAccounts, int badUsage, int exitCode) throws IOException {
        Path input = folderWithUsage(102, badUsage);
        StringBuilder accounts = new StringBuilder(Files.readString(input.resolve("accounts.csv")));
        for (int i = 0; i < badAccounts; i++) {
            accounts.append("12345,Short Id ").append(i).append(",12345,US\n");
        }
        Files.writeString(input.resolve("accounts.csv"), accounts);
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
        if (exitCode == 3) {
            assertThat(result.err()).contains("Refused to bill 2026-03: " + (badAccounts + badUsage)
                    + " rows were rejected, over the skip limit of 100");
            assertThat(work.resolve("out/2026-03")).doesNotExist();
        } else {
            assertThat(Files.readAllLines(work.resolve("out/2026-03/rejects.csv")).stream()
                    .filter(line -> line.startsWith("accounts.csv,"))).hasSize(badAccounts);
        }
    }

    /** D12: a tax rate that is not a fraction, not a number, or for a country already listed is rejected. */
    @Test
    void taxRateRowsThatCannotBeUsedAreRejectedAndTheFirstGoodRateCounts() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + "111111111111,Solo,111111111111,DE\n");
        Files.writeString(input.resolve("tax-rates.csv"), """
                country,rate
                DE,19
                DE,0.19
                de,0.20
                FR,abc
                ,0.10
                US,0
                """);
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        PublishedMonth month = new PublishedMonth(work.resolve("out/2026-03"));
        assertThat(month.lines("rejects.csv")).containsSubsequence(
                "tax-rates.csv,2,INVALID_AMOUNT,rate 19 is not a fraction from 0 to below 1 (write 0.19 for 19 %),\"DE,19\"",
                "tax-rates.csv,4,MALFORMED_ROW,country DE is listed twice; line 3 counts,\"de,0.20\"",
                "tax-rates.csv,5,INVALID_AMOUNT,rate 'abc' is not a number,\"FR,abc\"",
                "tax-rates.csv,6,MALFORMED_ROW,country is empty,\",0.10\"");
        assertThat(month.fileRows("tax-rates.csv")).isEqualTo("6/2/4");
        assertThat(month.rejectedByReason()).containsEntry("INVALID_AMOUNT", 2L).containsEntry("MALFORMED_ROW", 2L);
        // Developer's minimum 29.00 for March and its advance for April, taxed at line 3's 19 %
        assertThat(month.lines("invoices.csv")).contains("INV-202603-111111111111,2026-03,111111111111,58.00,0.19,11.02,"
                + "69.02,USD,2");
    }

    /** D9: a catalog that would price wrongly refuses the run (exit 3) naming file and line; nothing is billed. */
    @Test
    void aBrokenCatalogGivenWithCatalogIsRefusedAndTheMonthBillsOnceItIsLeftOut() throws IOException {
        Path catalog = work.resolve("prices.csv");
        Files.writeString(catalog, Files.readString(SHIPPED_CATALOG)
                + "2000-01-01,BUSINESS,Business,ACCOUNT,100,10000,0.09\n");
        Path out = work.resolve("out");
        Cli.Result result = Cli.bill("2026-03", SAMPLES_MARCH, out, work.resolve("state"), "--catalog", catalog.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(sentences(result)).singleElement().asString().isEqualTo("The catalog " + catalog + " cannot be used: "
                + "line 13: plan BUSINESS has a second band from 10000 (the first is on line 5); each band starts once.");
        assertThat(out.resolve("2026-03")).doesNotExist();

        Cli.Result shipped = Cli.bill("2026-03", SAMPLES_MARCH, out, work.resolve("state"));
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        GoldenFiles.assertMatches(out.resolve("2026-03"), "input-samples/2026-03");
    }

    /** R1: a catalog none of whose versions is in force on the month's first day refuses the run before any usage is read. */
    @Test
    void aCatalogThatCannotPriceTheMonthIsRefused() throws IOException {
        Path catalog = work.resolve("prices-2027.csv");
        Files.writeString(catalog, Files.readString(SHIPPED_CATALOG).replace("2000-01-01,", "2027-01-01,"));
        Path out = work.resolve("out");
        Cli.Result result = Cli.bill("2026-03", SAMPLES_MARCH, out, work.resolve("state"), "--catalog", catalog.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(sentences(result)).singleElement().asString().isEqualTo("The catalog " + catalog + " cannot price "
                + "2026-03: its earliest version is effective from 2027-01-01. Add a version effective on or before "
                + "2026-03-01.");
        assertThat(result.err()).doesNotContain("run the same command again");
        assertThat(out.resolve("2026-03")).doesNotExist();
    }

    @Test
    void aBrokenCatalogInTheInputFolderIsRefused() throws IOException {
        Path input = PublishedMonth.copy(SAMPLES_MARCH, work.resolve("in"));
        Files.writeString(input.resolve("catalog.csv"), Files.readString(SHIPPED_CATALOG)
                .replace("BUSINESS,Business,ACCOUNT,100,250000,0.03", "BUSINESS,Business,ACCOUNT,100,250000,-0.03"));
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(sentences(result)).singleElement().asString().isEqualTo("The catalog " + input.resolve("catalog.csv")
                + " cannot be used: line 7: the rate of BUSINESS's band from 250000 is -0.03; a rate is a fraction from 0 "
                + "to 1, e.g. 0.07 for 7 %.");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void aCatalogFileThatCannotBeReadIsRefused() {
        Path missing = work.resolve("no-such-catalog.csv");
        Cli.Result result = Cli.bill("2026-03", SAMPLES_MARCH, work.resolve("out"), work.resolve("state"), "--catalog",
                missing.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(sentences(result)).singleElement().asString()
                .isEqualTo("The catalog file " + missing + " does not exist or cannot be read.");
        assertThat(work.resolve("out")).doesNotExist();
    }

    /** D9: --catalog wins over the input folder's catalog.csv, which is then not even read. */
    @Test
    void theCatalogGivenWinsOverTheInputFolders() throws IOException {
        Path input = PublishedMonth.copy(SAMPLES_MARCH, work.resolve("in"));
        Files.writeString(input.resolve("catalog.csv"), "not a catalog\n");
        Path catalog = work.resolve("prices.csv");
        Files.writeString(catalog, Files.readString(SHIPPED_CATALOG)
                .replace("BUSINESS,Business,ACCOUNT,100,10000,0.07", "BUSINESS,Business,ACCOUNT,100,10000,0.08"));
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"), "--catalog",
                catalog.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // Bright Analytics, Business on 95 000: 1 000 + 8 % of 70 000 + 750 = 7 350, MINIMUM 100 + USAGE 7 250 +
        // ADVANCE 100, 19 % tax
        assertThat(Files.readAllLines(work.resolve("out/2026-03/invoices.csv")))
                .contains("INV-202603-100000000002,2026-03,100000000002,7450.00,0.19,1415.50,8865.50,USD,3");
    }

    @Test
    void aRefusedMonthBillsOnceItsInputIsFixed() throws IOException {
        Path input = folderWithUsage(102, 101);
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        assertThat(Cli.bill("2026-03", input, out, state).exitCode()).isEqualTo(3);
        Files.writeString(input.resolve("usage.csv"), usageRows(102, 0));
        Cli.Result fixed = Cli.bill("2026-03", input, out, state);
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("2026-03/rejects.csv"))).hasSize(1);
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({
            "accounts.csv, has no accounts.csv",
            "subscriptions.csv, has no subscriptions.csv",
            "usage.csv, has no usage*.csv file"})
    void aMissingRequiredFileRefusesTheRunNamingIt(String file, String sentence) throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.delete(input.resolve(file));
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(sentences(result)).singleElement().asString().contains(sentence).contains(input.toString());
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void aUsageFileWithoutTheColumnsItNeedsRefusesTheRun() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("usage.csv"), "line_item_id,account_id,amount\nx,111111111111,5\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("usage.csv is not a usage file this job reads: as native its header lacks "
                + "usage_date, service, charge_type, currency.");
    }

    @Test
    void anEmptyOrHeaderOnlyUsageFileBillsTheMinimums() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("usage.csv"), "");
        Files.writeString(input.resolve("usage-2.csv"), USAGE_HEADER);
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(work.resolve("out/2026-03/invoices.csv")))
                .contains("INV-202603-111111111111,2026-03,111111111111,58.00,0,0.00,58.00,USD,2");
        // D13: the summary says so, so that a missing export is noticed before the invoices go out
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json")))
                .contains("usage.csv has no usage row: its accounts are billed their minimums only")
                .contains("usage-2.csv has no usage row: its accounts are billed their minimums only");
    }

    /** D13: a handful of rows, all of another month, stay under the skip limit; the summary says so. */
    @Test
    void usageRowsAllOfAnotherMonthBillTheMinimumsAndSaySo() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("usage.csv"), USAGE_HEADER
                + "a,111111111111,2026-02-03,AmazonEC2,USAGE,4200.00,USD\n"
                + "b,111111111111,2026-02-04,AmazonEC2,USAGE,100.00,USD\n"
                + "c,111111111111,2026-03-05,AmazonEC2,USAGE,abc,USD\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        String warning = "every usage row (3) was rejected, so the accounts are billed their minimums only; 2 of them are "
                + "of another month than 2026-03: check that the input is this month's (rejects.csv)";
        assertThat(result.out()).contains(warning);
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json"))).contains(warning);
    }

    @Test
    void aMonthWithOneAcceptedRowHasNoSuchWarning() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("usage.csv"), USAGE_HEADER
                + "a,111111111111,2026-02-03,AmazonEC2,USAGE,4200.00,USD\n"
                + "b,111111111111,2026-03-04,AmazonEC2,USAGE,100.00,USD\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("was rejected, so the accounts");
    }

    /** D55: nor does an accounts.csv whose every row is rejected bill nobody with exit 0. */
    @Test
    void anAccountsFileWhoseEveryRowIsRejectedRefusesTheRun() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + "111111111111,\"Acme,,US\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains(input.resolve("accounts.csv") + " lists no usable account: its one row was "
                + "rejected (line 2: ").contains("Check the export that wrote it.");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    /** D55: an empty accounts.csv once billed nobody, with exit 0 and the month recorded as billed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "accounts.csv |  | accounts.csv is empty: it needs its header line (account_id,payer_account_id)",
            "accounts.csv | account_id,account_name,payer_account_id,country | accounts.csv has its header line but no account",
            "subscriptions.csv |  | subscriptions.csv is empty: it needs its header line (account_id,effective_date,plan_code)"})
    void anEmptyRequiredFileRefusesTheRun(String file, String content, String sentence) throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve(file), content == null ? "" : content + "\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains(sentence);
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void subscriptionsWithoutAnyEventBillNothingAndSaySo() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("subscriptions.csv"), "account_id,effective_date,plan_code\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json")))
                .contains("subscriptions.csv lists no plan event: every account is on BASIC");
    }

    /** D57: with two amount columns, which one is billed was a guess (the first). */
    @ParameterizedTest(name = "{0} with {1} twice")
    @CsvSource({
            "usage.csv, amount, 'line_item_id,account_id,usage_date,service,charge_type,amount,currency,AMOUNT'",
            "accounts.csv, payer_account_id, 'account_id,payer_account_id,country,payer_account_id'"})
    void aColumnNamedTwiceRefusesTheFile(String file, String column, String header) throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve(file), header + "\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.err()).contains(file + " names the column " + column + " twice in its header line");
    }

    /** D57: a column the job does not read may repeat (AWS tags differing only in case do in real reports). */
    @Test
    void aColumnTheJobDoesNotReadMayBeNamedTwice() throws IOException {
        Path input = folderWithUsage(0, 0);
        Files.writeString(input.resolve("usage.csv"), "line_item_id,account_id,usage_date,service,charge_type,amount,"
                + "currency,resourceTags/user:Team,resourceTags/user:team\n"
                + "a1,111111111111,2026-03-15,AmazonEC2,USAGE,5000,USD,web,Web\n");
        Files.writeString(input.resolve("accounts.csv"), "account_id,note,payer_account_id,country,NOTE\n"
                + "111111111111,a,111111111111,US,b\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        // Developer on 5 000: 3 % = 150.00: MINIMUM 29.00, USAGE 121.00, and April's ADVANCE 29.00
        assertThat(Files.readString(work.resolve("out/2026-03/invoices.csv")))
                .contains("INV-202603-111111111111,2026-03,111111111111,179.00,0,0.00,179.00,USD,3");
    }

    /** D56: Arabic-Indic digits were billed as 123, and 1e20 made an invoice of 6.3e18. */
    @Test
    void amountsInOtherDigitsOrBeyondTheLimitAreRejected() throws IOException {
        Path input = folderWithUsage(0, 0);
        Files.writeString(input.resolve("usage.csv"), USAGE_HEADER
                + "a1,111111111111,2026-03-15,AmazonEC2,USAGE,١٢٣,USD\n"
                + "a2,111111111111,2026-03-15,AmazonEC2,USAGE,1e20,USD\n"
                + "a3,111111111111,2026-03-15,AmazonEC2,USAGE,5000,USD\n"
                + "a4,111111111111,2026-03-15,AmazonEC2,USAGE,5000.01,USD\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"),
                "--billing.max-line-amount=5000");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllLines(work.resolve("out/2026-03/rejects.csv"))).extracting(line -> line.split(",")[2])
                .containsExactly("reason", "INVALID_AMOUNT", "INVALID_AMOUNT", "INVALID_AMOUNT");
        // Developer on the one line kept, 5 000: 3 % = 150.00
        assertThat(Files.readAllLines(work.resolve("out/2026-03/invoices.csv")))
                .contains("INV-202603-111111111111,2026-03,111111111111,179.00,0,0.00,179.00,USD,3");
    }

    /** D54: payers accounts.csv names without describing them are billed as written, and named. */
    @Test
    void payersWithoutTheirOwnRowOrPaidByAnotherAreNamedInTheSummary() throws IOException {
        Path input = folderWithUsage(1, 0);
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + "111111111111,Solo,111111111111,US\n"
                + "222222222222,Orphan,999999999999,US\n"
                + "333333333333,Ann,444444444444,US\n"
                + "444444444444,Bob,333333333333,US\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json")))
                .contains("payer 999999999999 of account 222222222222 has no row of its own in accounts.csv")
                .contains("payer 333333333333 of account 444444444444 and 444444444444 are each other's payers")
                .contains("payer 444444444444 of account 333333333333 and 333333333333 are each other's payers");
    }

    /** What stderr says but for the run's time-stamped start and end lines. */
    private static List<String> sentences(Cli.Result result) {
        return result.err().lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList();
    }

    /** One Developer account; {@code rows} usage rows of which the last {@code bad} are out of the month. */
    private Path folderWithUsage(int rows, int bad) throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + "111111111111,Solo,111111111111,US\n");
        Files.writeString(input.resolve("subscriptions.csv"), "account_id,effective_date,plan_code\n"
                + "111111111111,2026-01-01,DEVELOPER\n");
        Files.writeString(input.resolve("usage.csv"), usageRows(rows, bad));
        return input;
    }

    private static String usageRows(int rows, int bad) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String date = i >= rows - bad ? "2026-04-01" : "2026-03-15";
            lines.add("u" + i + ",111111111111," + date + ",AmazonEC2,USAGE,0.01,USD");
        }
        return USAGE_HEADER + String.join("\n", lines) + "\n";
    }
}
