package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D156: a bucket's fingerprints each remember the row they first came in; the second time one comes, that row
 * is given, and only then.
 */
class FirstOccurrencesTest {

    @ParameterizedTest
    @ValueSource(longs = {0L, 1L, -1L, Long.MIN_VALUE, 0x9E3779B97F4A7C15L})
    void aFingerprintIsNewThenGivesItsFirstRowOnceThenIsGiven(long fingerprint) {
        FirstOccurrences table = new FirstOccurrences(4);
        assertThat(table.add(fingerprint, 7)).isEqualTo(FirstOccurrences.NEW);
        assertThat(table.add(fingerprint, 9)).isEqualTo(7);
        assertThat(table.add(fingerprint, 12)).isEqualTo(FirstOccurrences.GIVEN);
        assertThat(table.add(fingerprint, 13)).isEqualTo(FirstOccurrences.GIVEN);
    }

    @Test
    void theFirstRowOfOrdinalZeroIsGivenAsZero() {
        FirstOccurrences table = new FirstOccurrences(1);
        table.add(42L, 0);
        assertThat(table.add(42L, 1)).isZero();
    }

    /** Many fingerprints, each coming one to three times: every answer is the one a map of first rows gives. */
    @Test
    void aFullTableAnswersAsAMapOfFirstRows() {
        int keys = 50_000;
        FirstOccurrences table = new FirstOccurrences(keys);
        Map<Long, Integer> firsts = new HashMap<>();
        Map<Long, Integer> times = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        long[] fingerprints = random.longs(keys / 2).toArray();
        for (int ordinal = 0; ordinal < keys; ordinal++) {
            long fingerprint = fingerprints[random.nextInt(fingerprints.length)];
            int seen = times.merge(fingerprint, 1, Integer::sum);
            int expected = seen == 1 ? FirstOccurrences.NEW : seen == 2 ? firsts.get(fingerprint) : FirstOccurrences.GIVEN;
            firsts.putIfAbsent(fingerprint, ordinal);
            assertThat(table.add(fingerprint, ordinal)).as("row %d", ordinal).isEqualTo(expected);
        }
    }

    @Test
    void anEmptiedTableForgetsWhatItHeldAndGrowsWhenTooSmall() {
        FirstOccurrences table = new FirstOccurrences(8);
        table.add(0L, 1);
        table.add(5L, 2);
        FirstOccurrences emptied = table.emptiedFor(8);
        assertThat(emptied).isSameAs(table);
        assertThat(emptied.add(0L, 3)).isEqualTo(FirstOccurrences.NEW);
        assertThat(emptied.add(5L, 4)).isEqualTo(FirstOccurrences.NEW);
        assertThat(table.emptiedFor(1_000)).isNotSameAs(table);
    }
}
