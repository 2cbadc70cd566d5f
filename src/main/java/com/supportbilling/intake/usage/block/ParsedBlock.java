package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageOutcome;
import java.util.Arrays;

/**
 * A block's rows after validation, in file order, waiting for the duplicate check that needs every
 * row before them. A row read on the fast path is a few numbers — fingerprint, account, amount, why it
 * is left out of the base — and where its text lies in the block; any other row is its outcome.
 */
public final class ParsedBlock {

    /** The base cause of a row that counts toward its account's fee base. */
    static final byte IN_BASE = -1;

    final UsageBlock block;
    int rows;
    long[] fingerprint = new long[256];
    int[] account = new int[256];
    long[] units = new long[256];
    byte[] scale = new byte[256];
    byte[] cause = new byte[256];
    long[] lineNumber = new long[256];
    int[] start = new int[256];
    int[] end = new int[256];
    UsageOutcome[] slow = new UsageOutcome[256];

    ParsedBlock(UsageBlock block) {
        this.block = block;
    }

    public UsageBlock block() {
        return block;
    }

    public int rows() {
        return rows;
    }

    /** A row read on the fast path, its amount in units of 10⁻¹⁰: accepted but for the duplicate check. */
    void fast(long fingerprint, int account, long units, int scale, byte cause, long lineNumber, int start, int end) {
        int i = next();
        this.fingerprint[i] = fingerprint;
        this.account[i] = account;
        this.units[i] = units;
        this.scale[i] = (byte) scale;
        this.cause[i] = cause;
        this.lineNumber[i] = lineNumber;
        this.start[i] = start;
        this.end[i] = end;
    }

    /** A row the general reader and validator handled: rejected, or accepted with its fingerprint and cause. */
    void slow(UsageOutcome outcome, long fingerprint, int account, byte cause) {
        int i = next();
        this.slow[i] = outcome;
        this.fingerprint[i] = fingerprint;
        this.account[i] = account;
        this.cause[i] = cause;
    }

    private int next() {
        if (rows == fingerprint.length) {
            int capacity = rows * 2;
            fingerprint = Arrays.copyOf(fingerprint, capacity);
            account = Arrays.copyOf(account, capacity);
            units = Arrays.copyOf(units, capacity);
            scale = Arrays.copyOf(scale, capacity);
            cause = Arrays.copyOf(cause, capacity);
            lineNumber = Arrays.copyOf(lineNumber, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            slow = Arrays.copyOf(slow, capacity);
        }
        return rows++;
    }
}
