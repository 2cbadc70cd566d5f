package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** RecordBytes finds the same byte a plain loop finds, wherever it lies in its word. */
class RecordBytesTest {

    @Test
    void findsEachKindOfByteAtEveryPosition() {
        byte[] special = {'\n', '\r', '"', (byte) 0xC3, (byte) 0x80, (byte) 0xFF};
        for (byte target : special) {
            for (int at = 0; at < 20; at++) {
                byte[] line = "a1,012345678901,2026-03-05,AmazonEC2,USAGE,12.5,USD".getBytes();
                line[at] = target;
                assertThat(RecordBytes.nextSpecial(line, 0, line.length)).isEqualTo(at);
                assertThat(RecordBytes.nextSpecial(line, at + 1, line.length)).isEqualTo(line.length);
            }
        }
        byte[] nearMisses = {' ', '!', '#', '\t', '\u000B', '\u000C', '\u000E', 0x7F, 0x01, 0x00, 0x0B, 0x23, 0x21};
        assertThat(RecordBytes.nextSpecial(nearMisses, 0, nearMisses.length)).isEqualTo(nearMisses.length);
    }

    @Test
    void findsTheByteOfTheLowestFlagAsCountingTrailingZerosDoes() {
        for (int at = 0; at < Long.BYTES; at++) {
            assertThat(RecordBytes.firstFlagged(0x80L << (8 * at))).isEqualTo(at);
            assertThat(RecordBytes.firstFlagged(0x8080808080808080L << (8 * at))).isEqualTo(at);
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long flags = random.nextLong() & 0x8080808080808080L;
            if (flags != 0) {
                assertThat(RecordBytes.firstFlagged(flags)).isEqualTo(Long.numberOfTrailingZeros(flags) >>> 3);
            }
        }
    }

    @RepeatedTest(50)
    void agreesWithAPlainLoopOnRandomBytes() {
        Random random = new Random();
        byte[] bytes = new byte[1 + random.nextInt(300)];
        for (int i = 0; i < bytes.length; i++) {
            int kind = random.nextInt(40);
            bytes[i] = kind == 0 ? (byte) '\n' : kind == 1 ? (byte) '\r' : kind == 2 ? (byte) '"'
                    : kind == 3 ? (byte) random.nextInt(256) : (byte) (0x20 + random.nextInt(0x5F));
        }
        for (int from = 0; from < bytes.length; from += 1 + random.nextInt(5)) {
            int to = from + random.nextInt(bytes.length - from + 1);
            assertThat(RecordBytes.nextSpecial(bytes, from, to)).isEqualTo(plain(bytes, from, to));
        }
    }

    private static int plain(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r' || b[i] == '"' || b[i] < 0) {
                return i;
            }
        }
        return to;
    }
}
