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
    long[] fingerprint;
    int[] account;
    long[] units;
    byte[] scale;
    byte[] cause;
    long[] lineNumber;
    int[] start;
    int[] end;
    UsageOutcome[] slow;

    /**
     * Room for the block's rows, so that it rarely grows: one per record already split, else one per
     * native line of about 64 bytes.
     */
    ParsedBlock(UsageBlock block) {
        this.block = block;
        int capacity = Math.max(16, block.records() != null ? block.records().size() : block.length() / 56);
        fingerprint = new long[capacity];
        account = new int[capacity];
        units = new long[capacity];
        scale = new byte[capacity];
        cause = new byte[capacity];
        lineNumber = new long[capacity];
        start = new int[capacity];
        end = new int[capacity];
        slow = new UsageOutcome[capacity];
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

    /**
     * A row the general reader and validator handled: rejected, or accepted with its fingerprint and
     * cause. Where its record starts is unknown until {@link #startAt} says so.
     */
    void slow(UsageOutcome outcome, long fingerprint, int account, byte cause) {
        int i = next();
        this.slow[i] = outcome;
        this.fingerprint[i] = fingerprint;
        this.account[i] = account;
        this.cause[i] = cause;
        this.start[i] = -1;
    }

    /** The last row's record starts at {@code from} in the block: it was read alone by the general reader. */
    void startAt(int from) {
        if (rows > 0 && slow[rows - 1] != null && start[rows - 1] < 0) {
            start[rows - 1] = from;
        }
    }

    /**
     * Where row {@code i}'s record lies, for reading it again (D80): the file's index in the top 16
     * bits, its offset in the file below; −1 when unknown.
     */
    long position(int i) {
        if (block.offset() < 0 || start[i] < 0 || block.fileIndex() >= 1 << 15 || block.offset() >= 1L << 48) {
            return -1;
        }
        return (long) block.fileIndex() << 48 | (block.offset() + start[i]);
    }

    /** The physical line row {@code i} starts on. */
    long line(int i) {
        return slow[i] instanceof UsageOutcome.Accepted accepted ? accepted.lineNumber() : lineNumber[i];
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
