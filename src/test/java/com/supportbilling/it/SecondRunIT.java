package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R11 across processes: while one JVM bills a month, a second one on the same state — as cron
 * meeting a manual run — is refused with exit 4 and a sentence naming the first, and changes nothing.
 */
class SecondRunIT {

    @TempDir
    Path work;

    @Test
    void aSecondProcessIsRefusedWhileTheFirstBills() throws Exception {
        Path input = GeneratedMonth.write(work.resolve("in"), 500, 300_000);
        Path logs = work.resolve("logs");
        String[] run = {"run", "--month", "2026-03", "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--state", work.resolve("state").toString()};
        // row by row in small chunks: many commits keep the first run busy long enough for the second to meet it
        Process first = Jar.start(logs, "first", append(run, "--billing.usage-intake=sequential",
                "--billing.usage-chunk-size=20"));
        Path inUse = work.resolve("state/in-use.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(inUse) && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the first run is still billing").isTrue();
        // frozen while the second starts, so the meeting does not depend on how fast this machine bills
        signal("STOP", first);

        Process second = Jar.start(logs, "second", run);
        boolean secondEnded = second.waitFor(120, TimeUnit.SECONDS);
        signal("CONT", first);
        assertThat(secondEnded).isTrue();
        assertThat(second.exitValue()).isEqualTo(4);
        assertThat(Jar.err(logs, "second")).contains("is in use by another billing process (pid " + first.pid())
                .contains("billing 2026-03").contains("wait for it to finish");

        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Jar.err(logs, "first")).isZero();
        assertThat(work.resolve("out/2026-03/invoices.csv")).exists();
        assertThat(inUse).as("the first let the state go").doesNotExist();
    }

    private static void signal(String name, Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + name).isZero();
    }

    private static String[] append(String[] args, String... extra) {
        String[] all = Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return all;
    }
}
