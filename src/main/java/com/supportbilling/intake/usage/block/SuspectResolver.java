package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageOutcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Finds the duplicates among the rows whose fingerprint repeats, and walks those rows in file order: a
 * valid row whose id a valid row before it had is a duplicate (R10); the first one counts, and so does
 * a row whose id is new after all (another id of the same fingerprint). The rows are read again where
 * the spilled duplicate check found them (D80), or else by reading the usage files again — blocks
 * scanned by the workers, fully only the rows of a repeated fingerprint — where the first reading framed
 * them when it knows (D151).
 */
public final class SuspectResolver {

    private static final int WINDOW = 4096;

    private final Supplier<UsageBlockReader> files;
    private final List<UsageFile> usage;
    private final UsageBlockParser parser;
    private final Executor workers;

    public SuspectResolver(Supplier<UsageBlockReader> files, List<UsageFile> usage, UsageBlockParser parser,
            Executor workers) {
        this.files = files;
        this.usage = List.copyOf(usage);
        this.parser = parser;
        this.workers = workers;
    }

    /**
     * Each duplicate among {@code rows} — every valid row of a {@code repeated} fingerprint, by position
     * and line — in file order, reading each row where it lies.
     */
    void resolve(Fingerprints repeated, FingerprintPartitions.Repeats rows, Map<Integer, UsageLayout.Columns> columns,
            Consumer<UsageOutcome.Accepted> duplicates) {
        long[][] byPosition = new long[rows.positions.size][];
        for (int i = 0; i < byPosition.length; i++) {
            byPosition[i] = new long[] {rows.positions.values[i], rows.lines.values[i]};
        }
        Arrays.sort(byPosition, Comparator.comparingLong(row -> row[0]));
        Map<Long, Set<String>> validIds = new HashMap<>();
        FileChannel channel = null;
        int open = -1;
        try {
            for (long[] row : byPosition) {
                int file = (int) (row[0] >>> 48);
                if (file != open) {
                    if (channel != null) {
                        channel.close();
                    }
                    channel = FileChannel.open(usage.get(file).path(), StandardOpenOption.READ);
                    open = file;
                }
                UsageBlock record = recordAt(channel, file, columns.get(file), row[0] & ((1L << 48) - 1), row[1]);
                parser.scan(record, repeated, (accepted, line) -> {
                    String id = accepted.line().lineItemId();
                    if (!validIds.computeIfAbsent(Fingerprints.of(id), key -> new HashSet<>()).add(id)) {
                        duplicates.accept(accepted);
                    }
                });
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read " + usage.get(open).name() + " again: " + e.getMessage()
                    + ".", e);
        }
    }

    /** The one record at {@code offset} of a file, starting on {@code line}. */
    private UsageBlock recordAt(FileChannel channel, int file, UsageLayout.Columns columns, long offset, long line)
            throws IOException {
        long size = channel.size();
        for (int window = WINDOW;; window *= 2) {
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(window, size - offset));
            while (bytes.hasRemaining() && channel.read(bytes, offset + bytes.position()) > 0) {
                // reads until the window is full or the file ends
            }
            boolean end = offset + bytes.position() >= size;
            RecordFramer framer = new RecordFramer(0);
            framer.scan(bytes.array(), bytes.position(), end, true);
            if (framer.boundary() > 0 || end) {
                return new UsageBlock(file, usage.get(file).name(), columns, line, bytes.array(),
                        framer.boundary(), offset);
            }
        }
    }

    /** Each duplicate among the valid rows of a {@code repeated} fingerprint, in file order, reading the files again. */
    void resolve(Fingerprints repeated, Consumer<UsageOutcome.Accepted> duplicates) {
        try (UsageBlockReader reader = files.get()) {
            scanAgain(reader, repeated, duplicates);
        }
    }

    /**
     * Each duplicate among the valid rows of a {@code repeated} fingerprint, in file order, reading again the
     * {@code frames} of the first reading: every block of the files, where it lay (D151).
     */
    void resolve(Fingerprints repeated, List<BlockFrame> frames, Consumer<UsageOutcome.Accepted> duplicates) {
        try (FramedBlocks blocks = new FramedBlocks(usage, frames)) {
            scanAgain(blocks, repeated, duplicates);
        }
    }

    /** Blocks scanned by the workers, fully only the rows of a repeated fingerprint, taken in file order. */
    private void scanAgain(UsageBlocks blocks, Fingerprints repeated, Consumer<UsageOutcome.Accepted> duplicates) {
        Map<Long, Set<String>> validIds = new HashMap<>();
        try (BlockPipeline<List<UsageOutcome.Accepted>> matches = new BlockPipeline<>(blocks,
                block -> matches(block, repeated), workers, UsageIntakeEngine.BLOCKS_AHEAD)) {
            for (List<UsageOutcome.Accepted> rows = matches.next(); rows != null; rows = matches.next()) {
                for (UsageOutcome.Accepted accepted : rows) {
                    String id = accepted.line().lineItemId();
                    if (!validIds.computeIfAbsent(Fingerprints.of(id), key -> new HashSet<>()).add(id)) {
                        duplicates.accept(accepted);
                    }
                }
            }
        }
    }

    /** The valid rows of a block whose fingerprint repeats, found on a worker thread. */
    private List<UsageOutcome.Accepted> matches(UsageBlock block, Fingerprints repeated) {
        List<UsageOutcome.Accepted> rows = new ArrayList<>();
        parser.scan(block, repeated, (accepted, line) -> rows.add(accepted));
        return rows;
    }
}
