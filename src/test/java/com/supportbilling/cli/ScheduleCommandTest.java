package com.supportbilling.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.supportbilling.testing.ClockStartingAt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code schedule} for real, on a clock that reads just before 03:00 on 1 April 2026 when the schedule
 * starts: its tick bills March through the path of {@code run}, and a later tick finds March billed,
 * says so, and goes on.
 */
class ScheduleCommandTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples");

    @TempDir
    Path work;

    @Test
    void aTickBillsThePreviousMonthAndALaterTickFindsItBilled() throws Exception {
        Path input = work.resolve("in");
        copy(SAMPLES.resolve("2026-03"), input.resolve("2026-03"));
        copy(SAMPLES.resolve("2026-04"), input.resolve("2026-04"));
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        // half a second before 03:00 when the schedule first reads it, however long starting up took
        Clock april = new ClockStartingAt(Instant.parse("2026-04-01T02:59:59.500Z"));
        ScheduleCommand command = new ScheduleCommand(new SpringLauncher(List.of()), april);
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread schedule = new Thread(() -> exitCode.set(new CommandLine(command).execute("--cron", "*/3 * * * * *",
                "--input", input.toString(), "--output", out.toString(), "--state", state.toString())), "schedule-under-test");
        schedule.start();
        try {
            Path log = state.resolve("logs/support-billing.log");
            await().atMost(Duration.ofSeconds(120)).until(() -> read(log).contains("2026-03: exit 4 (already billed)"));
        } finally {
            schedule.interrupt();
            schedule.join(60_000);
        }
        assertThat(schedule.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();

        String log = read(state.resolve("logs/support-billing.log"));
        assertThat(log).contains("schedule \"*/3 * * * * *\" (UTC): the next tick, 2026-04-01 03:00:00 UTC, bills 2026-03 "
                + "from " + input.toAbsolutePath() + " into " + out.toAbsolutePath() + ".");
        assertThat(log).contains("tick 2026-04-01 03:00:00 UTC: 2026-03: exit 0 (billed): Billed 2026-03 (revision 1): "
                + "outputs in " + out.toAbsolutePath().resolve("2026-03") + ". Next tick");
        assertThat(log).containsPattern("tick 2026-04-01 03:00:\\d\\d UTC: 2026-03: exit 4 \\(already billed\\): 2026-03 is "
                + "already billed \\(revision 1, completed [^)]*\\); its outputs are in .*; use --rerun to bill it again");
        for (String file : List.of("invoices.csv", "invoice-lines.csv", "refund-ledger.csv", "allocations.csv", "rejects.csv")) {
            assertThat(Files.mismatch(out.resolve("2026-03").resolve(file), GOLDEN.resolve("2026-03").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
        // Acme Dev Shop's March, by hand in the README: 14.03 + 160.16 + 51.61 + 567.74 + 100.00
        assertThat(Files.readString(out.resolve("2026-03/invoices.csv")))
                .contains("INV-202603-100000000001,2026-03,100000000001,893.54,0,0.00,893.54,USD,5");
        assertThat(out.resolve("2026-03/revisions")).doesNotExist();
        assertThat(out.resolve("2026-04")).as("only the month before the tick").doesNotExist();
        assertThat(state.resolve("in-use.txt")).doesNotExist();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
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
