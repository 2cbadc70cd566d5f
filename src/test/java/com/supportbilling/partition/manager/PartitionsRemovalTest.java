package com.supportbilling.partition.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.application.RunParameters;
import com.supportbilling.partition.PartitionFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After publishing, the run's partitions' folder goes, and nothing else of the output folder (D153). */
class PartitionsRemovalTest {

    @TempDir
    Path out;

    @Test
    void removesTheRunsPartitionsFolderAndLeavesTheRest() throws IOException {
        RunParameters run = new RunParameters(YearMonth.of(2026, 3), 1, "fingerprint", out.resolve("in"), out, null);
        Path root = PartitionFolders.of(run).root();
        Files.createDirectories(root.resolve("p0001-e7"));
        Files.writeString(root.resolve("p0001-e7/fingerprints-000.bin"), "x");
        Files.writeString(root.resolve("plan.bin"), "x");
        Path otherRevision = Files.createDirectories(out.resolve(".partitions-2026-03-R2"));
        Path published = Files.createDirectories(out.resolve("2026-03"));

        new PartitionsRemoval().tidy(run);

        assertThat(root).doesNotExist();
        assertThat(otherRevision).isDirectory();
        assertThat(published).isDirectory();
        new PartitionsRemoval().tidy(run); // already gone: nothing to do, nothing said
        assertThat(root).doesNotExist();
    }
}
