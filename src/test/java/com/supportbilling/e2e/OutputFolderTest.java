package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D17: {@code <output>/<YYYY-MM>/} is only ever written by the state that records it. */
class OutputFolderTest {

    private static final Path MARCH = Path.of("input-samples/2026-03");

    @TempDir
    Path work;

    @Test
    void aMonthFolderTheStateHasNoRecordOfRefusesTheRunAndIsLeftAsItIs() throws IOException {
        Path out = work.resolve("out");
        Cli.Result billed = Cli.bill("2026-03", MARCH, out, work.resolve("state-a"));
        assertThat(billed.exitCode()).as(billed.err()).isZero();
        Map<Path, String> published = Folders.contents(out.resolve("2026-03"));

        // the same output folder, another state: March was billed elsewhere as far as this state knows
        Cli.Result elsewhere = Cli.bill("2026-03", MARCH, out, work.resolve("state-b"));
        assertThat(elsewhere.exitCode()).isEqualTo(4);
        assertThat(elsewhere.err()).contains(out.toAbsolutePath().resolve("2026-03") + " already exists, but the state "
                + "in use has no record of billing 2026-03. Move that folder away, or point --state at the state that "
                + "billed it.");
        assertThat(Folders.contents(out.resolve("2026-03"))).as("left as it was").isEqualTo(published);
        assertThat(Folders.entries(out)).as("nothing staged").noneMatch(path -> path.getFileName().toString()
                .startsWith(".staging-"));

        // moved away, the month is this state's to bill
        Files.move(out.resolve("2026-03"), work.resolve("billed-by-state-a"));
        Cli.Result again = Cli.bill("2026-03", MARCH, out, work.resolve("state-b"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        GoldenFiles.assertMatches(out.resolve("2026-03"), "input-samples/2026-03");
    }
}
