package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.PublishedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R11 for real: a billing JVM stopped with SIGTERM in the middle of the usage intake, then killed with
 * {@code kill -9} in the middle of invoicing, is started again with the same command each time and ends
 * with the files and the ledger of a run never interrupted. Each process is held by the debugger at the
 * moment it is signalled, so that the signal lands there however fast the machine bills.
 */
class KillAndRestartIT {

    private static final String USAGE_WRITER = "com.supportbilling.job.usage.UsageBlockWriter";
    private static final String LEDGER = "com.supportbilling.ledger.Ledger";

    @TempDir
    Path work;

    /** The state the processes named {@code name} bill on: here the embedded one. */
    BillingState state(String name) {
        return BillingState.embedded(work.resolve(name + "-state"));
    }

    @Test
    void aStoppedThenKilledRunResumesToTheOutputsAndLedgerOfAnUninterruptedOne() throws Exception {
        Path input = GeneratedMonth.write(work.resolve("in"), 300, 30_000);
        Path logs = work.resolve("logs");
        BillingState cleanState = state("clean");
        BillingState killedState = state("killed");

        Process clean = Jar.start(logs, "clean", run(input, "clean", cleanState));
        assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).as(Jar.err(logs, "clean")).isZero();

        // SIGTERM while the usage intake writes its third chunk: it ends at that chunk's commit
        try (Debuggee stopped = Debuggee.start(logs, "stop-in-usage", run(input, "killed", killedState))) {
            Debuggee.Pause usage = stopped.pauseAt(USAGE_WRITER, "write", 3);
            stopped.go();
            usage.await();
            stopped.process().destroy();
            stopped.awaitThreadIn("support-billing-stop", "java.util.concurrent.CountDownLatch", "await");
            usage.release();
            assertThat(stopped.process().waitFor(120, TimeUnit.SECONDS)).as("a stopped run ends at its next commit")
                    .isTrue();
        }
        assertThat(Jar.err(logs, "stop-in-usage")).contains("Billing 2026-03 was stopped before it finished. Nothing "
                + "was published; run the same command again to resume.");
        assertThat(work.resolve("killed-out/2026-03")).doesNotExist();

        // kill -9 while the third chunk of payers is being recorded
        try (Debuggee killed = Debuggee.start(logs, "kill-in-invoicing", run(input, "killed", killedState))) {
            Debuggee.Pause invoicing = killed.pauseAt(LEDGER, "record", 3);
            killed.go();
            invoicing.await();
            killed.process().destroyForcibly();
            assertThat(killed.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(work.resolve("killed-out/.staging-2026-03-R1/invoice-lines.csv"))).isTrue();
        assertThat(work.resolve("killed-out/2026-03")).doesNotExist();

        Process resumed = Jar.start(logs, "resumed", run(input, "killed", killedState));
        assertThat(resumed.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).as(Jar.err(logs, "resumed")).isZero();
        assertThat(Jar.err(logs, "resumed")).contains("left running by a process that stopped; resuming it");

        assertThat(files(work.resolve("killed-out/2026-03"))).isEqualTo(files(work.resolve("clean-out/2026-03")));
        assertThat(killedState.ledger()).isEqualTo(cleanState.ledger());
        killedState.assertHoldsTheRuns();
        assertThat(killedState.rows("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .as("stopped, killed (marked failed when resumed), completed")
                .containsExactly("STOPPED|", "FAILED|", "COMPLETED|");
        assertThat(killedState.rows("SELECT STATUS, COMMIT_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = "
                + "'usageIntake' ORDER BY STEP_EXECUTION_ID")).first().as("the usage intake stopped after its third commit")
                .isEqualTo("STOPPED|3|");
    }

    private String[] run(Path input, String name, BillingState state) {
        List<String> args = new ArrayList<>(List.of("run", "--month", "2026-03", "--input", input.toString(),
                "--output", work.resolve(name + "-out").toString(),
                // many commits in each step: usage in 64 KB blocks, one a chunk; payers 25 a chunk
                "--billing.usage-block-size=65536", "--billing.usage-blocks-per-chunk=1",
                "--billing.invoicing-chunk-size=25"));
        args.addAll(state.arguments());
        return args.toArray(String[]::new);
    }

    private static Map<String, String> files(Path published) throws IOException {
        Map<String, String> files = PublishedFiles.contents(published);
        assertThat(files).containsKeys("invoices.csv", "invoice-lines.csv", "summary.json", "report.html", "documents.txt");
        return files;
    }
}
