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
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
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

    /** The high bit of each byte of {@code x} that is zero, and maybe of bytes above the first one. */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGH;
    }
}
