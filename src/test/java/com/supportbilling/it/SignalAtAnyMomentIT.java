package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D50: SIGTERM at any moment of a run — while the JVM and Spring start, while it bills, while it
 * publishes — ends with an exit code and a sentence that say what happened: 0 and "Billed" when the
 * month was published, 143 and "stopped … nothing published" when it was not. Found: a signal 1–1.8 s
 * after launch was ignored (billed, published, exit 143, nothing said), one after invoicing printed
 * "Billed" and exited 143, one at 0.8 s printed "Error: Shutdown in progress".
 */
class SignalAtAnyMomentIT {

    @TempDir
    Path work;

    @ParameterizedTest(name = "SIGTERM {0} ms after launch")
    @ValueSource(ints = {0, 300, 700, 1200, 1800, 2600, 4000})
    void theExitCodeAndTheSentenceSayWhetherTheMonthWasPublished(int delay) throws Exception {
        Path out = work.resolve("out");
        String[] run = {"run", "--month", "2026-03", "--input", "input-samples/2026-03", "--output", out.toString(),
                "--state", work.resolve("state").toString(), "--billing.progress=off"};
        Process process = Jar.start(work, "signalled", run);
        Thread.sleep(delay);
        process.destroy();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
        String said = Files.readString(work.resolve("signalled.out")) + Jar.err(work, "signalled");
        if (process.exitValue() == 0) {
            assertThat(said).contains("Billed 2026-03 (revision 1)");
            assertThat(out.resolve("2026-03/invoices.csv")).exists();
        } else if (said.isEmpty()) {
            // ended by the signal before main() began: the JVM's own exit, and nothing was touched
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(work.resolve("state")).doesNotExist();
        } else {
            assertThat(process.exitValue()).as(said).isEqualTo(143);
            assertThat(said).containsPattern("Billing (2026-03 )?was stopped before it (started|finished)\\. Nothing was "
                    + "(billed or )?published").doesNotContain("Billed").doesNotContain("Error:");
            assertThat(out.resolve("2026-03")).doesNotExist();
        }

        Process again = Jar.start(work, "again", run);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // the state agrees with what was said: billed once, or billed now
        assertThat(again.exitValue()).as(Jar.err(work, "again")).isEqualTo(process.exitValue() == 0 ? 4 : 0);
        assertThat(Files.readString(out.resolve("2026-03/invoices.csv")))
                .isEqualTo(Files.readString(Path.of("src/test/resources/golden/input-samples/2026-03/invoices.csv")));
    }
}
