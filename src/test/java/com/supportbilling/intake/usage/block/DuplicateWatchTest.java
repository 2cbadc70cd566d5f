package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.resources.ResourceShortageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check finds the same repeated fingerprints in memory and spilled to disk — read back in
 * one pass per partition, or in several when a partition is larger than the budget — and removes its
 * spill; a spill folder it cannot use is a shortage of resources, in a sentence naming it (D80).
 */
class DuplicateWatchTest extends IntakeFixture {

    @Test
    void findsTheSameRepeatsInMemoryAndSpilledWhateverTheBudget() throws IOException {
        Random random = new Random(47);
        long[] fingerprints = new long[200_000];
        Set<Long> seen = new HashSet<>();
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < fingerprints.length; i++) {
            long fingerprint = i > 0 && random.nextInt(50) == 0 ? fingerprints[random.nextInt(i)]
                    : random.nextInt(1000) == 0 ? 0 : random.nextLong();
            fingerprints[i] = fingerprint;
            if (!seen.add(fingerprint)) {
                expected.add(fingerprint);
            }
        }
        for (long budget : new long[] {64L << 20, 1L << 20, 64 << 10, 100}) {
            Path spill = work.resolve("state/work/usage-" + budget);
            DuplicateWatch watch = new DuplicateWatch(1000, 0, new UsageMemory(budget, spill, 2), "2026-03", workers);
            for (int from = 0; from < fingerprints.length; from += 1000) {
                watch.add(block(fingerprints, from, from + 1000));
            }
            Fingerprints repeated = watch.repeated();
            assertThat(watch.spilled()).as("spilled at a budget of %d", budget).isEqualTo(budget < 64L << 20);
            assertThat(repeated.size()).as("at a budget of %d", budget).isEqualTo(expected.size());
            expected.forEach(fingerprint -> assertThat(repeated.contains(fingerprint)).isTrue());
            if (budget == 100) {
                // spilled from the first block: every row of a repeat comes back with its position and line
                Set<Long> rows = new HashSet<>();
                FingerprintPartitions.Repeats repeats = watch.repeatedRows();
                for (int i = 0; i < repeats.positions.size; i++) {
                    assertThat(repeats.lines.values[i]).isEqualTo(repeats.positions.values[i] + 1);
                    rows.add(repeats.positions.values[i]);
                }
                Set<Long> expectedRows = new HashSet<>();
                for (int i = 0; i < fingerprints.length; i++) {
                    if (expected.contains(fingerprints[i])) {
                        expectedRows.add((long) i);
                    }
                }
                assertThat(rows).isEqualTo(expectedRows);
            } else {
                assertThat(watch.repeatedRows()).as("positions are known only when spilled from the first block").isNull();
            }
            watch.close();
            assertThat(spill).doesNotExist();
            assertThat(spill.getParent()).doesNotExist();
        }
    }

    @Test
    void aSpillFolderThatCannotBeMadeIsAShortageNamingIt() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("state"), "a file where the state folder should be");
        Path spill = notAFolder.resolve("work/usage-2026-03-R1");
        assertThatThrownBy(() -> new DuplicateWatch(1_000_000, 0, new UsageMemory(1000, spill, 2), "2026-03", workers))
                .isInstanceOf(ResourceShortageException.class)
                .hasMessageContaining(spill.toString());
    }

    /** Rows {@code from} to {@code to}, row i at position i on line i + 1. */
    private static ParsedBlock block(long[] fingerprints, int from, int to) {
        ParsedBlock block = new ParsedBlock(new UsageBlock(0, "usage.csv", null, from + 1, new byte[0], 0, from));
        for (int i = from; i < to; i++) {
            block.fast(fingerprints[i], 0, 0, 0, ParsedBlock.IN_BASE, i + 1, i - from, i - from + 1);
        }
        return block;
    }
}
