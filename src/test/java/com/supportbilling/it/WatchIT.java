package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file drop for real: {@code java -jar … watch} bills folders dropped into its inbox, leaves the
 * embedded state free between drops for a cron {@code run} of another month, on SIGTERM finishes the
 * drop it is billing — billed and moved — before it exits, and when killed outright while billing
 * leaves the drop for the next watcher, which resumes its run (D32, D33).
 */
class WatchIT {

    static final Path SAMPLES = Path.of("input-samples");
    static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples");
    private static final String LEDGER = "com.supportbilling.ledger.Ledger";

    @TempDir
    Path work;

    /** The state the watchers and runs share: here the embedded one. */
    BillingState state() {
        return BillingState.embedded(work.resolve("state"));
    }

    @Test
    void dropsAreBilledAndTheStateIsFreeForARunBetweenThem() throws Exception {
        BillingState state = state();
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = work.resolve("logs");
        Process watch = Jar.start(logs, "watch", watch(inbox, state, "--billing.watch.quiet-period=2s"));
        try {
            // no _READY: complete after 2 s without a change (written aside and renamed in, so it is whole)
            drop(SAMPLES.resolve("2026-03"), inbox, "2026-03", false);
            Path march = await(() -> handled(inbox, "processed", "2026-03"), watch, logs);
            assertThat(Files.readString(march.resolve("REPORT.txt"))).contains("result    exit 0 (billed)")
                    .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72")
                    // java -jar bills in a JVM of its own (D130): the report names the process the operator started
                    .contains("by support-billing watch, pid " + watch.pid() + " on ");

            // the watcher waits with the state closed: a cron run of April on the same state is not refused
            List<String> april = new ArrayList<>(List.of("run", "--month", "2026-04", "--input",
                    SAMPLES.resolve("2026-04").toString(), "--output", work.resolve("out").toString()));
            april.addAll(state.arguments());
            Process run = Jar.start(logs, "april", april.toArray(String[]::new));
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(Jar.err(logs, "april")).isZero();

            // May needs April's advances from the same state
            drop(SAMPLES.resolve("2026-05"), inbox, "acme-2026-05", true);
            await(() -> handled(inbox, "processed", "acme-2026-05"), watch, logs);
            for (String month : List.of("2026-03", "2026-04", "2026-05")) {
                assertThat(Files.mismatch(work.resolve("out").resolve(month).resolve("invoices.csv"),
                        GOLDEN.resolve(month).resolve("invoices.csv"))).as(month).isEqualTo(-1L);
            }
        } finally {
            watch.destroy();
        }
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        assertThat(watch.exitValue()).as("stopped in order: exit 0 (D35)").isZero();
        assertThat(Jar.err(logs, "watch"))
                .contains("drop 2026-03: exit 0 (billed) → processed/2026-03-")
                .contains("drop acme-2026-05: exit 0 (billed) → processed/acme-2026-05-");
        assertThat(entries(inbox)).containsExactly("processed");
        state.assertHoldsTheRuns();
    }

    /** SIGTERM while the drop's payers are being recorded: the watcher finishes that drop, files it, and ends. */
    @Test
    void onSigtermTheDropBeingBilledIsFinishedAndMovedFirst() throws Exception {
        BillingState state = state();
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = work.resolve("logs");
        try (Debuggee watch = Debuggee.start(logs, "watch", watch(inbox, state))) {
            Debuggee.Pause invoicing = watch.pauseAt(LEDGER, "record", 1);
            watch.go();
            drop(SAMPLES.resolve("2026-03"), inbox, "2026-03", true);
            invoicing.await();

            watch.process().destroy();
            watch.awaitThreadIn("support-billing-stop", "com.supportbilling.ops.WorkGate", "closeAndWait");
            assertThat(inbox.resolve("2026-03")).as("still being billed").exists();
            invoicing.release();
            assertThat(watch.process().waitFor(300, TimeUnit.SECONDS)).isTrue();
        }
        String err = Jar.err(logs, "watch");
        assertThat(err).contains("stopping once the work in progress is done")
                .contains("run end: month 2026-03 revision 1 COMPLETED")
                .contains("drop 2026-03: exit 0 (billed) → processed/2026-03-");
        assertThat(err.indexOf("stopping once")).as("SIGTERM came while billing").isLessThan(err.indexOf("run end"));
        assertThat(entries(inbox)).containsExactly("processed");
        assertMatchesGolden("2026-03");
        assertThat(work.resolve("state/in-use.txt")).doesNotExist();
        state.assertHoldsTheRuns();
    }

    /** kill -9 while the drop's payers are being recorded: the drop stays, and the next watcher resumes its run. */
    @Test
    void aWatcherKilledWhileBillingLeavesTheDropAndTheNextOneResumesItsRun() throws Exception {
        BillingState state = state();
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = work.resolve("logs");
        try (Debuggee killed = Debuggee.start(logs, "killed", watch(inbox, state))) {
            Debuggee.Pause invoicing = killed.pauseAt(LEDGER, "record", 3);
            killed.go();
            drop(SAMPLES.resolve("2026-03"), inbox, "2026-03", true);
            invoicing.await();
            killed.process().destroyForcibly();
            assertThat(killed.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(entries(inbox)).containsExactly("2026-03");
        assertThat(inbox.resolve("2026-03/REPORT.txt")).doesNotExist();
        assertThat(work.resolve("out/2026-03")).doesNotExist();

        Process next = Jar.start(logs, "next", watch(inbox, state));
        try {
            await(() -> handled(inbox, "processed", "2026-03"), next, logs, "next");
        } finally {
            next.destroy();
        }
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Jar.err(logs, "next")).contains("left running by a process that stopped; resuming it")
                .contains("drop 2026-03: exit 0 (billed) → processed/2026-03-");
        assertMatchesGolden("2026-03");
        assertThat(state.rows("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .as("the killed run resumed, not billed afresh").containsExactly("FAILED|", "COMPLETED|");
        state.assertHoldsTheRuns();
    }

    private String[] watch(Path inbox, BillingState state, String... extra) {
        List<String> args = new ArrayList<>(List.of("watch", "--inbox", inbox.toString(), "--output",
                work.resolve("out").toString(), "--billing.watch.poll-interval=200ms", "--billing.invoicing-chunk-size=1"));
        args.addAll(state.arguments());
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** The month's files are the golden ones, but for summary.json. */
    private void assertMatchesGolden(String month) throws IOException {
        for (String file : List.of("invoices.csv", "invoice-lines.csv", "refund-ledger.csv", "allocations.csv",
                "rejects.csv")) {
            assertThat(Files.mismatch(work.resolve("out").resolve(month).resolve(file), GOLDEN.resolve(month).resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    private static Path handled(Path inbox, String folder, String name) {
        return Folders.entries(inbox.resolve(folder)).stream()
                .filter(path -> path.getFileName().toString().matches(name + "-\\d{8}-\\d{6}"))
                .filter(path -> Files.exists(path.resolve("REPORT.txt"))).findFirst().orElse(null);
    }

    private static <T> T await(Supplier<T> found, Process watch, Path logs) throws Exception {
        return await(found, watch, logs, "watch");
    }

    private static <T> T await(Supplier<T> found, Process watch, Path logs, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            assertThat(watch.isAlive()).as(Jar.err(logs, name)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("not seen in time; " + name + " said:\n" + Jar.err(logs, name));
    }

    private static List<String> entries(Path dir) {
        return Folders.entries(dir).stream().map(path -> path.getFileName().toString()).toList();
    }

    /** A drop as a careful producer makes it: written under a hidden name, renamed into the inbox whole. */
    private static void drop(Path from, Path inbox, String name, boolean ready) throws IOException {
        Path hidden = Files.createDirectories(inbox.resolve("." + name));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, hidden.resolve(file.getFileName()));
            }
        }
        if (ready) {
            Files.createFile(hidden.resolve("_READY"));
        }
        Files.move(hidden, inbox.resolve(name));
    }
}
