package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D52: a usage file rewritten while the month is billed fails the run before it publishes (exit 3,
 * naming the file), and the next run bills the file as it is then. Found: overwriting the usage of a
 * 1M-line month 0.5 s after the start billed 8,288 rows and recorded the month.
 */
class InputChangedIT {

    @TempDir
    Path work;

    @Test
    void aUsageFileRewrittenDuringTheRunIsNotBilledTruncated() throws Exception {
        Path input = GeneratedMonth.write(work.resolve("in"), 2000, 1_000_000);
        Path other = GeneratedMonth.write(work.resolve("other"), 2000, 5_000);
        String[] run = {"run", "--month", "2026-03", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--state", work.resolve("state").toString(), "--billing.progress=off"};
        Process process = Jar.start(work, "changed", run);
        Path staging = work.resolve("out/.staging-2026-03-R1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(staging) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(process.isAlive()).as("still billing when the file is replaced").isTrue();
        Files.copy(other.resolve("usage-2026-03.csv"), input.resolve("usage-2026-03.csv"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String err = Jar.err(work, "changed");
        assertThat(process.exitValue()).as(err).isEqualTo(3);
        assertThat(err).contains("An input file changed while 2026-03 was being billed: " + input.resolve("usage-2026-03.csv")
                .toAbsolutePath()).contains("Nothing was published");
        assertThat(work.resolve("out/2026-03")).doesNotExist();

        Process afresh = Jar.start(work, "afresh", run);
        assertThat(afresh.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(afresh.exitValue()).as(Jar.err(work, "afresh")).isZero();
        assertThat(Files.readString(work.resolve("out/2026-03/summary.json")))
                .contains("\"file\" : \"usage-2026-03.csv\",\n    \"rows_read\" : 5000,");
    }
}
