package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.ParquetFixtures;
import com.supportbilling.testing.PublishedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parallel usage intake (blocks, fast path, fingerprints) publishes byte for byte what the
 * straightforward sequential intake publishes — on every fixture and delivery format, and on generated
 * usage full of what can go wrong: quotes, line breaks in fields, CRLF and lone CR, a byte order mark, non-ASCII,
 * padding, blank lines, exponents, long decimals, duplicates near and far, bad rows of every kind —
 * cut into blocks small enough that records and duplicates fall on every side of their edges. Each
 * month is billed a third time with a memory budget of {@value #TINY_BUDGET}, so that the duplicate
 * check spills its fingerprints to disk and reads them back in several passes (D80).
 */
class ParallelIntakeTest {

    private static final String SEQUENTIAL = "--billing.usage-intake=sequential";
    private static final String TINY_BUDGET = "100B";

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"input-samples/2026-03", "src/test/resources/scenarios/bad-input/2026-03",
            "src/test/resources/scenarios/cur-legacy/2026-03", "src/test/resources/scenarios/cur-mixed/2026-03"})
    void fixturesBillTheSameBothWays(String folder) throws IOException {
        Path input = Path.of(folder);
        String month = input.getFileName().toString();
        assertSameOutputs(month, input, List.of(), "--billing.usage-block-size=512", "--billing.usage-blocks-per-chunk=3");
    }

    /**
     * Parquet (rows in small blocks, row groups of a few rows, rejects named by row number), ZIP, FOCUS in CSV
     * and Parquet with the one's rows repeated by the other, and synced export folders (D70–D76).
     */
    @ParameterizedTest
    @ValueSource(strings = {"legacy-parquet-and-zip", "focus-twice", "legacy-export", "cur2-export"})
    void deliveriesBillTheSameBothWays(String delivery) throws IOException {
        Path scenarios = Path.of("src/test/resources/scenarios");
        Path input = work.resolve(delivery);
        switch (delivery) {
            case "legacy-parquet-and-zip" -> {
                PublishedMonth.copy(scenarios.resolve("cur-legacy/2026-03"), input);
                Path csv = input.resolve("usage-cur-2026-03.csv");
                ParquetFixtures.write(csv, input.resolve("usage-a.snappy.parquet"), ParquetFixtures::snakeCase, 3);
                try (var zip = new ZipOutputStream(Files.newOutputStream(input.resolve("usage-b.csv.zip")))) {
                    zip.putNextEntry(new ZipEntry("usage-b.csv"));
                    Files.copy(csv, zip);
                }
                Files.delete(csv);
            }
            case "focus-twice" -> {
                PublishedMonth.copy(scenarios.resolve("focus/2026-03"), input);
                ParquetFixtures.write(input.resolve("usage-focus-2026-03.csv"), input.resolve("usage-z.parquet"),
                        name -> name, 2);
            }
            case "legacy-export" -> ExportFolderTest.legacyExport(input);
            default -> ExportFolderTest.cur2Export(input);
        }
        Map<String, String> published = assertSameOutputs("2026-03", input, List.of(),
                "--billing.usage-block-size=250", "--billing.usage-blocks-per-chunk=2");
        assertThat(Files.readString(work.resolve("state-spilled/logs/support-billing.log")))
                .as("rows of Parquet, ZIP, gzip and AWS reports are settled by reading the usage again")
                .contains("spilled fingerprints back").doesNotContain("repeat, on");
        // the report's 4 bad rows, in the ZIP again with its 21 good ones as duplicates; the FOCUS rows again
        long rejects = Map.of("legacy-parquet-and-zip", 29L, "focus-twice", 9L, "legacy-export", 4L, "cur2-export", 0L)
                .get(delivery);
        assertThat(published.get("rejects.csv").lines().count()).as("rejects and their header").isEqualTo(rejects + 1);
    }

    /**
     * With a copy of a file in gzip or ZIP, whose offsets on disk are not those of its rows, the spilled check
     * reads all files again; with plain files only, it reads its rows where they lie.
     */
    @ParameterizedTest
    @ValueSource(strings = {"plain", "gzip", "zip"})
    void generatedUsageFullOfTroubleBillsTheSameEveryWay(String copy) throws IOException {
        Path input = work.resolve("generated");
        writeTroubledMonth(input, copy);
        Map<String, String> published = assertSameOutputs("2026-03", input, List.of("--billing.skip-limit-percent=100"),
                "--billing.usage-block-size=700", "--billing.usage-blocks-per-chunk=5");
        assertThat(published.get("rejects.csv")).contains("DUPLICATE_LINE_ITEM").contains("MALFORMED_ROW")
                .contains("INVALID_AMOUNT").contains("WRONG_PERIOD").contains("UNKNOWN_ACCOUNT");
        String log = Files.readString(work.resolve("state-spilled/logs/support-billing.log"));
        if (copy.equals("plain")) {
            assertThat(log).containsPattern("repeat, on [0-9]+ rows");
        } else {
            String packed = copy.equals("gzip") ? "usage-3.csv.gz" : "usage-3.csv.zip";
            assertThat(published.get("summary.json")).contains("\"file\" : \"" + packed + "\"");
            assertThat(log).doesNotContain("repeat, on");
        }
    }

    /**
     * A month of usage full of trouble: three CSV files (one with a byte order mark and CRLF, one in another
     * column order) with duplicates near and far and bad rows of every kind, and a {@code copy} of one of
     * them: none ("plain"), in gzip or in ZIP.
     */
    static void writeTroubledMonth(Path folder, String copy) throws IOException {
        Path input = Files.createDirectories(folder);
        Random random = new Random(20261128);
        List<String> accounts = new ArrayList<>();
        StringBuilder accountRows = new StringBuilder("account_id,account_name,payer_account_id,country\n");
        StringBuilder events = new StringBuilder("account_id,effective_date,plan_code\n");
        String[] plans = {"DEVELOPER", "BUSINESS", "ENTERPRISE_ON_RAMP", "ENTERPRISE", "BASIC"};
        for (int i = 0; i < 60; i++) {
            String account = String.format("%012d", 7000000000L + i);
            String payer = String.format("%012d", 7000000000L + (i / 3) * 3);
            accounts.add(account);
            accountRows.append(account).append(",Acct ").append(i).append(',').append(payer).append(",US\n");
            events.append(account).append(",2026-0").append(1 + i % 3).append("-01,").append(plans[i % 5]).append('\n');
        }
        Files.writeString(input.resolve("accounts.csv"), accountRows);
        Files.writeString(input.resolve("subscriptions.csv"), events);
        Files.writeString(input.resolve("tax-rates.csv"), "country,rate\nUS,0\n");
        List<String> ids = new ArrayList<>();
        for (int file = 0; file < 3; file++) {
            StringBuilder usage = new StringBuilder(file == 1 ? "\uFEFF" : "");
            usage.append(file == 2 ? "currency,amount,charge_type,service,usage_date,account_id,line_item_id,extra\r\n"
                    : "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n");
            for (int row = 0; row < 4000; row++) {
                usage.append(row(random, accounts, ids, file == 2)).append(random.nextInt(50) == 0 ? "\r\n" : "\n");
                if (random.nextInt(200) == 0) {
                    usage.append(random.nextBoolean() ? "\n" : "   \n");
                }
            }
            if (file == 0) {
                usage.append("last,").append(accounts.get(0)).append(",2026-03-05,AmazonEC2,USAGE,\"12.5");
            }
            Files.writeString(input.resolve("usage-" + file + ".csv"), usage);
        }
        byte[] copied = Files.readAllBytes(input.resolve("usage-1.csv"));
        if (copy.equals("gzip")) {
            try (var out = new GZIPOutputStream(Files.newOutputStream(input.resolve("usage-3.csv.gz")))) {
                out.write(copied);
            }
        } else if (copy.equals("zip")) {
            try (var zip = new ZipOutputStream(Files.newOutputStream(input.resolve("usage-3.csv.zip")))) {
                zip.putNextEntry(new ZipEntry("usage-3.csv"));
                zip.write(copied);
            }
        }
    }

    @Test
    void aRepeatTakenOutAfterThePassLeavesTheSumsItNeverHad() throws IOException {
        Path input = Files.createDirectories(work.resolve("repeats"));
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + "100000000001,A,,US\n100000000002,B,,US\n100000000003,C,,US\n");
        Files.writeString(input.resolve("subscriptions.csv"), "account_id,effective_date,plan_code\n"
                + "100000000001,2026-01-01,BUSINESS\n100000000002,2026-01-01,BUSINESS\n100000000003,2026-01-01,BUSINESS\n");
        String header = "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n";
        Files.writeString(input.resolve("usage-1.csv"), header
                + "a1,100000000001,2026-03-02,AmazonEC2,USAGE,10500.5,USD\n"
                + "b1,100000000002,2026-03-02,AmazonEC2,USAGE,20000,USD\n"
                + "a1,100000000001,2026-03-03,AmazonEC2,USAGE,3.1234567891,USD\n");
        Files.writeString(input.resolve("usage-2.csv"), header
                + "b1,100000000003,2026-03-04,AmazonEC2,USAGE,99999.99,USD\n"
                + "b1,100000000003,2026-03-04,AWSMarketplace,USAGE,5.123,USD\n"
                + "x\"1,100000000002,2026-03-05,AmazonEC2,USAGE,1E+3,USD\n");
        Map<String, String> published = assertSameOutputs("2026-03", input, List.of());
        assertThat(published.get("rejects.csv").lines().filter(line -> line.contains("DUPLICATE_LINE_ITEM"))).hasSize(3);
        assertThat(published.get("invoice-lines.csv")).doesNotContain("100000000003,USAGE");
        assertThat(published.get("summary.json")).doesNotContain("MARKETPLACE").contains("31500.5,");
    }

    /** A usage row, in the native column order or reversed with an extra column. */
    private static String row(Random random, List<String> accounts, List<String> ids, boolean reversed) {
        String id = ids.isEmpty() || random.nextInt(40) != 0 ? "id-" + random.nextInt(1_000_000)
                : ids.get(random.nextInt(ids.size()));
        ids.add(id);
        String account = random.nextInt(100) == 0 ? "999999999999" : accounts.get(random.nextInt(accounts.size()));
        String date = switch (random.nextInt(60)) {
            case 0 -> "2026-04-01";
            case 1 -> "2026-02-30";
            case 2 -> " 2026-03-07 ";
            default -> String.format("2026-03-%02d", 1 + random.nextInt(31));
        };
        String service = switch (random.nextInt(25)) {
            case 0 -> "AWSDeveloperSupport";
            case 1 -> "\"Amazon \"\"Quoted\"\", Service\"";
            case 2 -> "Amazon Résumé";
            case 3 -> "\"Multi\nLine\"";
            default -> "AmazonEC2";
        };
        String type = switch (random.nextInt(20)) {
            case 0 -> "CREDIT";
            case 1 -> "usage";
            case 2 -> "fee";
            case 3 -> "BOGUS";
            case 4 -> "TAX";
            default -> "USAGE";
        };
        String amount = switch (random.nextInt(30)) {
            case 0 -> "\"1,250.00\"";
            case 1 -> "1.5E+3";
            case 2 -> "0.123456789012";
            case 3 -> "+42";
            case 4 -> ".5";
            case 5 -> "-" + random.nextInt(1000) + "." + random.nextInt(100);
            case 6 -> "99999999999999999999.5";
            default -> random.nextInt(100000) + "." + String.format("%04d", random.nextInt(10000));
        };
        String currency = random.nextInt(80) == 0 ? "EUR" : random.nextInt(10) == 0 ? "usd" : "USD";
        if (random.nextInt(300) == 0) {
            return id + "," + account + "\rshort," + account;
        }
        return reversed ? String.join(",", currency, amount, type, service, date, account, id, "x")
                : String.join(",", id, account, date, service, type, amount, currency);
    }

    /**
     * Bills the month sequentially, in parallel, and in parallel spilling to disk; asserts the same
     * files, and returns them.
     */
    private Map<String, String> assertSameOutputs(String month, Path input, List<String> common,
            String... parallelSettings) throws IOException {
        List<String> sequentialArgs = new ArrayList<>(common);
        sequentialArgs.add(SEQUENTIAL);
        List<String> parallelArgs = new ArrayList<>(common);
        parallelArgs.addAll(List.of(parallelSettings));
        Cli.Result sequential = Cli.bill(month, input, work.resolve("sequential"), work.resolve("state-s"),
                sequentialArgs.toArray(String[]::new));
        assertThat(sequential.exitCode()).as(sequential.err()).isZero();
        Cli.Result parallel = Cli.bill(month, input, work.resolve("parallel"), work.resolve("state-p"),
                parallelArgs.toArray(String[]::new));
        assertThat(parallel.exitCode()).as(parallel.err()).isZero();
        Map<String, String> expected = files(work.resolve("sequential").resolve(month));
        assertThat(expected.get("invoices.csv").lines().count()).as("something was billed").isGreaterThan(1);
        assertThat(files(work.resolve("parallel").resolve(month))).isEqualTo(expected);
        parallelArgs.add("--billing.usage-memory=" + TINY_BUDGET);
        Path state = work.resolve("state-spilled");
        // what a run killed while spilling left behind is removed, and the spill rebuilt
        Path stale = Files.createDirectories(state.resolve("work/usage-" + month + "-R1"));
        Files.write(stale.resolve("fingerprints-000.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Cli.Result spilled = Cli.bill(month, input, work.resolve("spilled"), state, parallelArgs.toArray(String[]::new));
        assertThat(spilled.exitCode()).as(spilled.err()).isZero();
        assertThat(files(work.resolve("spilled").resolve(month))).isEqualTo(expected);
        assertThat(Files.readString(state.resolve("logs/support-billing.log"))).contains("spills line item fingerprints");
        assertThat(state.resolve("work")).as("the spill folder is removed").doesNotExist();
        return expected;
    }

    private static Map<String, String> files(Path published) throws IOException {
        return PublishedFiles.contents(published);
    }
}
