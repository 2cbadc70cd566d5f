package com.supportbilling.intake.usage.block;

import com.supportbilling.resources.ResourceShortageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Line item fingerprints spilled to disk as {@value #PARTITIONS} hash partitions (D80): a valid row's
 * fingerprint, with where its record lies and the line it starts on, goes to the file of the
 * fingerprint's top bits, from any thread, 24 bytes a row. Once everything is written, each partition is
 * read back into a table of its own — small, so it stays near the cache — and every fingerprint found
 * twice is a repeat; the partition is then read once more for the rows of its repeats. A partition
 * larger than the memory budget is read in several passes, each taking a share of its fingerprints, so
 * the memory stays within the budget whatever the size of the month.
 */
final class FingerprintPartitions {

    static final int PARTITIONS = 256;
    /** Longs a row takes in a partition: fingerprint, position, line. */
    private static final int RECORD = 3;
    private static final int PARTITION_BITS = 8;
    private static final int BUFFER = 16 * 1024;
    private static final int READ_BUFFER = 256 * 1024;
    /** The partitions' file names, made once: a worker names 256 for each of its partitions, a manager 256 a bucket. */
    private static final String[] FILE_NAMES = IntStream.range(0, PARTITIONS)
            .mapToObj(partition -> String.format("fingerprints-%03d.bin", partition)).toArray(String[]::new);

    private final Path folder;
    private final String remedy;
    private final Partition[] partitions = new Partition[PARTITIONS];

    FingerprintPartitions(Path folder, String remedy) {
        this.folder = folder;
        this.remedy = remedy;
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < PARTITIONS; i++) {
                partitions[i] = new Partition(file(folder, i));
            }
        } catch (IOException e) {
            throw shortage("cannot be created", e);
        }
    }

    /**
     * Appends rows — fingerprint, position (−1 when unknown) and line — from any thread: sorted by
     * partition first, so each partition is locked once.
     */
    void append(long[] fingerprints, long[] positions, long[] lines, int count) {
        int[] starts = new int[PARTITIONS + 1];
        for (int i = 0; i < count; i++) {
            starts[partition(fingerprints[i]) + 1]++;
        }
        for (int p = 0; p < PARTITIONS; p++) {
            starts[p + 1] += starts[p];
        }
        long[] sorted = new long[count * RECORD];
        int[] next = starts.clone();
        for (int i = 0; i < count; i++) {
            int at = next[partition(fingerprints[i])]++ * RECORD;
            sorted[at] = fingerprints[i];
            sorted[at + 1] = positions[i];
            sorted[at + 2] = lines[i];
        }
        for (int p = 0; p < PARTITIONS; p++) {
            if (starts[p] < starts[p + 1]) {
                partitions[p].append(sorted, starts[p] * RECORD, starts[p + 1] * RECORD);
            }
        }
    }

    /** The file of partition {@code partition} in {@code folder}. */
    static Path file(Path folder, int partition) {
        return folder.resolve(FILE_NAMES[partition]);
    }

    /** Writes out what is buffered and closes the files, which stay for another process to read (D93). */
    void finishWriting() {
        for (Partition partition : partitions) {
            partition.close();
        }
    }

    /** Bytes written so far. */
    long bytes() {
        long bytes = 0;
        for (Partition partition : partitions) {
            bytes += partition.bytes();
        }
        return bytes;
    }

    /**
     * The fingerprints appended more than once and, with {@code rows}, every row of theirs. The partitions
     * are read by {@code threads} of the {@code workers}, with tables of at most {@code memoryBudget}
     * bytes together.
     */
    Repeats repeats(long memoryBudget, Executor workers, int threads, boolean rows) {
        finishWriting();
        long perThread = Math.max(memoryBudget / threads, 1024);
        AtomicInteger nextPartition = new AtomicInteger();
        List<CompletableFuture<Repeats>> found = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            found.add(CompletableFuture.supplyAsync(() -> {
                Repeats repeats = new Repeats();
                LongTable table = new LongTable(0);
                for (int p = nextPartition.getAndIncrement(); p < PARTITIONS; p = nextPartition.getAndIncrement()) {
                    table = partitions[p].repeats(perThread, table, repeats, rows);
                }
                return repeats;
            }, workers));
        }
        Repeats all = new Repeats();
        for (CompletableFuture<Repeats> thread : found) {
            try {
                all.add(thread.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return all;
    }

    /**
     * Repeated fingerprints (once for each time they came again) and the rows that have them: position
     * and line, side by side.
     */
    static final class Repeats {
        final LongList fingerprints = new LongList();
        final LongList positions = new LongList();
        final LongList lines = new LongList();

        private void add(Repeats other) {
            fingerprints.addAll(other.fingerprints);
            positions.addAll(other.positions);
            lines.addAll(other.lines);
        }
    }

    /** Removes what a run killed while spilling left in {@code folder}: the intake starts again from its first row. */
    static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the partitions' files, their folder, and its parent when nothing else is in it. */
    void delete() {
        try {
            for (Partition partition : partitions) {
                partition.channel.close();
                Files.deleteIfExists(partition.file);
            }
            Files.deleteIfExists(folder);
            if (folder.getParent() != null) {
                Files.deleteIfExists(folder.getParent());
            }
        } catch (DirectoryNotEmptyException e) {
            // the parent holds another run's spill
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int partition(long fingerprint) {
        return (int) (fingerprint >>> (64 - PARTITION_BITS));
    }

    private ResourceShortageException shortage(String what, IOException e) {
        return new ResourceShortageException("The duplicate check's spill folder " + folder + " " + what + " ("
                + e.getMessage() + "): " + remedy, e);
    }

    private final class Partition {
        private final Path file;
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private long written;
        private boolean closed;

        Partition(Path file) throws IOException {
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        }

        synchronized void append(long[] records, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!buffer.hasRemaining()) {
                    flush();
                }
                buffer.putLong(records[i]);
            }
        }

        synchronized long bytes() {
            return written + buffer.position();
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            flush();
            closed = true;
            try {
                channel.close();
            } catch (IOException e) {
                throw shortage("cannot be written", e);
            }
        }

        private void flush() {
            buffer.flip();
            try {
                while (buffer.hasRemaining()) {
                    written += channel.write(buffer);
                }
            } catch (IOException e) {
                throw shortage("cannot be written", e);
            }
            buffer.clear();
        }

        /**
         * The repeats of this partition, in as many passes as the memory allows, and with {@code rows}
         * their rows, in one more; {@code table} is reused when large enough, and the table used is
         * returned for the next partition.
         */
        LongTable repeats(long memoryBudget, LongTable table, Repeats repeats, boolean rows) {
            long count = written / (RECORD * Long.BYTES);
            long perPass = Math.max(memoryBudget / LongTable.BYTES_PER_KEY, 1);
            int passes = (int) Math.min(Integer.MAX_VALUE, (count + perPass - 1) / perPass);
            LongTable keys = table;
            int first = repeats.fingerprints.size;
            for (int pass = 0; pass < passes; pass++) {
                keys = keys.emptiedFor(passes == 1 ? count : perPass);
                LongTable into = keys;
                int share = pass;
                read((fingerprint, position, line) -> {
                    if ((passes == 1 || Math.floorMod(fingerprint >>> 16, passes) == share) && !into.add(fingerprint)) {
                        repeats.fingerprints.add(fingerprint);
                    }
                });
            }
            int found = repeats.fingerprints.size - first;
            if (rows && found > 0) {
                LongTable repeated = new LongTable(found);
                for (int i = first; i < repeats.fingerprints.size; i++) {
                    repeated.add(repeats.fingerprints.values[i]);
                }
                read((fingerprint, position, line) -> {
                    if (repeated.contains(fingerprint)) {
                        repeats.positions.add(position);
                        repeats.lines.add(line);
                    }
                });
            }
            return keys;
        }

        private void read(RowConsumer rows) {
            ByteBuffer in = ByteBuffer.allocate(READ_BUFFER);
            try (FileChannel reading = FileChannel.open(file, StandardOpenOption.READ)) {
                while (reading.read(in) >= 0) {
                    in.flip();
                    while (in.remaining() >= RECORD * Long.BYTES) {
                        rows.accept(in.getLong(), in.getLong(), in.getLong());
                    }
                    in.compact();
                }
                if (in.position() > 0) {
                    throw new IOException("it ends within a row");
                }
            } catch (IOException e) {
                throw shortage("cannot be read", e);
            }
        }
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(long fingerprint, long position, long line);
    }

    /** A growable array of longs. */
    static final class LongList {
        long[] values = new long[64];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }
    }

    /** An open-addressing set of longs for one thread, sized for its keys up front, at most half full. */
    static final class LongTable {
        /** Bytes a key takes at most: 8 a slot, at least 2 slots a key, up to twice that after rounding. */
        static final int BYTES_PER_KEY = 32;
        private final long[] slots;
        private final int mask;
        private boolean zero;

        LongTable(long keys) {
            slots = new long[slotsFor(keys)];
            mask = slots.length - 1;
        }

        /** Slots for {@code keys} at most half full: a power of two, 16 at least and 2³⁰ at most. */
        static int slotsFor(long keys) {
            long capacity = 16;
            while (capacity < keys * 2 && capacity < (1 << 30)) {
                capacity <<= 1;
            }
            return (int) capacity;
        }

        /** This table emptied, when it can hold {@code keys} at most half full; else a new one that can. */
        LongTable emptiedFor(long keys) {
            if (keys * 2 > slots.length) {
                return new LongTable(keys);
            }
            Arrays.fill(slots, 0);
            zero = false;
            return this;
        }

        boolean contains(long key) {
            if (key == 0) {
                return zero;
            }
            for (int i = home(key, mask);; i = (i + 1) & mask) {
                long slot = slots[i];
                if (slot == 0) {
                    return false;
                }
                if (slot == key) {
                    return true;
                }
            }
        }

        /** The slot a key's probe starts at in a table of {@code mask + 1} slots, its bits mixed first. */
        static int home(long key, int mask) {
            long x = key * 0x9E3779B97F4A7C15L;
            return (int) (x ^ (x >>> 29)) & mask;
        }

        /** Adds the key; false when it was there already. */
        boolean add(long key) {
            if (key == 0) {
                boolean first = !zero;
                zero = true;
                return first;
            }
            for (int i = home(key, mask);; i = (i + 1) & mask) {
                long slot = slots[i];
                if (slot == 0) {
                    slots[i] = key;
                    return true;
                }
                if (slot == key) {
                    return false;
                }
            }
        }
    }
}
