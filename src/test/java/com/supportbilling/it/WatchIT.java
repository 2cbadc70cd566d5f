package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file drop for real: {@code java -jar … watch} bills folders dropped into its inbox, leaves the
 * embedded state free between drops for a cron {@code run} of another month, and on SIGTERM finishes
 * the drop it is billing — billed and moved — before it exits.
 */
class WatchIT {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples");

    @TempDir
    Path work;

    @Test
    void dropsAreBilledAndTheStateIsFreeForARunBetweenThem() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = work.resolve("logs");
        Process watch = Jar.start(logs, "watch", watch(inbox, "--billing.watch.quiet-period=2s"));
        try {
            // a producer copying files in, no _READY: complete after 2 s without a change
            copy(SAMPLES.resolve("2026-03"), inbox.resolve("2026-03"));
            Path march = await(() -> handled(inbox, "processed", "2026-03"), watch, logs);
            assertThat(Files.readString(march.resolve("REPORT.txt"))).contains("result    exit 0 (billed)")
                    .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72");

            // the watcher waits with the state closed: a cron run of April on the same state is not refused
            Process april = Jar.start(logs, "april", "run", "--month", "2026-04", "--input",
                    SAMPLES.resolve("2026-04").toString(), "--output", work.resolve("out").toString(), "--state",
                    work.resolve("state").toString());
            assertThat(april.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(april.exitValue()).as(Jar.err(logs, "april")).isZero();

            // May needs April's advances from the same state
            copy(SAMPLES.resolve("2026-05"), inbox.resolve(".acme-2026-05"));
            Files.createFile(inbox.resolve(".acme-2026-05/_READY"));
            Files.move(inbox.resolve(".acme-2026-05"), inbox.resolve("acme-2026-05"));
            await(() -> handled(inbox, "processed", "acme-2026-05"), watch, logs);
            for (String month : List.of("2026-03", "2026-04", "2026-05")) {
                assertThat(Files.mismatch(work.resolve("out").resolve(month).resolve("invoices.csv"),
                        GOLDEN.resolve(month).resolve("invoices.csv"))).as(month).isEqualTo(-1L);
            }
        } finally {
            watch.destroy();
        }
        assertThat(watch.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        assertThat(Jar.err(logs, "watch"))
                .contains("drop 2026-03: exit 0 (billed) → processed/2026-03-")
                .contains("drop acme-2026-05: exit 0 (billed) → processed/acme-2026-05-");
        assertThat(entries(inbox)).containsExactly("processed");
    }

    @Test
    void onSigtermTheDropBeingBilledIsFinishedAndMovedFirst() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = work.resolve("logs");
        // small chunks: many commits keep the run busy for a while
        Process watch = Jar.start(logs, "watch", watch(inbox, "--billing.usage-chunk-size=20"));
        GeneratedMonth.write(work.resolve("big-2026-03"), 100, 60_000);
        Files.createFile(work.resolve("big-2026-03/_READY"));
        Files.move(work.resolve("big-2026-03"), inbox.resolve("big-2026-03"));
        await(() -> read(logs.resolve("watch.err")).contains("run start: month 2026-03"), watch, logs);

        watch.destroy();
        assertThat(watch.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String err = Jar.err(logs, "watch");
        assertThat(err).contains("stopping once the work in progress is done")
                .contains("run end: month 2026-03 revision 1 COMPLETED")
                .contains("drop big-2026-03: exit 0 (billed) → processed/big-2026-03-");
        assertThat(err.indexOf("stopping once")).as("SIGTERM came while billing").isLessThan(err.indexOf("run end"));
        assertThat(entries(inbox)).containsExactly("processed");
        assertThat(work.resolve("out/2026-03/invoices.csv")).exists();
        assertThat(work.resolve("state/in-use.txt")).doesNotExist();
    }

    private String[] watch(Path inbox, String... extra) {
        List<String> args = new ArrayList<>(List.of("watch", "--inbox", inbox.toString(), "--output",
                work.resolve("out").toString(), "--state", work.resolve("state").toString(),
                "--billing.watch.poll-interval=200ms"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private static Path handled(Path inbox, String folder, String name) {
        return Folders.entries(inbox.resolve(folder)).stream()
                .filter(path -> path.getFileName().toString().matches(name + "-\\d{8}-\\d{6}"))
                .filter(path -> Files.exists(path.resolve("REPORT.txt"))).findFirst().orElse(null);
    }

    private static <T> T await(Supplier<T> found, Process watch, Path logs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            T value = found.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            assertThat(watch.isAlive()).as(Jar.err(logs, "watch")).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("not seen in time; watch said:\n" + Jar.err(logs, "watch"));
    }

    private static void await(BooleanSupplier condition, Process watch, Path logs) throws Exception {
        await(() -> condition.getAsBoolean() ? Boolean.TRUE : null, watch, logs);
    }

    private static List<String> entries(Path dir) {
        return Folders.entries(dir).stream().map(path -> path.getFileName().toString()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
