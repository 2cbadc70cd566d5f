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
 * D91, D157: a plain file is cut into ranges that start on records and cover it whole — as few as keep each
 * within the partition size, of about equal size, each ending at the first block boundary at or past its share.
 */
class UsagePartitionerTest {

    private static final int ROW = 64;
    private static final String HEADER = "line_item_id,account_id,usage_date,charge_type,service,amount,currency\n";

    @TempDir
    Path work;

    // blocks of 16 rows (1,024 bytes); the expected rows of each range worked by hand from the shares
    @ParameterizedTest(name = "{0} rows of 64 bytes, ranges of at most {1} bytes: {2}")
    @CsvSource({
        "320, 6400, 80 80 80 80",  // 20,480 bytes: 4 pieces, each share ending on a block (5,120 bytes)
        "336, 6400, 96 80 80 80",  // 21,504 bytes: 4 shares of 5,376, each range ending on the block past it
        "100, 6400, 100",          // exactly the size: one range
        "101, 6400, 64 37",        // one row more: two pieces, the first share (3,232) past at the 4th block
        "24,  6400, 24",           // under the size: one range, whatever is left of the last block
        "48,  512,  16 16 16",     // blocks larger than a share (6 of 512 bytes): one range a block
    })
    void cutsIntoTheFewestEqualPiecesWithinTheSizeOnRecords(int rows, long size, String expectedRows)
            throws IOException {
        Path file = work.resolve("usage-2026-03.csv");
        StringBuilder usage = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            usage.append(String.format(Locale.ROOT, "li-%07d,123456789012,2026-03-01,Usage,AmazonEC2,%08d,USD\n", i, i));
        }
        assertThat(usage.length()).isEqualTo(HEADER.length() + rows * ROW);
        Files.writeString(file, usage);

        List<long[]> cut = UsagePartitioner.cut(3, UsageFraming.frame(UsageFile.of(file), 16 * ROW), size);

        String[] each = expectedRows.split(" ");
        assertThat(cut).hasSize(each.length);
        long start = HEADER.length();
        long line = 2;
        for (int i = 0; i < each.length; i++) {
            long rowsOfRange = Long.parseLong(each[i]);
            assertThat(cut.get(i))
                    .as("range %d: file 3, bytes from %d, %d rows from line %d", i, start, rowsOfRange, line)
                    .containsExactly(3, start, start + rowsOfRange * ROW, line, 0);
            start += rowsOfRange * ROW;
            line += rowsOfRange;
        }
        assertThat(start).as("the ranges cover the file").isEqualTo(usage.length());
    }
}
