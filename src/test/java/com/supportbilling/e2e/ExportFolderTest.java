package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.ParquetFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AWS export folder tree as synced from S3, with accounts.csv and subscriptions.csv beside it (D72): exactly
 * the version its manifest names current for the month is read, and named in the summary and the log.
 */
class ExportFolderTest {

    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    private static final String PERIOD = "billing/cur/my-report/20260301-20260401";

    @TempDir
    Path work;

    /**
     * A legacy CUR, versioned: an older assemblyId holding the same line items (read too, they would all be
     * duplicates), the current one in two parts, and February's report beside March's.
     */
    static Path legacyExport(Path input) throws IOException {
        PublishedMonth.copy(SCENARIOS.resolve("cur-legacy/2026-03"), input);
        Path report = input.resolve("usage-cur-2026-03.csv");
        List<String> lines = Files.readAllLines(report);
        Files.delete(report);
        Path period = Files.createDirectories(input.resolve(PERIOD));
        gzip(period.resolve("asm-1/my-report-1.csv.gz"), lines);
        gzip(period.resolve("asm-2/my-report-1.csv.gz"), lines.subList(0, 12));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(12, lines.size()));
        gzip(period.resolve("asm-2/my-report-2.csv.gz"), second);
        String keys = "\"cur/my-report/20260301-20260401/asm-2/my-report-1.csv.gz\", "
                + "\"cur/my-report/20260301-20260401/asm-2/my-report-2.csv.gz\"";
        String manifest = "{\"assemblyId\": \"asm-2\", \"account\": \"210000000001\", \"reportKeys\": [" + keys + "], "
                + "\"billingPeriod\": {\"start\": \"20260301T000000.000Z\", \"end\": \"20260401T000000.000Z\"}, "
                + "\"compression\": \"GZIP\", \"contentType\": \"text/csv\"}";
        Files.writeString(period.resolve("my-report-Manifest.json"), manifest);
        Files.writeString(period.resolve("asm-2/my-report-Manifest.json"), manifest);
        Files.writeString(period.resolve("asm-1/my-report-Manifest.json"), manifest.replace("asm-2", "asm-1"));
        Path february = Files.createDirectories(input.resolve("billing/cur/my-report/20260201-20260301"));
        Files.writeString(february.resolve("my-report-Manifest.json"), manifest.replace("20260301-20260401", "20260201-20260301"));
        return input;
    }

    /** A CUR 2.0 export in Parquet, overwritten in place, with an older execution's folder and February's data. */
    static Path cur2Export(Path input) throws IOException {
        PublishedMonth.copy(SCENARIOS.resolve("cur-2/2026-03"), input);
        Path report = input.resolve("usage-cur2-2026-03.csv");
        Path data = Files.createDirectories(input.resolve("exp/data/BILLING_PERIOD=2026-03"));
        ParquetFixtures.write(report, data.resolve("exp-00001.snappy.parquet"), name -> name, 4);
        Files.createDirectories(data.resolve("e-1"));
        Files.copy(data.resolve("exp-00001.snappy.parquet"), data.resolve("e-1/exp-00001.snappy.parquet"));
        Files.createDirectories(input.resolve("exp/data/BILLING_PERIOD=2026-02"));
        Files.copy(data.resolve("exp-00001.snappy.parquet"), input.resolve("exp/data/BILLING_PERIOD=2026-02/exp-00001.snappy.parquet"));
        Files.delete(report);
        Path metadata = Files.createDirectories(input.resolve("exp/metadata/BILLING_PERIOD=2026-03"));
        Files.writeString(metadata.resolve("exp-Manifest.json"), "{\"executionId\": \"e-2\", \"exportArn\": "
                + "\"arn:aws:bcm-data-exports:us-east-1:220000000001:export/exp\", \"dataFiles\": "
                + "[\"s3://a-bucket/prefix/exp/data/BILLING_PERIOD=2026-03/exp-00001.snappy.parquet\"]}");
        return input;
    }

    @Test
    void aLegacyCurExportBillsTheVersionItsManifestNamesCurrent() throws IOException {
        Cli.Result result = billsAsTheCsvOf(legacyExport(work.resolve("in")), "cur-legacy/2026-03");
        PublishedMonth month = new PublishedMonth(work.resolve("out/2026-03"));
        assertThat(month.fileRows(PERIOD + "/asm-2/my-report-1.csv.gz")).isEqualTo("11/11/0");
        assertThat(month.fileRows(PERIOD + "/asm-2/my-report-2.csv.gz")).isEqualTo("14/10/4");
        String version = "AWS CUR (legacy) export version asm-2, as " + PERIOD + "/my-report-Manifest.json names it: "
                + "2 data files";
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json"))).contains("\"usage_export\" : \"" + version + "\"");
        assertThat(Files.readString(work.resolve("state/logs/support-billing.log"))).contains("usage of 2026-03 from the " + version);
        assertThat(result.out()).contains("usage      25 rows in 2 file(s)");
    }

    @Test
    void aCur2ExportInParquetBillsItsCurrentExecution() throws IOException {
        billsAsTheCsvOf(cur2Export(work.resolve("in")), "cur-2/2026-03");
        PublishedMonth month = new PublishedMonth(work.resolve("out/2026-03"));
        assertThat(month.fileRows("exp/data/BILLING_PERIOD=2026-03/exp-00001.snappy.parquet")).isEqualTo("9/9/0");
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json"))).contains("\"usage_export\" : \"AWS CUR "
                + "2.0 export version e-2, as exp/metadata/BILLING_PERIOD=2026-03/exp-Manifest.json names it: 1 data file\"");
    }

    @Test
    void aManifestNamingAMissingFileIsRefusedNamingTheFile() throws IOException {
        Path input = legacyExport(work.resolve("in"));
        Files.delete(input.resolve(PERIOD + "/asm-2/my-report-2.csv.gz"));
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("The export manifest " + PERIOD + "/my-report-Manifest.json names " + PERIOD
                + "/asm-2/my-report-2.csv.gz, which is missing from the input folder: sync the export again, whole, and "
                + "run again.");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void twoExportsOfTheMonthAreRefused() throws IOException {
        Path input = legacyExport(work.resolve("in"));
        Path other = Files.createDirectories(input.resolve("billing/cur/other-report/20260301-20260401"));
        Files.copy(input.resolve(PERIOD + "/my-report-Manifest.json"), other.resolve("other-report-Manifest.json"));
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("holds more than one export of 2026-03: "
                + "billing/cur/my-report/20260301-20260401/my-report-Manifest.json and "
                + "billing/cur/other-report/20260301-20260401/other-report-Manifest.json. Keep the one to bill");
    }

    /** Bills the export into out/ and checks that it bills the cents of the scenario's CSV; what the run printed. */
    private Cli.Result billsAsTheCsvOf(Path input, String scenario) throws IOException {
        Cli.Result result = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        DeliveryFormatsTest.assertSameBill(new PublishedMonth(work.resolve("out/2026-03")),
                DeliveryFormatsTest.bill(work, SCENARIOS.resolve(scenario), "csv"));
        return result;
    }

    private static void gzip(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes());
        }
    }
}
