package com.supportbilling.partition.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D149: the usage framed while a manager starts is the usage the plan would frame, and it is taken only for the
 * block size it was framed with and a file unchanged since; anything else is framed again by the plan.
 */
class UsageFramingTest {

    private static final String HEADER = "line_item_id,account_id,usage_date,charge_type,service,amount,currency\n";
    private static final int BLOCK = 1_000;

    @TempDir
    Path work;

    @Test
    void theBlocksFramedAheadAreTheBlocksTheReaderFrames() throws IOException {
        UsageFile first = usage("usage-2026-03-01.csv", 300, "");
        UsageFile second = usage("usage-2026-03-02.csv", 120, "\"a quoted\nline end\"");
        UsageFraming framing = UsageFraming.start(List.of(first, second), BLOCK);

        for (UsageFile file : List.of(first, second)) {
            List<long[]> framed = framing.blocks(file, BLOCK).orElseThrow();
            List<long[]> now = UsageFraming.frame(file, BLOCK);
            assertThat(framed).as(file.name()).hasSize(now.size()).hasSizeGreaterThan(5);
            for (int i = 0; i < now.size(); i++) {
                assertThat(framed.get(i)).as("%s block %d", file.name(), i).containsExactly(now.get(i));
            }
        }
        List<long[]> blocks = framing.blocks(first, BLOCK).orElseThrow();
        assertThat(blocks.get(0)).as("the first block starts after the header, on line 2").startsWith(HEADER.length());
        assertThat(blocks.get(0)[2]).isEqualTo(2);
        long[] last = blocks.get(blocks.size() - 1);
        assertThat(last[0] + last[1]).as("the blocks cover the file").isEqualTo(Files.size(first.path()));
    }

    @Test
    void anotherBlockSizeAChangedFileOrOneNotFramedIsLeftToThePlan() throws IOException {
        UsageFile file = usage("usage-2026-03-01.csv", 200, "");
        UsageFile other = usage("usage-2026-03-02.csv", 10, "");
        UsageFraming framing = UsageFraming.start(List.of(file), BLOCK);
        assertThat(framing.blocks(file, BLOCK)).isPresent();

        assertThat(framing.blocks(file, 2 * BLOCK)).as("framed with another block size").isEmpty();
        assertThat(framing.blocks(other, BLOCK)).as("not framed ahead").isEmpty();
        Files.setLastModifiedTime(file.path(), FileTime.fromMillis(Files.getLastModifiedTime(file.path()).toMillis() + 1000));
        assertThat(framing.blocks(file, BLOCK)).as("changed since").isEmpty();
    }

    @Test
    void compressedFilesAndFilesThatCannotBeReadAreNotFramedAhead() throws IOException {
        Path gzip = Files.write(work.resolve("usage-2026-03-01.csv.gz"), new byte[] {31, -117});
        UsageFile compressed = UsageFile.of(gzip);
        UsageFile missing = UsageFile.of(work.resolve("usage-2026-03-09.csv"));
        UsageFraming framing = UsageFraming.start(List.of(compressed, missing), BLOCK);

        assertThat(framing.blocks(compressed, BLOCK)).as("a compressed file is one partition, never framed").isEmpty();
        assertThat(framing.blocks(missing, BLOCK)).as("a file gone: the plan says so").isEmpty();
    }

    /** A usage file of {@code rows} rows, with {@code quoted} as the service of every tenth. */
    private UsageFile usage(String name, int rows, String quoted) throws IOException {
        StringBuilder usage = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            String service = i % 10 == 0 && !quoted.isEmpty() ? quoted : "AmazonEC2";
            usage.append(String.format(Locale.ROOT, "li-%07d,123456789012,2026-03-01,Usage,%s,%08d,USD\n", i, service, i));
        }
        return UsageFile.of(Files.writeString(work.resolve(name), usage));
    }
}
