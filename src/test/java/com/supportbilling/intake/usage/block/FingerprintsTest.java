package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table of line item fingerprints: a set of longs that grows, zero included. */
class FingerprintsTest {

    @Test
    void addsOnceAndGrowsPastItsExpectedSize() {
        Fingerprints table = new Fingerprints(10);
        Set<Long> reference = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long value = random.nextInt(60_000) - 30_000L;
            assertThat(table.add(value)).isEqualTo(reference.add(value));
        }
        assertThat(table.size()).isEqualTo((long) reference.size());
        for (long value = -31_000; value < 31_000; value++) {
            assertThat(table.contains(value)).isEqualTo(reference.contains(value));
        }
    }

    @Test
    void theFingerprintOfAnIdIsThatOfItsUtf8Bytes() {
        byte[] line = "x,li-0001,y".getBytes();
        assertThat(Fingerprints.of(line, 2, 9)).isEqualTo(Fingerprints.of("li-0001"));
        assertThat(Fingerprints.of("li-0001")).isNotEqualTo(Fingerprints.of("li-0002"));
        assertThat(Fingerprints.of("")).isEqualTo(Fingerprints.of(new byte[0], 0, 0));
    }
}
