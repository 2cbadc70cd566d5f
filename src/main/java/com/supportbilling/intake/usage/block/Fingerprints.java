package com.supportbilling.intake.usage.block;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The line item ids seen so far, as 64-bit fingerprints in open-addressing tables: 8 bytes an id
 * instead of a String in a HashSet (about 90), so 20 million ids fit in a 512 MB heap. The table is
 * cut in {@value #SEGMENTS} segments that grow one at a time, so growing never holds two copies of it,
 * and that stay small enough (256 KB up to 100 million ids) for the garbage collector to place them
 * as ordinary objects rather than humongous ones, which would waste half their regions. Threads may
 * add at once: each segment has its own lock.
 * Two different ids may share a fingerprint, so a repeat only makes a row a suspect; suspects are
 * settled exactly once the files have been read ({@link SuspectResolver}).
 */
final class Fingerprints {

    static final int SEGMENTS = 4096;
    private static final long EMPTY = 0;
    private static final double MAX_LOAD = 0.75;
    /** Fingerprints whose slots {@link #addAll} reads ahead: cache misses the processor can wait for at once. */
    private static final int AHEAD = 16;

    private final long[][] segments = new long[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private final Object[] locks = new Object[SEGMENTS];
    private boolean zero;
    /** What {@link #addAll} read ahead, kept so that no compiler drops the reads. */
    @SuppressWarnings("unused")
    private long readAhead;

    Fingerprints(long expected) {
        int capacity = powerOfTwoAtLeast((long) (expected / (double) SEGMENTS / MAX_LOAD));
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new long[capacity];
            locks[i] = new Object();
        }
    }

    /** Adds the fingerprint; false when it was there already. */
    boolean add(long fingerprint) {
        if (fingerprint == EMPTY) {
            synchronized (this) {
                boolean first = !zero;
                zero = true;
                return first;
            }
        }
        long mixed = mix(fingerprint);
        int segment = (int) (mixed >>> 52);
        synchronized (locks[segment]) {
            if (!insert(segments[segment], fingerprint, mixed)) {
                return false;
            }
            if (++sizes[segment] > segments[segment].length * MAX_LOAD) {
                grow(segment);
            }
            return true;
        }
    }

    /**
     * Adds the first {@code count} fingerprints, handing those that were there already to {@code repeats}. The
     * table is far larger than the processor's caches, so each add waits for memory: the slots of a few
     * fingerprints are read ahead first, so that the processor waits for their cache misses at once instead
     * of one after the other.
     */
    void addAll(long[] fingerprints, int count, LongConsumer repeats) {
        long touched = 0;
        for (int start = 0; start < count; start += AHEAD) {
            int end = Math.min(count, start + AHEAD);
            for (int i = start; i < end; i++) {
                long mixed = mix(fingerprints[i]);
                long[] slots = segments[(int) (mixed >>> 52)]; // a segment growing meanwhile only makes this read useless
                touched += slots[(int) mixed & (slots.length - 1)];
            }
            for (int i = start; i < end; i++) {
                if (!add(fingerprints[i])) {
                    repeats.accept(fingerprints[i]);
                }
            }
        }
        readAhead = touched;
    }

    /** Whether the fingerprint was added; for a table no thread adds to any more. */
    boolean contains(long fingerprint) {
        if (fingerprint == EMPTY) {
            return zero;
        }
        long mixed = mix(fingerprint);
        long[] slots = segments[(int) (mixed >>> 52)];
        int mask = slots.length - 1;
        for (int i = (int) mixed & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == fingerprint) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hands every fingerprint over to {@code partitions}, without the rows' positions (the table has
     * none); for a table no thread adds to any more.
     */
    void drainTo(FingerprintPartitions partitions) {
        if (zero) {
            partitions.append(new long[] {EMPTY}, new long[] {-1}, new long[] {0}, 1);
        }
        for (long[] slots : segments) {
            long[] keys = new long[slots.length];
            int count = 0;
            for (long key : slots) {
                if (key != EMPTY) {
                    keys[count++] = key;
                }
            }
            long[] unknown = new long[count];
            Arrays.fill(unknown, -1);
            partitions.append(keys, unknown, new long[count], count);
        }
    }

    synchronized long size() {
        long size = zero ? 1 : 0;
        for (int i = 0; i < SEGMENTS; i++) {
            synchronized (locks[i]) {
                size += sizes[i];
            }
        }
        return size;
    }

    private static boolean insert(long[] slots, long key, long mixed) {
        int mask = slots.length - 1;
        int i = (int) mixed & mask;
        while (true) {
            long slot = slots[i];
            if (slot == EMPTY) {
                slots[i] = key;
                return true;
            }
            if (slot == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow(int segment) {
        long[] old = segments[segment];
        long[] slots = new long[old.length << 1];
        for (long key : old) {
            if (key != EMPTY) {
                insert(slots, key, mix(key));
            }
        }
        segments[segment] = slots;
    }

    private static int powerOfTwoAtLeast(long n) {
        long capacity = 16;
        while (capacity < n && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        return (int) capacity;
    }

    /** The fingerprint of an id: a 64-bit hash of its UTF-8 bytes (MurmurHash64A). */
    static long of(byte[] bytes, int from, int to) {
        final long m = 0xc6a4a7935bd1e995L;
        final int r = 47;
        int length = to - from;
        long h = 0x9747b28c9747b28cL ^ (length * m);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long k = (bytes[i] & 0xffL) | (bytes[i + 1] & 0xffL) << 8 | (bytes[i + 2] & 0xffL) << 16
                    | (bytes[i + 3] & 0xffL) << 24 | (bytes[i + 4] & 0xffL) << 32 | (bytes[i + 5] & 0xffL) << 40
                    | (bytes[i + 6] & 0xffL) << 48 | (bytes[i + 7] & 0xffL) << 56;
            k *= m;
            k ^= k >>> r;
            k *= m;
            h ^= k;
            h *= m;
        }
        int left = to - i;
        if (left > 0) {
            long k = 0;
            for (int j = left - 1; j >= 0; j--) {
                k = (k << 8) | (bytes[i + j] & 0xffL);
            }
            h ^= k;
            h *= m;
        }
        h ^= h >>> r;
        h *= m;
        h ^= h >>> r;
        return h;
    }

    static long of(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return of(bytes, 0, bytes.length);
    }

    /** Spreads a fingerprint over segments (high bits) and slots (low bits). */
    private static long mix(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}
