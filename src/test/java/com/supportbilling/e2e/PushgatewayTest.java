package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --billing.pushgateway.url=…} pushes the run's figures once it has ended (D103), to a small
 * HTTP server of the test's own on the loopback that records what it receives, as a Pushgateway would.
 */
class PushgatewayTest {

    private static final Path MARCH = Path.of("input-samples/2026-03");

    record Received(String method, String path, String contentType, String body) {
    }

    @TempDir
    Path work;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer gateway;

    @BeforeEach
    void startTheGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopTheGateway() {
        gateway.stop(0);
    }

    private String url() {
        return "--billing.pushgateway.url=http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    @Test
    void aBilledRunPushesItsOutcomeRowsDurationAndMonth() {
        Cli.Result run = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"), url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(received).hasSize(1);
        Received push = received.get(0);
        assertThat(push.method()).as("POST: a later failed run keeps this month in the group").isEqualTo("POST");
        assertThat(push.path()).isEqualTo("/metrics/job/support-billing");
        assertThat(push.contentType()).startsWith("text/plain");
        // March of the samples: 49 rows read, 8 rejected (README "What the samples bill")
        assertThat(push.body())
                .contains("billing_runs_total{exit_code=\"0\",outcome=\"billed\"} 1.0")
                .contains("billing_runs_total{exit_code=\"3\",outcome=\"input_refused\"} 0.0")
                .contains("billing_rows_read_total 49.0")
                .contains("billing_rows_rejected_total 8.0")
                .contains("billing_run_duration_seconds_count{outcome=\"billed\"} 1")
                .contains("billing_last_completed_month 202603.0");
    }

    @Test
    void aRefusedRunPushesItsOutcomeAndLeavesTheMonthToTheLastBilledOne() throws IOException {
        Path input = work.resolve("in");
        PublishedMonth.copy(MARCH, input);
        Files.delete(input.resolve("accounts.csv"));

        Cli.Result run = Cli.bill("2026-03", input, work.resolve("out"), work.resolve("state"), url(),
                "--billing.pushgateway.job=acme-billing");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).path()).isEqualTo("/metrics/job/acme-billing");
        assertThat(received.get(0).body())
                .contains("billing_runs_total{exit_code=\"3\",outcome=\"input_refused\"} 1.0")
                .contains("billing_runs_total{exit_code=\"0\",outcome=\"billed\"} 0.0")
                .contains("billing_run_duration_seconds_count{outcome=\"input_refused\"} 1")
                .doesNotContain("billing_last_completed_month");
    }

    /** The state held by another process (here, this test): no billing application, the exit code all the same. */
    @Test
    void aRunWhoseApplicationCannotStartPushesItsExitCode() throws IOException {
        Path state = Files.createDirectories(work.resolve("state"));
        Cli.Result run;
        try (FileChannel lock = FileChannel.open(state.resolve("state.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            run = Cli.bill("2026-03", MARCH, work.resolve("out"), state, url());
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.err()).contains("is in use by another billing process");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).body())
                .contains("billing_runs_total{exit_code=\"4\",outcome=\"already_billed\"} 1.0")
                .doesNotContain("billing_run_duration_seconds");
    }

    @Test
    void aPushThatFailsIsOneWarningAndTheRunStillExitsZero() {
        answer.set(503);

        Cli.Result run = Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"), url());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Billed 2026-03 (revision 1)");
        assertThat(run.err()).contains("Warning: the run's figures were not pushed to the Pushgateway at http://127.0.0.1:"
                + gateway.getAddress().getPort() + ": Response code from http://127.0.0.1:")
                .contains(" was 503. The run itself is not affected.");
        assertThat(received).hasSize(1);
    }

    @Test
    void withoutAUrlOrInADryRunNothingIsPushed() {
        assertThat(Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state"), "--dry-run", url()).exitCode())
                .isZero();
        assertThat(Cli.bill("2026-03", MARCH, work.resolve("out"), work.resolve("state")).exitCode()).isZero();
        assertThat(received).isEmpty();
    }
}
