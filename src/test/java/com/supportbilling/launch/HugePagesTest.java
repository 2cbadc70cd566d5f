package com.supportbilling.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D143: the heap in huge pages only where the kernel gives them to a process that asks. */
class HugePagesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"'always [madvise] never', true", "'[always] madvise never', true", "'always madvise [never]', false",
            "'', false"})
    void theKernelsChoiceDecides(String setting, boolean offered) throws IOException {
        Path file = Files.writeString(folder.resolve("enabled"), setting + "\n");
        assertThat(HugePages.offered(file)).isEqualTo(offered);
    }

    @Test
    void aKernelWithoutTheSettingGivesNone() {
        assertThat(HugePages.offered(folder.resolve("missing"))).isFalse();
        assertThat(HugePages.offered(folder)).as("a folder where the file should be").isFalse();
    }
}
