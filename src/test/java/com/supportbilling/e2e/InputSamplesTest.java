package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** input-samples/, the three months the README walks through, billed in order against one state. */
class InputSamplesTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @Test
    void threeMonthsMatchTheirGoldenFilesAndABilledMonthIsNotBilledAgain() throws Exception {
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        for (String month : new String[] {"2026-03", "2026-04", "2026-05"}) {
            Cli.Result result = Cli.bill(month, SAMPLES.resolve(month), out, state);
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("Billed " + month);
            GoldenFiles.assertMatches(out.resolve(month), "input-samples/" + month);
        }
        long before = Files.getLastModifiedTime(out.resolve("2026-04/invoices.csv")).toMillis();
        Cli.Result again = Cli.bill("2026-04", SAMPLES.resolve("2026-04"), out, state);
        assertThat(again.exitCode()).isEqualTo(4);
        assertThat(again.err()).contains("2026-04 is already billed (revision 1");
        assertThat(Files.getLastModifiedTime(out.resolve("2026-04/invoices.csv")).toMillis()).isEqualTo(before);
        GoldenFiles.assertMatches(out.resolve("2026-04"), "input-samples/2026-04");
    }
}
