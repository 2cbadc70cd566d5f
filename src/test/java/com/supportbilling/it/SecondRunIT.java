package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R11 across processes: while one JVM bills a month — held by the debugger in the middle of invoicing,
 * and frozen (SIGSTOP) while another starts, as a suspended VM would be — a second one on the same state,
 * as cron meeting a manual run, is refused with exit 4 and a sentence naming the first, and changes
 * nothing. The embedded state holds one process at a time, so a run of another month waits too.
 */
class SecondRunIT {

    static final Path SAMPLES = Path.of("input-samples");
    static final Path WALKTHROUGH = Path.of("src/test/resources/scenarios/walkthrough");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path work;

    /** The state both processes share: here the embedded one. */
    BillingState state() {
        return BillingState.embedded(work.resolve("state"));
    }

    /** What the second process of the month is told while the first, {@code pid}, holds it. */
    List<String> refusalOfTheSameMonth(long pid) {
        return List.of("is in use by another billing process (pid " + pid, "billing 2026-03", "wait for it to finish");
    }

    @Test
    void aSecondProcessOfTheMonthIsRefusedWhileTheFirstBills() throws Exception {
        BillingState state = state();
        Path logs = work.resolve("logs");
        try (Debuggee first = Debuggee.start(logs, "first", run("2026-03", SAMPLES.resolve("2026-03"), state))) {
            whileHeldAndFrozen(first, () -> {
                Process second = Jar.start(logs, "second", run("2026-03", SAMPLES.resolve("2026-03"), state));
                assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(second.exitValue()).as(Jar.err(logs, "second")).isEqualTo(4);
                assertThat(Jar.err(logs, "second")).contains(refusalOfTheSameMonth(first.process().pid()));
                // the one sentence, and no stack trace on the terminal, though the refusal comes before the
                // application's logging is set up
                assertThat(Jar.out(logs, "second")).doesNotContain("Exception", "\tat ");
                assertThat(Jar.err(logs, "second")).doesNotContain("Exception", "\tat ");
            });
            assertThat(first.process().waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(first.process().exitValue()).as(Jar.err(logs, "first")).isZero();
        }
        assertMatchesGolden("input-samples/2026-03");
        assertThat(work.resolve("state/in-use.txt")).as("the first let the state go").doesNotExist();
        state.assertHoldsTheRuns();
    }

    /** Another month's run meanwhile: the embedded state is in use, so it is refused (exit 4) and changes nothing. */
    @Test
    void aRunOfAnotherMonthMeanwhile() throws Exception {
        BillingState state = state();
        Path logs = work.resolve("logs");
        try (Debuggee march = Debuggee.start(logs, "march", run("2026-03", SAMPLES.resolve("2026-03"), state))) {
            whileHeldAndFrozen(march, () -> {
                Process january = Jar.start(logs, "january", run("2026-01", WALKTHROUGH.resolve("2026-01"), state));
                assertThat(january.waitFor(300, TimeUnit.SECONDS)).isTrue();
                assertAnotherMonthMeanwhile(january.exitValue(), Jar.err(logs, "january"), march.process().pid());
            });
            assertThat(march.process().waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(march.process().exitValue()).as(Jar.err(logs, "march")).isZero();
        }
        assertMatchesGolden("input-samples/2026-03");
        state.assertHoldsTheRuns();
    }

    /** How the run of January ended while March was held. */
    void assertAnotherMonthMeanwhile(int exitCode, String err, long marchPid) throws Exception {
        assertThat(exitCode).as(err).isEqualTo(4);
        assertThat(err).contains("is in use by another billing process (pid " + marchPid).contains("billing 2026-03");
        assertThat(work.resolve("out/2026-01")).doesNotExist();
    }

    /**
     * Holds {@code first} in the middle of invoicing, freezes it while {@code meanwhile} runs, then lets it
     * go on.
     */
    private static void whileHeldAndFrozen(Debuggee first, Meanwhile meanwhile) throws Exception {
        Debuggee.Pause invoicing = first.pauseAt("com.supportbilling.ledger.Ledger", "record", 1);
        first.go();
        invoicing.await();
        signal("STOP", first.process());
        try {
            meanwhile.run();
        } finally {
            signal("CONT", first.process());
            invoicing.release();
        }
    }

    String[] run(String month, Path input, BillingState state) {
        List<String> args = new ArrayList<>(List.of("run", "--month", month, "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--billing.invoicing-chunk-size=1"));
        args.addAll(state.arguments());
        return args.toArray(String[]::new);
    }

    /** The published month's files are the golden ones, but for summary.json. */
    void assertMatchesGolden(String golden) throws Exception {
        Path published = work.resolve("out").resolve(golden.substring(golden.indexOf('/') + 1));
        for (String file : List.of("invoices.csv", "invoice-lines.csv", "refund-ledger.csv", "allocations.csv",
                "rejects.csv")) {
            assertThat(Files.mismatch(published.resolve(file), GOLDEN.resolve(golden).resolve(file)))
                    .as("%s of %s", file, golden).isEqualTo(-1L);
        }
    }

    private static void signal(String name, Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + name).isZero();
    }

    @FunctionalInterface
    private interface Meanwhile {
        void run() throws Exception;
    }
}
