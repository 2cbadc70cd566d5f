package com.supportbilling.intake.usage.block;

import java.util.Arrays;

/**
 * The fingerprints of one bucket for one thread, each with the ordinal of the row it first came in, so that
 * the rows of the repeats are found in one reading of the bucket (D156): a repeat's own row is at hand when it
 * comes, and its first row is where the ordinal says. Open addressing as {@code FingerprintPartitions.LongTable}
 * (its sizing and its probe's start), sized up front and emptied for the next bucket.
 */
final class FirstOccurrences {

    /** {@link #add}: the fingerprint is new. */
    static final int NEW = -1;
    /** {@link #add}: the fingerprint came twice or more before, and its first row's ordinal was given then. */
    static final int GIVEN = -2;

    private final long[] keys;
    private final int[] firsts;
    private final int mask;
    private int zeroFirst = NEW;

    FirstOccurrences(long keys) {
        int slots = FingerprintPartitions.LongTable.slotsFor(keys);
        this.keys = new long[slots];
        this.firsts = new int[slots];
        this.mask = slots - 1;
    }

    /** This table emptied, when it can hold {@code keys} at most half full; else a new one that can. */
    FirstOccurrences emptiedFor(long keys) {
        if (keys * 2 > this.keys.length) {
            return new FirstOccurrences(keys);
        }
        Arrays.fill(this.keys, 0);
        zeroFirst = NEW;
        return this;
    }

    /**
     * Adds the fingerprint of row {@code ordinal}: {@link #NEW} when it is new; when it came once before, the
     * ordinal of that first row, which is given only this once; {@link #GIVEN} after that.
     */
    int add(long key, int ordinal) {
        if (key == 0) {
            int first = zeroFirst;
            zeroFirst = first == NEW ? ordinal : GIVEN;
            return first;
        }
        for (int i = FingerprintPartitions.LongTable.home(key, mask);; i = (i + 1) & mask) {
            long slot = keys[i];
            if (slot == 0) {
                keys[i] = key;
                firsts[i] = ordinal;
                return NEW;
            }
            if (slot == key) {
                int first = firsts[i];
                firsts[i] = GIVEN;
                return first;
            }
        }
    }
}
