package com.supportbilling.intake.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the month's current export version in a synced folder tree (D72). */
class ExportFoldersTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @TempDir
    Path input;

    @Test
    void aFolderWithoutAnExportOfTheMonthHasNone() throws IOException {
        Files.createDirectories(input.resolve("r/20260201-20260301"));
        Files.writeString(input.resolve("r/20260201-20260301/r-Manifest.json"), "{\"assemblyId\":\"a\",\"reportKeys\":[]}");
        Files.createDirectories(input.resolve("r/20260301-20260401/a"));
        Files.writeString(input.resolve("r/20260301-20260401/a/r-Manifest.json"), "{\"assemblyId\":\"a\",\"reportKeys\":[]}");
        assertThat(ExportFolders.find(input, MARCH)).isEmpty();
    }

    @Test
    void aLegacyCurOverwrittenInPlaceIsFoundByItsYearAndMonth() throws IOException {
        Path month = Files.createDirectories(input.resolve("r/r/year=2026/month=3"));
        Files.writeString(month.resolve("r-00001.snappy.parquet"), "");
        Files.writeString(month.resolve("r-Manifest.json"), "{\"assemblyId\": \"x1\", \"reportKeys\": "
                + "[\"p/r/r/year=2026/month=3/r-00001.snappy.parquet\"]}");
        ExportVersion version = ExportFolders.find(input, MARCH).orElseThrow();
        assertThat(version.id()).isEqualTo("x1");
        assertThat(version.files()).containsExactly(new UsageFile(month.resolve("r-00001.snappy.parquet"),
                "r/r/year=2026/month=3/r-00001.snappy.parquet"));
        assertThat(version.describe()).isEqualTo("AWS CUR (legacy) export version x1, as r/r/year=2026/month=3/"
                + "r-Manifest.json names it: 1 data file");
    }

    @Test
    void anEmptyVersionHasNoFiles() throws IOException {
        Path metadata = Files.createDirectories(input.resolve("exp/metadata/BILLING_PERIOD=2026-03"));
        Files.writeString(metadata.resolve("exp-Manifest.json"), "{\"executionId\": \"e\", \"dataFiles\": []}");
        assertThat(ExportFolders.find(input, MARCH).orElseThrow().files()).isEmpty();
    }

    @Test
    void aManifestThatCannotBeFollowedIsRefusedInASentence() throws IOException {
        Path metadata = Files.createDirectories(input.resolve("exp/metadata/BILLING_PERIOD=2026-03"));
        Path manifest = metadata.resolve("exp-Manifest.json");
        Files.writeString(manifest, "{\"executionId\": ");
        assertRefused("Cannot read the export manifest exp/metadata/BILLING_PERIOD=2026-03/exp-Manifest.json: ");
        Files.writeString(manifest, "{\"exportArn\": \"arn\"}");
        assertRefused("The export manifest exp/metadata/BILLING_PERIOD=2026-03/exp-Manifest.json names no version");
        Files.writeString(manifest, "{\"executionId\": \"e\", \"dataFiles\": [\"s3://b/exp/data/BILLING_PERIOD=2026-04/x.csv\"]}");
        assertRefused("names s3://b/exp/data/BILLING_PERIOD=2026-04/x.csv, which does not lie under its "
                + "data/BILLING_PERIOD=2026-03 folder");
        Files.writeString(manifest, "{\"executionId\": \"e\", \"dataFiles\": [\"s3://b/exp/data/BILLING_PERIOD=2026-03/x.json\"]}");
        assertRefused("names exp/data/BILLING_PERIOD=2026-03/x.json, a kind of file this job does not read");
    }

    private void assertRefused(String sentence) {
        assertThatThrownBy(() -> ExportFolders.find(input, MARCH)).isInstanceOf(InputRefusedException.class)
                .hasMessageContaining(sentence);
    }
}
