package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.ParquetFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS reports as AWS delivers them (D70, D71, D73, D76): Parquet (CUR 2.0, and legacy CUR with its Athena column
 * names), ZIP, damaged files refused with their names, and files that look like usage but are not read. Each
 * bills the same cents as the CSV of the same report.
 */
class DeliveryFormatsTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final List<String> BILLED = List.of("invoices.csv", "invoice-lines.csv", "allocations.csv",
            "refund-ledger.csv");

    @TempDir
    Path work;

    @Test
    void aCur2ReportInParquetBillsTheCentsOfItsCsv() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        ParquetFixtures.write(input.resolve("usage-cur2-2026-03.csv"), input.resolve("usage-cur2-2026-03.snappy.parquet"),
                name -> name, 4);
        Files.delete(input.resolve("usage-cur2-2026-03.csv"));
        PublishedMonth parquet = bill(input, "parquet");
        PublishedMonth csv = bill(SCENARIOS.resolve("cur-2/2026-03"), "csv");
        assertSameBill(parquet, csv);
        assertThat(parquet.fileRows("usage-cur2-2026-03.snappy.parquet")).isEqualTo("9/9/0");
        // the same amounts; a double keeps no trailing zeros, so the figures' scale is the doubles'
        assertThat(parquet.figure("usage", "eligible_base_total")).isEqualTo(new BigDecimal("65000.0"));
    }

    @Test
    void aLegacyCurInParquetBillsAsItsCsvAndNamesARejectedRowByItsNumber() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-legacy/2026-03"), work.resolve("in"));
        ParquetFixtures.write(input.resolve("usage-cur-2026-03.csv"), input.resolve("usage-cur-2026-03.snappy.parquet"),
                ParquetFixtures::snakeCase, 5);
        Files.delete(input.resolve("usage-cur-2026-03.csv"));
        PublishedMonth parquet = bill(input, "parquet");
        PublishedMonth csv = bill(SCENARIOS.resolve("cur-legacy/2026-03"), "csv");
        assertSameBill(parquet, csv);
        assertThat(parquet.rejectedByReason()).isEqualTo(csv.rejectedByReason());
        // CSV line 19 (the header is line 1) is the Parquet file's row 18
        assertThat(parquet.lines("rejects.csv").get(1)).startsWith("usage-cur-2026-03.snappy.parquet,18,"
                + "DUPLICATE_LINE_ITEM,line item id kq3v7t0001 (2026-03-02T00:00:00Z/2026-03-03T00:00:00Z) was already "
                + "read; the first occurrence counts,");
        // 1.5E-8 and 0.0000000150 are one double: the bases are the CSV's, 11 000.0000000150 + 1 200
        assertThat(parquet.figure("usage", "eligible_base_total")).isEqualByComparingTo("12200.000000015")
                .isEqualByComparingTo(csv.figure("usage", "eligible_base_total"));
    }

    @Test
    void aZipDeliveryBillsAsItsCsv() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        zip(input.resolve("usage-cur2-2026-03.csv.zip"), input.resolve("usage-cur2-2026-03.csv"));
        Files.delete(input.resolve("usage-cur2-2026-03.csv"));
        PublishedMonth zipped = bill(input, "zip");
        assertSameBill(zipped, bill(SCENARIOS.resolve("cur-2/2026-03"), "csv"));
        assertThat(zipped.fileRows("usage-cur2-2026-03.csv.zip")).isEqualTo("9/9/0");
        assertThat(zipped.lines("summary.json")).noneMatch(line -> line.contains("not read"));
    }

    @Test
    void aDamagedZipOrOneOfTwoFilesIsRefusedNamingIt() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        Path csv = input.resolve("usage-cur2-2026-03.csv");
        Path zip = zip(input.resolve("usage-cur2-2026-03.csv.zip"), csv);
        Files.delete(csv);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));
        Cli.Result cut = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(cut.exitCode()).isEqualTo(3);
        assertThat(cut.err()).contains("usage-cur2-2026-03.csv.zip");
        Files.write(zip, "not a zip at all".getBytes());
        Cli.Result foreign = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(foreign.exitCode()).isEqualTo(3);
        assertThat(foreign.err()).contains("Cannot read", "usage-cur2-2026-03.csv.zip",
                "it holds no file: it is not a ZIP archive, or an empty or damaged one");
        zip(zip, SCENARIOS.resolve("cur-2/2026-03/usage-cur2-2026-03.csv"), SCENARIOS.resolve("cur-2/2026-03/accounts.csv"));
        Cli.Result two = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(two.exitCode()).isEqualTo(3);
        assertThat(two.err()).contains("usage-cur2-2026-03.csv.zip", "it holds more than one file "
                + "(usage-cur2-2026-03.csv, accounts.csv); a usage ZIP holds one CSV file");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void aDamagedParquetFileOrOneWithoutANeededColumnIsRefusedNamingIt() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        Path csv = input.resolve("usage-cur2-2026-03.csv");
        Path parquet = ParquetFixtures.write(csv, input.resolve("usage-cur2.snappy.parquet"));
        // without line_item_currency_code, the eighth column
        Files.write(csv, Files.readAllLines(csv).stream().map(line -> line.replaceFirst("^((?:[^,]*,){6}[^,]*),[^,]*", "$1"))
                .toList());
        Path lacking = ParquetFixtures.write(csv, input.resolve("usage-lacking.snappy.parquet"));
        Files.delete(csv);
        Files.delete(parquet);
        Cli.Result refused = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("usage-lacking.snappy.parquet is not a usage file this job reads: as AWS "
                + "CUR 2.0 its schema lacks line_item_currency_code.");
        Files.write(lacking, Arrays.copyOf(Files.readAllBytes(lacking), 100));
        Cli.Result damaged = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(damaged.exitCode()).isEqualTo(3);
        assertThat(damaged.err()).contains("Cannot read usage-lacking.snappy.parquet: it is not a Parquet file, or it "
                + "is damaged or cut short");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void filesThatLookLikeUsageButAreNotReadAreNamedInOneWarning() throws IOException {
        Path input = PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), work.resolve("in"));
        Files.writeString(input.resolve("usage-cur2-2026-03.csv.bak"), "old\n");
        Files.writeString(input.resolve("usage-2026-03.csv.tmp"), "partial\n");
        Files.writeString(input.resolve("usage-notes.txt"), "notes\n");
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        String warning = "usage-2026-03.csv.tmp, usage-cur2-2026-03.csv.bak, usage-notes.txt look like usage files but "
                + "were not read: only usage*.csv, .csv.gz, .csv.zip and .parquet files are; rename a file to have it "
                + "billed";
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json"))).contains(warning);
        assertThat(Files.readString(work.resolve("state/logs/support-billing.log"))).contains(warning);
        assertThat(new PublishedMonth(work.resolve("out/2026-03")).fileRows("usage-cur2-2026-03.csv")).isEqualTo("9/9/0");
    }

    private PublishedMonth bill(Path input, String name) {
        return bill(work, input, name);
    }

    /** March billed from {@code input} into {@code work}/out-{@code name}, with a state of its own. */
    static PublishedMonth bill(Path work, Path input, String name) {
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out-" + name), work.resolve("state-" + name));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new PublishedMonth(work.resolve("out-" + name + "/2026-03"));
    }

    /** The same invoices, lines, allocations and refunds to the byte, and the same totals. */
    static void assertSameBill(PublishedMonth actual, PublishedMonth expected) throws IOException {
        for (String file : BILLED) {
            assertThat(actual.lines(file)).as(file).isEqualTo(expected.lines(file));
        }
        assertThat(actual.invoiceLines()).isNotEmpty();
        for (String figure : List.of("subtotal", "tax", "total")) {
            assertThat(actual.figure("invoices", figure)).isEqualByComparingTo(expected.figure("invoices", figure));
        }
        assertThat(actual.excludedByCause().keySet()).isEqualTo(expected.excludedByCause().keySet());
        actual.excludedByCause().forEach((cause, amount) ->
                assertThat(amount).as(cause).isEqualByComparingTo(expected.excludedByCause().get(cause)));
        assertThat(actual.reconciles()).isTrue();
    }

    private static Path zip(Path zip, Path... files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            for (Path file : files) {
                archive.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, archive);
                archive.closeEntry();
            }
        }
        return zip;
    }
}
