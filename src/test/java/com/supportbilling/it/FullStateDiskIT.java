package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D47: a state whose files cannot grow must never let a month be published unrecorded. Found: with
 * --state on a nearly full disk, March exited 0 and published, but the ledger never held it, so April
 * billed every minimum "less 0.00 billed in advance" — 20,700.00 twice. Here the files of the billing
 * process are capped ({@code ulimit -f}) at sizes that fail the state at different moments; whatever
 * March then says, April must bill exactly its golden invoices.
 */
class FullStateDiskIT {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @ParameterizedTest(name = "files capped at {0} KB")
    @ValueSource(ints = {16, 28, 32, 48})
    void exitZeroMeansTheLedgerHoldsTheMonth(int kilobytes) throws Exception {
        Process march = capped(kilobytes, "march", "2026-03");
        assertThat(march.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = Jar.err(work, "march");
        if (march.exitValue() != 0) {
            assertThat(work.resolve("out/2026-03")).as(said).doesNotExist();
            assertThat(said).doesNotContain("\tat ");
            Process retried = Jar.start(work, "march-again", bill("2026-03"));
            assertThat(retried.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(retried.exitValue()).as(Jar.err(work, "march-again")).isZero();
        }
        Process april = Jar.start(work, "april", bill("2026-04"));
        assertThat(april.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(april.exitValue()).as(Jar.err(work, "april")).isZero();
        assertThat(Files.readString(work.resolve("out/2026-04/invoices.csv"))).as("March's advances are credited")
                .isEqualTo(Files.readString(Path.of("src/test/resources/golden/input-samples/2026-04/invoices.csv")));
    }

    /** The run in a shell whose files may not grow beyond {@code kilobytes}; no free-space margin asked. */
    private Process capped(int kilobytes, String name, String month) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-Xmx512m", "-jar", Jar.JAR.toString()));
        command.addAll(List.of(bill(month)));
        command.add("--billing.disk-headroom=0");
        String shell = "ulimit -f " + kilobytes + " && exec " + String.join(" ", command.stream().map(FullStateDiskIT::quote).toList());
        return new ProcessBuilder("bash", "-c", shell)
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile())
                .start();
    }

    private String[] bill(String month) {
        return new String[] {"run", "--month", month, "--input", SAMPLES.resolve(month).toString(), "--output",
                work.resolve("out").toString(), "--state", work.resolve("state").toString(), "--billing.progress=off"};
    }

    private static String quote(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
