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

/** R10 through the command line: every reject reason, the skip limit, and refused input. */
class BadInputTest {

    private static final Path BAD_INPUT = Path.of("src/test/resources/scenarios/bad-input/2026-03");
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
        assertThat(result.err().lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList())
                .singleElement().asString().contains(sentence).contains(input.toString());
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
