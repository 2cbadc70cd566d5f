package com.supportbilling.intake.usage.block;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Watches the line item ids of one intake for repeats (R10), from the threads that parse blocks at
 * once. Every valid row's fingerprint is added as it is parsed; a fingerprint added twice is marked
 * contested. The rows are then taken in file order, and a row whose fingerprint is contested by then
 * is a suspect. This is exact because a block is taken only after it and every block before it were
 * parsed: if any earlier row has the same fingerprint, both were added, so the later one is a
 * suspect. The first one may be taken as plain. Suspects are settled once everything has been read.
 * The contested marks live in a small Bloom filter that stays in the cache; a false mark only makes
 * one more suspect.
 */
public final class DuplicateWatch {

    /** 256 KB of marks: within the cache, and an ordinary object to the garbage collector. */
    private static final int BITS = 1 << 21;

    private final long expectedIds;
    private final AtomicLongArray contested = new AtomicLongArray(BITS / 64);
    private volatile Fingerprints seen;

    DuplicateWatch(long expectedIds) {
        this.expectedIds = expectedIds;
    }

    /** Adds a valid row's fingerprint, from any thread. */
    void add(long fingerprint) {
        if (!seen().add(fingerprint)) {
            mark(bit(fingerprint));
            mark(bit(Long.rotateLeft(fingerprint, 32)));
        }
    }

    /** Whether a row of this fingerprint may have had an equal one before it: then it is a suspect. */
    boolean isContested(long fingerprint) {
        return isMarked(bit(fingerprint)) && isMarked(bit(Long.rotateLeft(fingerprint, 32)));
    }

    private Fingerprints seen() {
        Fingerprints table = seen;
        if (table == null) {
            synchronized (this) {
                if (seen == null) {
                    seen = new Fingerprints(expectedIds);
                }
                table = seen;
            }
        }
        return table;
    }

    private void mark(int bit) {
        long mask = 1L << (bit & 63);
        int word = bit >>> 6;
        long value;
        do {
            value = contested.get(word);
        } while ((value & mask) == 0 && !contested.compareAndSet(word, value, value | mask));
    }

    private boolean isMarked(int bit) {
        return (contested.get(bit >>> 6) & (1L << (bit & 63))) != 0;
    }

    private static int bit(long fingerprint) {
        long x = fingerprint * 0xBF58476D1CE4E5B9L;
        return (int) (x >>> 43);
    }
}
