package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageFigures;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageLayout;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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
 * time across every partition, each bucket read once (D156), so that an id repeated within a partition or
 * across two is found; the rows of the repeats read again from the shared files and settled in file order —
 * the first valid occurrence counts, the later ones are DUPLICATE_LINE_ITEM and leave the sums exactly.
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
     * {@code lateRejects}, in file order. The repeats are looked for on the {@code workers} while this thread
     * adds up the partitions' figures (D156).
     */
    public UsageFigures combine(List<Path> results, Consumer<Rejection> lateRejects) {
        boolean positioned = positioned(results);
        CompletableFuture<FingerprintPartitions.Repeats> search = repeats(results, positioned);
        UsageAccumulator month;
        try {
            month = figures(results);
        } catch (RuntimeException e) {
            search.handle((repeats, failure) -> null).join(); // no reading left behind a failed combining
            throw e;
        }
        FingerprintPartitions.Repeats repeats;
        try {
            repeats = search.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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

    /** Whether every partition knows where its rows lie, as the first byte of its figures says. */
    private static boolean positioned(List<Path> results) {
        boolean positioned = true;
        for (Path folder : results) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(folder.resolve(PartitionIntake.FIGURES)))) {
                positioned &= in.readBoolean();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return positioned;
    }

    /** The partitions' sums and counts, added up, each partition's figures read whole (D156). */
    private UsageAccumulator figures(List<Path> results) {
        UsageAccumulator month = engine.combinedAccumulator();
        for (Path folder : results) {
            Path figures = folder.resolve(PartitionIntake.FIGURES);
            try {
                ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(figures));
                in.get();
                month.addFigures(in);
                if (in.hasRemaining()) {
                    throw new IOException("more follows the figures");
                }
            } catch (BufferUnderflowException e) {
                throw new UncheckedIOException(new IOException(figures + " ends within its figures", e));
            } catch (IOException e) {
                throw new UncheckedIOException(figures + ": " + e.getMessage(), e);
            }
        }
        return month;
    }

    /**
     * The fingerprints found more than once across all partitions, and with {@code rows} the position and
     * line of every row that has one: bucket by bucket on the {@code workers}, each bucket of every partition
     * in one table.
     */
    private CompletableFuture<FingerprintPartitions.Repeats> repeats(List<Path> results, boolean rows) {
        AtomicInteger nextBucket = new AtomicInteger();
        List<CompletableFuture<FingerprintPartitions.Repeats>> found = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            found.add(CompletableFuture.supplyAsync(() -> {
                FingerprintPartitions.Repeats repeats = new FingerprintPartitions.Repeats();
                ReadBuffer buffer = new ReadBuffer();
                FirstOccurrences table = new FirstOccurrences(0);
                for (int b = nextBucket.getAndIncrement(); b < FingerprintPartitions.PARTITIONS;
                        b = nextBucket.getAndIncrement()) {
                    table = bucket(results, b, table, repeats, rows, buffer);
                }
                return repeats;
            }, workers));
        }
        return CompletableFuture.allOf(found.toArray(CompletableFuture[]::new)).thenApply(done -> {
            FingerprintPartitions.Repeats all = new FingerprintPartitions.Repeats();
            for (CompletableFuture<FingerprintPartitions.Repeats> thread : found) {
                FingerprintPartitions.Repeats some = thread.join();
                all.fingerprints.addAll(some.fingerprints);
                all.positions.addAll(some.positions);
                all.lines.addAll(some.lines);
            }
            return all;
        });
    }

    /**
     * The repeats of one bucket, read once across every partition (D156): a repeat's row when it comes, and with
     * the second row of a fingerprint the ordinal of its first, read afterwards where it lies. {@code table} is
     * reused when large enough; the table used is returned for the next bucket.
     */
    private FirstOccurrences bucket(List<Path> results, int bucket, FirstOccurrences table,
            FingerprintPartitions.Repeats repeats, boolean rows, ReadBuffer buffer) {
        Path[] parts = new Path[results.size()];
        long[] starts = new long[parts.length + 1];
        for (int p = 0; p < parts.length; p++) {
            parts[p] = FingerprintPartitions.file(results.get(p).resolve(PartitionIntake.FINGERPRINTS), bucket);
            starts[p + 1] = starts[p] + size(parts[p]) / RECORD_BYTES;
        }
        FirstOccurrences seen = table.emptiedFor(starts[parts.length]);
        FingerprintPartitions.LongList firsts = new FingerprintPartitions.LongList();
        int[] ordinal = {0};
        for (Path part : parts) {
            read(part, buffer, (fingerprint, position, line) -> {
                int first = seen.add(fingerprint, ordinal[0]++);
                if (first == FirstOccurrences.NEW) {
                    return;
                }
                if (first != FirstOccurrences.GIVEN) {
                    repeats.fingerprints.add(fingerprint);
                    firsts.add(first);
                }
                if (rows) {
                    repeats.positions.add(position);
                    repeats.lines.add(line);
                }
            });
        }
        if (rows) {
            firstRows(parts, starts, firsts, repeats);
        }
        return seen;
    }

    /** The position and line of the rows of {@code ordinals}, each read where it lies, each part opened once. */
    private static void firstRows(Path[] parts, long[] starts, FingerprintPartitions.LongList ordinals,
            FingerprintPartitions.Repeats repeats) {
        long[] wanted = Arrays.copyOf(ordinals.values, ordinals.size);
        Arrays.sort(wanted);
        ByteBuffer row = ByteBuffer.allocate(RECORD_BYTES);
        int next = 0;
        for (int p = 0; p < parts.length && next < wanted.length; p++) {
            if (wanted[next] >= starts[p + 1]) {
                continue;
            }
            try (FileChannel part = FileChannel.open(parts[p], StandardOpenOption.READ)) {
                for (; next < wanted.length && wanted[next] < starts[p + 1]; next++) {
                    long at = (wanted[next] - starts[p]) * RECORD_BYTES;
                    row.clear();
                    while (row.hasRemaining()) {
                        if (part.read(row, at + row.position()) < 0) {
                            throw new IOException(parts[p] + " ends within a row");
                        }
                    }
                    repeats.positions.add(row.getLong(Long.BYTES));
                    repeats.lines.add(row.getLong(2 * Long.BYTES));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
