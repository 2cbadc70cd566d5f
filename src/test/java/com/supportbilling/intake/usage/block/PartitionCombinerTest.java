package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFigures;
import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A month read as partitions and combined (D95, D156) comes out as the same month read on one machine: the same
 * fee bases, counts and rejects, with the duplicates within a partition, across two partitions of a file and
 * across files settled as one machine settles them — also when the repeats are searched while the figures are
 * added up, and when a compressed file leaves the rows without positions.
 */
class PartitionCombinerTest extends IntakeFixture {

    private static final String HEADER = "line_item_id,account_id,usage_date,service,charge_type,amount,currency\n";
    /** Small blocks, so that each partition is read in several. */
    private static final int BLOCK_SIZE = 300;
    /** The row of the first file where its second partition starts. */
    private static final int SPLIT = 20;

    @ParameterizedTest
    @ValueSource(strings = {"usage-b.csv", "usage-b.csv.gz"})
    void partitionsCombinedAreTheMonthReadOnOneMachine(String second) throws IOException {
        List<UsageFile> files = List.of(write("usage-a.csv", firstFile()), write(second, secondFile()));
        List<Rejection> oneMachineRejects = new ArrayList<>();
        UsageAccumulator oneMachine = readOnOneMachine(files, oneMachineRejects);

        List<Rejection> partitionRejects = new ArrayList<>();
        List<Path> results = readAsPartitions(files, !second.endsWith(".gz"), partitionRejects);
        List<Rejection> lateRejects = new ArrayList<>();
        UsageFigures combined = combiner(files).combine(results, lateRejects::add);

        assertThat(lateRejects).as("the duplicates, found across the partitions")
                .extracting(Rejection::reason).hasSize(13).containsOnly(RejectReason.DUPLICATE_LINE_ITEM);
        assertThat(combined.bases()).isEqualTo(oneMachine.bases());
        assertThat(combined.fileCounts()).isEqualTo(oneMachine.fileCounts());
        assertThat(combined.rejectedByReason()).isEqualTo(oneMachine.rejectedByReason());
        assertThat(combined.acceptedTotal()).isEqualTo(oneMachine.acceptedTotal());
        List<Rejection> partitioned = new ArrayList<>(partitionRejects);
        partitioned.addAll(lateRejects);
        assertThat(partitioned).containsExactlyElementsOf(oneMachineRejects);
    }

    @Test
    void aPartitionsFiguresCutShortFailTheCombining() throws IOException {
        List<UsageFile> files = List.of(write("usage-a.csv", firstFile()), write("usage-b.csv", secondFile()));
        List<Path> results = readAsPartitions(files, true, new ArrayList<>());
        Path figures = results.get(1).resolve(PartitionIntake.FIGURES);
        Files.write(figures, new byte[] {1, 0, 0});

        assertThatThrownBy(() -> combiner(files).combine(results, rejection -> { }))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void figuresOfAnAccountTheMonthHasNotFailTheCombiningNamingIt() throws IOException {
        List<UsageFile> files = List.of(write("usage-a.csv", firstFile()), write("usage-b.csv", secondFile()));
        List<Path> results = readAsPartitions(files, true, new ArrayList<>());
        PartitionCombiner oneAccountShort = new PartitionCombiner(new UsageIntakeEngine(MONTH, ACCOUNTS.subList(0, 1),
                POLICY, LIMIT, files, BLOCK_SIZE, workers, new UsageMemory(0, work.resolve("combining"), 2)), files,
                BLOCK_SIZE, workers, 2);

        assertThatThrownBy(() -> oneAccountShort.combine(results, rejection -> { }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("figures of account 100000000002, which is not one of the month's accounts");
    }

    /**
     * 40 rows; every seventh has no amount, and the valid row after it with the same id counts; from row 20 on,
     * every fifth repeats the id of a row 20 before it, in the file's other partition.
     */
    private static String firstFile() {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            String id = i >= SPLIT && i % 5 == 0 ? "u-" + (i - SPLIT) : "u-" + i;
            rows.append(row(id, i, i % 7 == 3 ? "" : i + ".50"));
            if (i % 7 == 3) {
                rows.append(row(id, i, "0.25"));
            }
        }
        return rows.toString();
    }

    /** Rows u-30 to u-49, eight of them repeating ids of the first file, and u-45 twice within the file. */
    private static String secondFile() {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 30; i < 50; i++) {
            rows.append(row("u-" + i, i, i + ".125"));
        }
        return rows.append(row("u-45", 45, "99.00")).toString();
    }

    private static String row(String id, int i, String amount) {
        return id + "," + ACCOUNTS.get(i % 2).value() + ",2026-03-" + String.format("%02d", i % 28 + 1)
                + ",AmazonEC2,USAGE," + amount + ",USD\n";
    }

    private UsageAccumulator readOnOneMachine(List<UsageFile> files, List<Rejection> rejects) {
        UsageIntakeEngine engine = engine(files, new UsageMemory(64L << 20, work.resolve("spill"), 2));
        try (UsageBlockReader reader = engine.reader()) {
            UsageAccumulator accumulator = engine.accumulator(reader);
            try (BlockPipeline<ParsedBlock> blocks = engine.parsedBlocks(reader, accumulator)) {
                for (ParsedBlock block = blocks.next(); block != null; block = blocks.next()) {
                    accumulator.add(block, rejects::add);
                }
            }
            accumulator.settle(engine.resolver(), rejects::add);
            return accumulator;
        }
    }

    /**
     * The first file as two partitions, split at row {@value #SPLIT}; the second as a third, by byte range when
     * {@code byRange}, else whole, as a compressed file is read.
     */
    private List<Path> readAsPartitions(List<UsageFile> files, boolean byRange, List<Rejection> rejects)
            throws IOException {
        long header = HEADER.length();
        String first = firstFile();
        int split = first.indexOf(row("u-0", SPLIT, SPLIT + ".50"));
        long splitLine = first.substring(0, split).chars().filter(c -> c == '\n').count() + 1;
        long second = Files.size(files.get(1).path());
        List<Path> results = new ArrayList<>();
        results.add(partition(files, 0, header, split, 2, false, rejects));
        results.add(partition(files, 0, split, Files.size(files.get(0).path()), splitLine, false, rejects));
        results.add(partition(files, 1, byRange ? header : 0, byRange ? second : 0, byRange ? 2 : 1, !byRange, rejects));
        return results;
    }

    private Path partition(List<UsageFile> files, int file, long start, long end, long firstLine, boolean whole,
            List<Rejection> rejects) throws IOException {
        Path results = Files.createDirectories(work.resolve("partition-" + file + "-" + start));
        UsageIntakeEngine engine = engine(files, new UsageMemory(0, results.resolve(PartitionIntake.FINGERPRINTS), 2));
        try (PartitionIntake intake = new PartitionIntake(engine, files, file, start, end, firstLine, whole, BLOCK_SIZE)) {
            for (ParsedBlock block = intake.next(); block != null; block = intake.next()) {
                intake.add(block, rejects::add);
            }
            intake.finish(results);
        }
        return results;
    }

    private PartitionCombiner combiner(List<UsageFile> files) {
        return new PartitionCombiner(engine(files, new UsageMemory(0, work.resolve("combining"), 2)), files, BLOCK_SIZE,
                workers, 2);
    }

    private UsageIntakeEngine engine(List<UsageFile> files, UsageMemory memory) {
        return new UsageIntakeEngine(MONTH, ACCOUNTS, POLICY, LIMIT, files, BLOCK_SIZE, workers, memory);
    }

    private UsageFile write(String name, String content) throws IOException {
        Path file = work.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return UsageFile.of(file);
    }
}
