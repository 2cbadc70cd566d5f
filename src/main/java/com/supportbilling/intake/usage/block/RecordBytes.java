package com.supportbilling.intake.usage.block;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next byte that matters to framing a CSV record — a line feed, a carriage return, a quote,
 * or a byte beyond ASCII — eight bytes at a time: the bytes of a usage line are mostly letters, digits,
 * commas and points, and the readers of every block (the framer, the walk over its lines) would
 * otherwise look at each of them in turn.
 */
final class RecordBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LF = ONES * '\n';
    private static final long CR = ONES * '\r';
    private static final long QUOTE = ONES * '"';

    private RecordBytes() {
    }

    /** The index of the first line feed, carriage return, quote or non-ASCII byte in {@code b[from, to)}, or {@code to}. */
    static int nextSpecial(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long found = zeroBytes(word ^ LF) | zeroBytes(word ^ CR) | zeroBytes(word ^ QUOTE) | (word & HIGH);
            if (found != 0) {
                // the lowest flag is exact: a false one can only follow a true one within the word
                return i + firstFlagged(found);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r' || c == '"' || c < 0) {
                return i;
            }
        }
        return to;
    }

    /**
     * Which byte holds the lowest flag of {@code flags} (flags are high bits of bytes): its bit alone, moved to
     * the bottom of that byte, multiplied into the top byte. {@code Long.numberOfTrailingZeros} would do, but the
     * quick compiler, which bills most months (D142), calls it as Java code rather than as one instruction.
     */
    static int firstFlagged(long flags) {
        return (int) ((((flags & -flags) >>> 7) * 0x0001020304050607L) >>> 56);
    }

    /** The high bit of each byte of {@code x} that is zero, and maybe of bytes above the first one. */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGH;
    }
}
