package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repeats are settled by reading again the blocks the first reading framed, where they lay, when every
 * block has a position; otherwise by reading the files again, framing them anew. Both find the same
 * duplicates, on the same lines, and take the same amounts out (D151).
 */
class FramedSettleTest extends IntakeFixture {

    /** Small blocks, so that the month's rows lie in many of them and a record with a line break spans a boundary. */
    private static final int BLOCK_SIZE = 300;

    /**
     * With the second file plain, every block has a position and the files are never framed anew; with it in
     * gzip, its offsets on disk are not its rows', so the files are framed anew, once.
     */
    @ParameterizedTest
    @CsvSource({"usage-b.csv, 0", "usage-b.csv.gz, 1"})
    void theRepeatsSettleTheSameReadAgainWhereTheBlocksLayOrFramedAnew(String second, int timesFramedAnew)
            throws IOException {
        List<UsageFile> files = List.of(write("usage-a.csv", rows(0, 40)), write(second, rows(25, 60)));
        AtomicInteger framedAnew = new AtomicInteger();
        Settled settled = settle(files, framedAnew);
        assertThat(framedAnew).as("the files framed anew").hasValue(timesFramedAnew);
        assertThat(settled.duplicates()).containsExactlyElementsOf(expectedDuplicates());
        assertThat(settled.base()).isEqualByComparingTo(expectedBase());
    }

    private record Settled(List<String> duplicates, BigDecimal base) {
    }

    /** One intake of the files, settled by a resolver that counts each time it frames the files anew. */
    private Settled settle(List<UsageFile> files, AtomicInteger framedAnew) {
        UsageIntakeEngine engine = new UsageIntakeEngine(MONTH, ACCOUNTS, POLICY, LIMIT, files, BLOCK_SIZE, workers,
                new UsageMemory(64L << 20, work.resolve("spill"), 2));
        Supplier<UsageBlockReader> anew = () -> {
            framedAnew.incrementAndGet();
            return engine.reader();
        };
        SuspectResolver resolver = new SuspectResolver(anew, files,
                new UsageBlockParser(MONTH, new AccountIndex(ACCOUNTS), POLICY, LIMIT), workers);
        List<String> duplicates = new ArrayList<>();
        try (UsageBlockReader reader = engine.reader()) {
            UsageAccumulator accumulator = engine.accumulator(reader);
            try (BlockPipeline<ParsedBlock> blocks = engine.parsedBlocks(reader, accumulator)) {
                for (ParsedBlock block = blocks.next(); block != null; block = blocks.next()) {
                    accumulator.add(block, rejection -> {
                    });
                }
            }
            accumulator.settle(resolver, rejection -> duplicates.add(describe(rejection)));
            accumulator.duplicates().close();
            return new Settled(duplicates, accumulator.bases().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private static String describe(Rejection rejection) {
        return rejection.sourceFile().replace(".gz", "") + ":" + rejection.lineNumber() + ":" + rejection.reason();
    }

    /**
     * Rows {@code from} to {@code to}, one id each; every seventh row has a quoted service with a line break, so
     * its record takes two physical lines.
     */
    private static List<String> rows(int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String service = i % 7 == 0 ? "\"Amazon\nEC2\"" : "AmazonEC2";
            rows.add(String.format("li-%04d,10000000000%d,2026-03-%02d,%s,USAGE,%d.25,USD", i, 1 + i % 2, 1 + i % 28,
                    service, 10 + i));
        }
        return rows;
    }

    /** Ids 25 to 39 are in both files: their second occurrences, in usage-b, are the duplicates. */
    private static List<String> expectedDuplicates() {
        List<String> expected = new ArrayList<>();
        int line = 2;
        for (int i = 25; i < 60; i++) {
            if (i < 40) {
                expected.add("usage-b.csv:" + line + ":DUPLICATE_LINE_ITEM");
            }
            line += i % 7 == 0 ? 2 : 1;
        }
        return expected;
    }

    /** Every row of ids 0 to 59 once. */
    private static BigDecimal expectedBase() {
        BigDecimal base = BigDecimal.ZERO;
        for (int i = 0; i < 60; i++) {
            base = base.add(new BigDecimal((10 + i) + ".25"));
        }
        return base;
    }

    /** Writes the rows under a header, packed in gzip when the name ends in .gz. */
    private UsageFile write(String name, List<String> rows) throws IOException {
        Path file = work.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(text(rows).getBytes(StandardCharsets.UTF_8));
        }
        return UsageFile.of(file);
    }

    private static String text(List<String> rows) {
        return "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n" + String.join("\n", rows) + "\n";
    }
}
