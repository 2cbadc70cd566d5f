package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D146: a fingerprint file is read a buffer at a time, rows cut by the buffer's end included, in order. */
class PartitionCombinerReadTest {

    @TempDir
    Path folder;

    /** A file of {@code rows} rows (fingerprint, position, line) = (−i, i × 1000, i), and {@code extra} bytes more. */
    private Path rows(int rows, int extra) throws IOException {
        Path file = folder.resolve("fingerprints-007.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < rows; i++) {
                out.writeLong(-i);
                out.writeLong(i * 1000L);
                out.writeLong(i);
            }
            out.write(new byte[extra]);
        }
        return file;
    }

    @Test
    void everyRowOfAFileLargerThanTheBufferInOrder() throws IOException {
        int count = 40_000; // 960,000 bytes: rows cut by the buffer's end three times
        Path file = rows(count, 0);
        List<long[]> read = new ArrayList<>();
        PartitionCombiner.ReadBuffer buffer = new PartitionCombiner.ReadBuffer();
        PartitionCombiner.read(file, buffer, (fingerprint, position, line) -> read.add(new long[] {fingerprint, position, line}));
        assertThat(read).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(read.get(i)).containsExactly(-i, i * 1000L, i);
        }
        List<Long> again = new ArrayList<>();
        PartitionCombiner.read(rows(3, 0), buffer, (fingerprint, position, line) -> again.add(line));
        assertThat(again).as("the same buffer, the next file").containsExactly(0L, 1L, 2L);
    }

    @Test
    void aFileEndingWithinARowIsRefused() throws IOException {
        Path file = rows(20_000, 16);
        assertThatThrownBy(() -> PartitionCombiner.read(file, new PartitionCombiner.ReadBuffer(), (f, p, l) -> { }))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("ends within a row");
    }

    @Test
    void aMissingFileHasNoRows() {
        List<Long> read = new ArrayList<>();
        PartitionCombiner.read(folder.resolve("none.bin"), new PartitionCombiner.ReadBuffer(), (f, p, l) -> read.add(l));
        assertThat(read).isEmpty();
    }

    @Test
    void eachBucketsFileIsNamedByItsNumberInThreeDigits() {
        assertThat(FingerprintPartitions.file(folder, 0)).isEqualTo(folder.resolve("fingerprints-000.bin"));
        assertThat(FingerprintPartitions.file(folder, 7)).isEqualTo(folder.resolve("fingerprints-007.bin"));
        assertThat(FingerprintPartitions.file(folder, 255)).isEqualTo(folder.resolve("fingerprints-255.bin"));
    }
}
