package com.supportbilling.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.supportbilling.testing.Http;
import java.io.IOException;
import java.net.URI;
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
 * {@code schedule} with its management server, over real HTTP on the loopback (D100–D102): a tick that
 * cannot bill its month leaves the schedule DOWN, since it never retries by itself; a later tick that
 * bills it brings it UP, and the runs' figures say both.
 */
class ScheduleHealthTest {

    @TempDir
    Path work;

    @Test
    void aTickThatCouldNotBillIsDownUntilALaterTickBillsTheMonth() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path state = work.resolve("state");
        Clock april = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse("2026-04-01T02:59:58.500Z")));
        ScheduleCommand command = new ScheduleCommand(new SpringLauncher(List.of("--management.server.port=0")), april);
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread schedule = new Thread(() -> exitCode.set(new CommandLine(command).execute("--cron", "*/2 * * * * *",
                "--input", input.toString(), "--output", work.resolve("out").toString(), "--state", state.toString())),
                "schedule-under-test");
        schedule.start();
        try {
            Path log = state.resolve("logs/support-billing.log");
            URI base = Http.managementBase(log);
            await().atMost(Duration.ofSeconds(60)).until(() -> read(log).contains("2026-03: exit 3 (input refused)"));
            Http.Response health = Http.get(base.resolve("health"));
            assertThat(health.status()).as(health.body()).isEqualTo(503);
            assertThat(health.json().at("/components/lastTick/status").asString()).isEqualTo("DOWN");
            assertThat(health.json().at("/components/lastTick/details/month").asString()).isEqualTo("2026-03");
            assertThat(health.json().at("/components/lastTick/details/result").asString()).isEqualTo("exit 3 (input refused)");
            assertThat(health.json().at("/components/database/status").asString()).isEqualTo("UP");
            assertThat(Http.get(base.resolve("prometheus")).body())
                    .containsPattern("billing_runs_total\\{exit_code=\"3\",outcome=\"input_refused\"} [1-9]");

            copy(Path.of("input-samples/2026-03"), input.resolve("2026-03"));
            await().atMost(Duration.ofSeconds(60)).until(() -> read(log).contains("2026-03: exit 0 (billed)"));
            health = Http.get(base.resolve("health"));
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(health.json().at("/components/lastTick/status").asString()).isEqualTo("UP");
            assertThat(Http.get(base.resolve("prometheus")).body())
                    .contains("billing_runs_total{exit_code=\"0\",outcome=\"billed\"} 1.0")
                    .contains("billing_last_completed_month 202603.0");
        } finally {
            schedule.interrupt();
            schedule.join(60_000);
        }
        assertThat(schedule.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static void copy(Path from, Path to) throws IOException {
        Path staging = Files.createDirectories(to.resolveSibling("." + to.getFileName()));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, staging.resolve(file.getFileName()));
            }
        }
        Files.move(staging, to);
    }
}
