package com.supportbilling.partition.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * D91: a plain file is cut into ranges of about the partition size that start on records and cover it
 * whole; a piece left at its end under a quarter of that size is read with the range before it.
 */
class UsagePartitionerTest {

    private static final int ROW = 64;
    private static final String HEADER = "line_item_id,account_id,usage_date,charge_type,service,amount,currency\n";

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} rows of 64 bytes in ranges of {1} bytes: {2} ranges, the last {3} rows")
    @CsvSource({
        "336, 6400, 3, 112", // three ranges of 112 rows, nothing left over
        "356, 6400, 3, 132", // 20 rows left over, under a quarter of 6,400 bytes: read with the third
        "361, 6400, 4, 25",  // 25 rows left over, a quarter: a range of its own
        "24,  6400, 1, 24",  // a file under a quarter of the size is one range
    })
    void cutsOnRecordsAndReadsASmallTailWithTheRangeBeforeIt(int rows, long size, int ranges, int lastRows)
            throws IOException {
        Path file = work.resolve("usage-2026-03.csv");
        StringBuilder usage = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            usage.append(String.format(Locale.ROOT, "li-%07d,123456789012,2026-03-01,Usage,AmazonEC2,%08d,USD\n", i, i));
        }
        assertThat(usage.length()).isEqualTo(HEADER.length() + rows * ROW);
        Files.writeString(file, usage);

        // blocks of 16 rows: a range ends on the first block boundary at or past its size, 112 rows here
        List<long[]> cut = UsagePartitioner.cut(3, UsageFraming.frame(UsageFile.of(file), 16 * ROW), size);

        assertThat(cut).hasSize(ranges);
        for (int i = 0; i < cut.size(); i++) {
            long[] range = cut.get(i);
            long start = HEADER.length() + (long) i * 112 * ROW;
            long end = i == cut.size() - 1 ? usage.length() : start + 112 * ROW;
            assertThat(range).as("range %d: file 3, bytes %d–%d from line %d", i, start, end, 2 + i * 112)
                    .containsExactly(3, start, end, 2 + i * 112L, 0);
        }
        long[] last = cut.get(cut.size() - 1);
        assertThat((last[2] - last[1]) / ROW).as("rows in the last range").isEqualTo(lastRows);
    }
}
