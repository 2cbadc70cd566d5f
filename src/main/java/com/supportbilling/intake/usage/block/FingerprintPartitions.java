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
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Line item fingerprints spilled to disk as {@value #PARTITIONS} hash partitions (D80): a fingerprint
 * goes to the file of its top bits, from any thread, 8 bytes each. Once everything is written, each
 * partition is read back into a table of its own — small, so it stays near the cache — and every
 * fingerprint found twice is a repeat. A partition larger than the memory budget is read in several
 * passes, each taking a share of its fingerprints, so the memory stays within the budget whatever the
 * size of the month.
 */
final class FingerprintPartitions {

    static final int PARTITIONS = 256;
    private static final int PARTITION_BITS = 8;
    private static final int BUFFER = 16 * 1024;
    private static final int READ_BUFFER = 256 * 1024;

    private final Path folder;
    private final String remedy;
    private final Partition[] partitions = new Partition[PARTITIONS];

    FingerprintPartitions(Path folder, String remedy) {
        this.folder = folder;
        this.remedy = remedy;
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < PARTITIONS; i++) {
                partitions[i] = new Partition(folder.resolve(String.format("fingerprints-%03d.bin", i)));
            }
        } catch (IOException e) {
            throw shortage("cannot be created", e);
        }
    }

    /** Appends fingerprints, from any thread: sorted by partition first, so each partition is locked once. */
    void append(long[] fingerprints, int count) {
        int[] starts = new int[PARTITIONS + 1];
        for (int i = 0; i < count; i++) {
            starts[partition(fingerprints[i]) + 1]++;
        }
        for (int p = 0; p < PARTITIONS; p++) {
            starts[p + 1] += starts[p];
        }
        long[] sorted = new long[count];
        int[] next = starts.clone();
        for (int i = 0; i < count; i++) {
            long fingerprint = fingerprints[i];
            sorted[next[partition(fingerprint)]++] = fingerprint;
        }
        for (int p = 0; p < PARTITIONS; p++) {
            if (starts[p] < starts[p + 1]) {
                partitions[p].append(sorted, starts[p], starts[p + 1]);
            }
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
     * Every fingerprint appended more than once goes to {@code repeats} (once per extra time), on the
     * caller's thread. The partitions are read by {@code workers}, two tables of at most
     * {@code memoryBudget} bytes together.
     */
    void repeats(long memoryBudget, Executor workers, int threads, LongConsumer repeats) {
        for (Partition partition : partitions) {
            partition.close();
        }
        long perThread = Math.max(memoryBudget / threads, 1024);
        AtomicInteger nextPartition = new AtomicInteger();
        List<CompletableFuture<LongList>> found = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            found.add(CompletableFuture.supplyAsync(() -> {
                LongList repeated = new LongList();
                LongTable table = new LongTable(0);
                for (int p = nextPartition.getAndIncrement(); p < PARTITIONS; p = nextPartition.getAndIncrement()) {
                    table = partitions[p].repeats(perThread, table, repeated);
                }
                return repeated;
            }, workers));
        }
        for (CompletableFuture<LongList> thread : found) {
            LongList repeated;
            try {
                repeated = thread.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
            for (int i = 0; i < repeated.size; i++) {
                repeats.accept(repeated.values[i]);
            }
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

        synchronized void append(long[] fingerprints, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!buffer.hasRemaining()) {
                    flush();
                }
                buffer.putLong(fingerprints[i]);
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
         * The repeats of this partition, in as many passes as the memory allows; {@code table} is reused
         * when large enough, and the table used is returned for the next partition.
         */
        LongTable repeats(long memoryBudget, LongTable table, LongList repeated) {
            long count = written / Long.BYTES;
            long perPass = Math.max(memoryBudget / LongTable.BYTES_PER_KEY, 1);
            int passes = (int) Math.min(Integer.MAX_VALUE, (count + perPass - 1) / perPass);
            LongTable keys = table;
            for (int pass = 0; pass < passes; pass++) {
                keys = keys.emptiedFor(passes == 1 ? count : perPass);
                LongTable into = keys;
                int share = pass;
                read(fingerprint -> {
                    if ((passes == 1 || Math.floorMod(fingerprint >>> 16, passes) == share) && !into.add(fingerprint)) {
                        repeated.add(fingerprint);
                    }
                });
            }
            return keys;
        }

        private void read(LongConsumer fingerprints) {
            ByteBuffer in = ByteBuffer.allocate(READ_BUFFER);
            try (FileChannel reading = FileChannel.open(file, StandardOpenOption.READ)) {
                while (reading.read(in) >= 0) {
                    in.flip();
                    while (in.remaining() >= Long.BYTES) {
                        fingerprints.accept(in.getLong());
                    }
                    in.compact();
                }
                if (in.position() > 0) {
                    throw new IOException("it ends within a fingerprint");
                }
            } catch (IOException e) {
                throw shortage("cannot be read", e);
            }
        }
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
    }

    /** An open-addressing set of longs for one thread, at most half full. */
    static final class LongTable {
        /** Bytes a key takes at most: 8 a slot, at least 2 slots a key, up to twice that after rounding. */
        static final int BYTES_PER_KEY = 32;
        private final long[] slots;
        private final int mask;
        private boolean zero;

        LongTable(long keys) {
            long capacity = 16;
            while (capacity < keys * 2 && capacity < (1 << 30)) {
                capacity <<= 1;
            }
            slots = new long[(int) capacity];
            mask = slots.length - 1;
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

        /** Adds the key; false when it was there already. */
        boolean add(long key) {
            if (key == 0) {
                boolean first = !zero;
                zero = true;
                return first;
            }
            long x = key * 0x9E3779B97F4A7C15L;
            for (int i = (int) (x ^ (x >>> 29)) & mask;; i = (i + 1) & mask) {
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
