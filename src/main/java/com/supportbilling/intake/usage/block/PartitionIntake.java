package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFile;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The usage intake of one partition on a worker (D93): the partition's blocks — a byte range of a plain
 * CSV file, or a whole compressed or Parquet file — parsed by the engine's workers and taken in order
 * into an accumulator of the month's files, as the local intake does; every valid row's fingerprint, with
 * its position and line, goes to {@code fingerprints/} in the results folder, as the spilled duplicate
 * check writes them (D80); {@link #finish} writes the partition's figures beside them. Repeats are not
 * looked for here: the manager looks for them across all partitions.
 */
public final class PartitionIntake implements AutoCloseable {

    /** The results folder's file of figures, and its folder of fingerprints. */
    public static final String FIGURES = "figures.bin";
    public static final String FINGERPRINTS = "fingerprints";

    private final UsageBlockReader wholeFile;
    private final UsageRangeReader range;
    private final UsageAccumulator accumulator;
    private final BlockPipeline<ParsedBlock> pipeline;
    private final int fileIndex;

    /**
     * @param engine an engine of the month's usage files whose memory budget is 0 and whose spill folder
     *        is {@code results/fingerprints}: the fingerprints go to disk from the first block
     */
    public PartitionIntake(UsageIntakeEngine engine, List<UsageFile> files, int fileIndex, long start, long end,
            long firstLine, boolean whole, int blockSize) {
        this.fileIndex = fileIndex;
        UsageFile file = files.get(fileIndex);
        this.wholeFile = whole ? new UsageBlockReader(List.of(file), blockSize) : null;
        this.range = whole ? null : new UsageRangeReader(fileIndex, file, start, end, firstLine, blockSize);
        this.accumulator = engine.accumulator(engine.reader());
        this.pipeline = engine.parsedBlocks(whole ? this::nextOfWholeFile : range, accumulator);
    }

    /** Whether a file must be read whole: a compressed file cannot be entered in the middle, nor a Parquet one. */
    public static boolean isReadWhole(UsageFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        return file.isParquet() || name.endsWith(".gz") || name.endsWith(".zip");
    }

    /** The next parsed block, in file order, or null after the last. */
    public ParsedBlock next() {
        return pipeline.next();
    }

    /** Counts a parsed block; its rejected rows go to {@code rejects}. */
    public void add(ParsedBlock block, Consumer<Rejection> rejects) {
        accumulator.add(block, rejects);
    }

    /** Once every block is added: the fingerprints written out, and the figures beside them. */
    public void finish(Path results) {
        accumulator.duplicates().finishSpill();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(results.resolve(FIGURES)), 1 << 16))) {
            out.writeBoolean(accumulator.duplicates().allPositioned());
            accumulator.writeFigures(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rowsRead() {
        return accumulator.fileCounts().get(fileIndex).read();
    }

    public long rowsRejected() {
        return accumulator.fileCounts().get(fileIndex).rejected();
    }

    /** A whole file's blocks, numbered as the file's place among the month's. */
    private UsageBlock nextOfWholeFile() {
        UsageBlock block = wholeFile.next();
        return block == null ? null : block.inFile(fileIndex);
    }

    @Override
    public void close() {
        pipeline.close();
        if (wholeFile != null) {
            wholeFile.close();
        }
        if (range != null) {
            range.close();
        }
    }
}
