package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /** Repeats within one batch, across batches, and zero, in batches that are not a multiple of the read-ahead. */
    @Test
    void addingInBatchesFindsTheSameRepeatsInTheSameOrder() {
        Fingerprints batched = new Fingerprints(10);
        Fingerprints single = new Fingerprints(10);
        List<Long> batchedRepeats = new ArrayList<>();
        List<Long> singleRepeats = new ArrayList<>();
        Random random = new Random(11);
        for (int batch = 0; batch < 2_000; batch++) {
            long[] values = new long[1 + random.nextInt(40)];
            int count = 1 + random.nextInt(values.length);
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(20_000) - 10_000L;
            }
            values[0] = batch % 50 == 0 ? 0 : values[0]; // the empty slot's own value, kept apart
            batched.addAll(values, count, batchedRepeats::add);
            for (int i = 0; i < count; i++) {
                if (!single.add(values[i])) {
                    singleRepeats.add(values[i]);
                }
            }
        }
        assertThat(batchedRepeats).isNotEmpty().contains(0L).isEqualTo(singleRepeats);
        assertThat(batched.size()).isEqualTo(single.size());
    }

    @Test
    void theFingerprintOfAnIdIsThatOfItsUtf8Bytes() {
        byte[] line = "x,li-0001,y".getBytes();
        assertThat(Fingerprints.of(line, 2, 9)).isEqualTo(Fingerprints.of("li-0001"));
        assertThat(Fingerprints.of("li-0001")).isNotEqualTo(Fingerprints.of("li-0002"));
        assertThat(Fingerprints.of("")).isEqualTo(Fingerprints.of(new byte[0], 0, 0));
    }
}
