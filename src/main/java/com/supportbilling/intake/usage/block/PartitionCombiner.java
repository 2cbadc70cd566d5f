package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFigures;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageLayout;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Combines what the workers wrote for the partitions of a month into the figures the local intake makes
 * (D95): the partitions' exact sums and counts added up; their fingerprints merged one hash bucket at a
 * time across every partition, so that an id repeated within a partition or across two is found; the rows
 * of the repeats read again from the shared files and settled in file order — the first valid occurrence
 * counts, the later ones are DUPLICATE_LINE_ITEM and leave the sums exactly.
 */
public final class PartitionCombiner {

    private static final int RECORD_BYTES = 3 * Long.BYTES;
    private static final int READ_BUFFER = 256 * 1024;

    private final UsageIntakeEngine engine;
    private final List<UsageFile> files;
    private final int blockSize;
    private final Executor workers;
    private final int threads;

    public PartitionCombiner(UsageIntakeEngine engine, List<UsageFile> files, int blockSize, Executor workers,
            int threads) {
        this.engine = engine;
        this.files = List.copyOf(files);
        this.blockSize = blockSize;
        this.workers = workers;
        this.threads = threads;
    }

    /**
     * The month's figures from the partitions' results folders; the duplicates found across them go to
     * {@code lateRejects}, in file order.
     */
    public UsageFigures combine(List<Path> results, Consumer<Rejection> lateRejects) {
        UsageAccumulator month = engine.combinedAccumulator();
        boolean positioned = true;
        for (Path folder : results) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    Files.newInputStream(folder.resolve(PartitionIntake.FIGURES)), 1 << 16))) {
                positioned &= in.readBoolean();
                month.addFigures(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        FingerprintPartitions.Repeats repeats = repeats(results, positioned);
        if (repeats.fingerprints.size > 0) {
            Fingerprints repeated = new Fingerprints(repeats.fingerprints.size);
            for (int i = 0; i < repeats.fingerprints.size; i++) {
                repeated.add(repeats.fingerprints.values[i]);
            }
            month.settle(engine.resolver(), repeated, positioned ? repeats : null, positioned ? columns(repeats) : null,
                    lateRejects);
        }
        return month;
    }

    /**
     * The fingerprints found more than once across all partitions, and with {@code rows} the position and
     * line of every row that has one: bucket by bucket, each bucket of every partition in one table.
     */
    private FingerprintPartitions.Repeats repeats(List<Path> results, boolean rows) {
        AtomicInteger nextBucket = new AtomicInteger();
        List<CompletableFuture<FingerprintPartitions.Repeats>> found = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            found.add(CompletableFuture.supplyAsync(() -> {
                FingerprintPartitions.Repeats repeats = new FingerprintPartitions.Repeats();
                ReadBuffer buffer = new ReadBuffer();
                for (int b = nextBucket.getAndIncrement(); b < FingerprintPartitions.PARTITIONS;
                        b = nextBucket.getAndIncrement()) {
                    bucket(results, b, repeats, rows, buffer);
                }
                return repeats;
            }, workers));
        }
        FingerprintPartitions.Repeats all = new FingerprintPartitions.Repeats();
        for (CompletableFuture<FingerprintPartitions.Repeats> thread : found) {
            try {
                FingerprintPartitions.Repeats some = thread.join();
                all.fingerprints.addAll(some.fingerprints);
                all.positions.addAll(some.positions);
                all.lines.addAll(some.lines);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return all;
    }

    private void bucket(List<Path> results, int bucket, FingerprintPartitions.Repeats repeats, boolean rows,
            ReadBuffer buffer) {
        List<Path> parts = results.stream().map(folder -> FingerprintPartitions.file(
                folder.resolve(PartitionIntake.FINGERPRINTS), bucket)).toList();
        long count = 0;
        for (Path part : parts) {
            count += size(part) / RECORD_BYTES;
        }
        FingerprintPartitions.LongTable seen = new FingerprintPartitions.LongTable(count);
        int first = repeats.fingerprints.size;
        for (Path part : parts) {
            read(part, buffer, (fingerprint, position, line) -> {
                if (!seen.add(fingerprint)) {
                    repeats.fingerprints.add(fingerprint);
                }
            });
        }
        if (rows && repeats.fingerprints.size > first) {
            FingerprintPartitions.LongTable wanted = new FingerprintPartitions.LongTable(repeats.fingerprints.size - first);
            for (int i = first; i < repeats.fingerprints.size; i++) {
                wanted.add(repeats.fingerprints.values[i]);
            }
            for (Path part : parts) {
                read(part, buffer, (fingerprint, position, line) -> {
                    if (wanted.contains(fingerprint)) {
                        repeats.positions.add(position);
                        repeats.lines.add(line);
                    }
                });
            }
        }
    }

    /** The layout of each file a repeated row lies in, from its header, for reading the row again. */
    private Map<Integer, UsageLayout.Columns> columns(FingerprintPartitions.Repeats repeats) {
        Map<Integer, UsageLayout.Columns> columns = new HashMap<>();
        for (int i = 0; i < repeats.positions.size; i++) {
            int file = (int) (repeats.positions.values[i] >>> 48);
            columns.computeIfAbsent(file, index -> {
                try (UsageBlockReader header = new UsageBlockReader(List.of(files.get(index)), blockSize)) {
                    return header.next().columns();
                }
            });
        }
        return columns;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives {@code rows} every row of {@code part}, read through {@code buffer}: the rows are taken out of it a
     * buffer at a time, as longs, rather than a long at a time, and the buffer serves every file a thread reads (D146).
     */
    static void read(Path part, ReadBuffer buffer, Row rows) {
        if (!Files.exists(part)) {
            return;
        }
        ByteBuffer in = buffer.bytes.clear();
        long[] longs = buffer.longs;
        try (FileChannel reading = FileChannel.open(part, StandardOpenOption.READ)) {
            while (reading.read(in) >= 0) {
                in.flip();
                int whole = in.remaining() / RECORD_BYTES * 3;
                in.asLongBuffer().get(longs, 0, whole);
                in.position(whole * Long.BYTES);
                for (int i = 0; i < whole; i += 3) {
                    rows.accept(longs[i], longs[i + 1], longs[i + 2]);
                }
                in.compact();
            }
            if (in.position() > 0) {
                throw new IOException(part + " ends within a row");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thread's buffer for reading fingerprint files, and the longs taken out of it. */
    static final class ReadBuffer {
        final ByteBuffer bytes = ByteBuffer.allocate(READ_BUFFER);
        final long[] longs = new long[READ_BUFFER / Long.BYTES];
    }

    @FunctionalInterface
    interface Row {
        void accept(long fingerprint, long position, long line);
    }
}
