package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.output.OutputLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D47, D49: a run that cannot finish for want of disk is refused before it starts (exit 5), and a
 * month's output folder is written by one run at a time, whatever state it bills from (exit 4).
 */
class DiskSpaceTest {

    private static final Path MARCH = Path.of("input-samples/2026-03");

    @TempDir
    Path work;

    @Test
    void tooLittleFreeSpaceRefusesTheRunNamingTheFolder() {
        // no disk here has a petabyte free: the headroom stands for a disk that is nearly full
        Cli.Result result = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"),
                "--billing.disk-headroom=1000TB");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(5);
        assertThat(result.err()).contains("The disk of " + work.resolve("out").toAbsolutePath() + " has ")
                .contains("free, and the month's outputs needs about ")
                .contains("free space there, or choose another --output folder");
        assertThat(result.err()).doesNotContain("Error:");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
        Cli.Result fine = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"));
        assertThat(fine.exitCode()).as("nothing was recorded: the same command bills once there is space").isZero();
    }

    @Test
    void anOutputFolderBeingWrittenByAnotherRunIsRefused() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        try (OutputLock other = OutputLock.take(out, YearMonth.of(2026, 3), "billing 2026-03 with the state /elsewhere")
                .lock().orElseThrow()) {
            Cli.Result result = Cli.bill("2026-03", MARCH, out, work.resolve("state"));
            assertThat(result.exitCode()).as(result.err()).isEqualTo(4);
            assertThat(result.err()).contains("The output folder " + out.toAbsolutePath() + " is being written for 2026-03 by pid ")
                    .contains("billing 2026-03 with the state /elsewhere")
                    .contains("bill the months of one output folder from one state");
            assertThat(out.resolve("2026-03")).doesNotExist();
        }
        Cli.Result after = Cli.bill("2026-03", MARCH, out, work.resolve("state"));
        assertThat(after.exitCode()).as(after.err()).isZero();
        GoldenFiles.assertMatches(out.resolve("2026-03"), "input-samples/2026-03");
    }

    @Test
    void aSecondStateFindsTheMonthPublishedByTheFirst() {
        Path out = work.resolve("out");
        assertThat(Cli.bill("2026-03", MARCH, out, work.resolve("state-a")).exitCode()).isZero();
        Cli.Result other = Cli.bill("2026-03", MARCH, out, work.resolve("state-b"));
        assertThat(other.exitCode()).isEqualTo(4);
        assertThat(other.err()).contains("already exists, but the state in use has no record of billing 2026-03");
    }
}
