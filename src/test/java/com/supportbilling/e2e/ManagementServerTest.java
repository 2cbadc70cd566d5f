package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.testing.Http;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The management server of {@code watch} (D100–D102), over real HTTP on the loopback: health and
 * Prometheus metrics on the port asked for, bound to 127.0.0.1; DOWN after a failed drop, UP again
 * after a billed one, DOWN without an inbox; and the figures of the runs.
 */
class ManagementServerTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @Test
    void watchServesHealthAndTheRunsFiguresOnTheLoopback() throws Exception {
        try (Watching watch = Watching.start(work, "--management.server.port=0", "--billing.watch.quiet-period=1h")) {
            URI base = Http.managementBase(watch.state.resolve("logs/support-billing.log"));
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            Http.Response health = Http.get(base.resolve("health"));
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(health.json().at("/status").asString()).isEqualTo("UP");
            for (String component : List.of("inbox", "database", "lastDrop")) {
                assertThat(health.json().at("/components/" + component + "/status").asString()).as(component).isEqualTo("UP");
            }
            assertThat(health.json().at("/components/database/details/database").asString())
                    .isEqualTo("the embedded state in " + watch.state.toAbsolutePath());
            // bound to 127.0.0.1 itself, not to every address: 127.0.0.2 is the same machine, another address
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.2", base.getPort()), 5_000);
                }
            }).isInstanceOf(ConnectException.class);

            Path bad = Watching.drop(watch.inbox, "2026-03", SAMPLES.resolve("2026-03"), false);
            Files.delete(bad.resolve("accounts.csv"));
            Files.createFile(bad.resolve("_READY"));
            watch.handled("failed", "2026-03");
            health = Http.get(base.resolve("health"));
            assertThat(health.status()).as(health.body()).isEqualTo(503);
            assertThat(health.json().at("/status").asString()).isEqualTo("DOWN");
            JsonNode lastDrop = health.json().at("/components/lastDrop");
            assertThat(lastDrop.at("/status").asString()).isEqualTo("DOWN");
            assertThat(lastDrop.at("/details/drop").asString()).isEqualTo("2026-03");
            assertThat(lastDrop.at("/details/month").asString()).isEqualTo("2026-03");
            assertThat(lastDrop.at("/details/result").asString()).isEqualTo("exit 3 (input refused)");
            assertThat(lastDrop.at("/details/sentence").asString()).contains("has no accounts.csv");
            assertThat(lastDrop.at("/details/filed").asString()).contains("/failed/2026-03-");
            assertThat(Http.get(base.resolve("prometheus")).body())
                    .contains("billing_runs_total{exit_code=\"3\",outcome=\"input_refused\"} 1.0")
                    .contains("billing_runs_total{exit_code=\"0\",outcome=\"billed\"} 0.0")
                    .doesNotContain("billing_last_completed_month");

            Watching.drop(watch.inbox, "acme-2026-03", SAMPLES.resolve("2026-03"), true);
            watch.handled("processed", "acme-2026-03");
            health = Http.get(base.resolve("health"));
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(health.json().at("/components/lastDrop/status").asString()).isEqualTo("UP");
            assertThat(health.json().at("/components/lastDrop/details/drop").asString()).isEqualTo("acme-2026-03");
            assertThat(health.json().at("/components/lastDrop/details/result").asString()).isEqualTo("exit 0 (billed)");
            // March of the samples: 49 rows read, 8 rejected (README "What the samples bill")
            assertThat(Http.get(base.resolve("prometheus")).body())
                    .contains("billing_runs_total{exit_code=\"0\",outcome=\"billed\"} 1.0")
                    .contains("billing_runs_total{exit_code=\"3\",outcome=\"input_refused\"} 1.0")
                    .contains("billing_rows_read_total 49.0")
                    .contains("billing_rows_rejected_total 8.0")
                    .contains("billing_run_duration_seconds_count{outcome=\"billed\"} 1")
                    .contains("billing_last_completed_month 202603.0")
                    .contains("jvm_memory_used_bytes");

            Path away = Files.move(watch.inbox, work.resolve("inbox-away"));
            health = Http.get(base.resolve("health"));
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/inbox/status").asString()).isEqualTo("DOWN");
            assertThat(health.json().at("/components/inbox/details/error").asString())
                    .isEqualTo("it does not exist or is not a folder");
            Files.move(away, watch.inbox);
            assertThat(watch.stop()).isZero();
        }
    }

    @Test
    void aManagementPortAnotherProgramUsesIsABadArgument() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Result watch = Cli.run("watch", "--inbox", inbox.toString(), "--output", work.resolve("out").toString(),
                    "--state", work.resolve("state").toString(), "--management.server.port=" + taken.getLocalPort());

            assertThat(watch.exitCode()).isEqualTo(2);
            assertThat(watch.err()).contains("The management server cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": another program uses that port. Choose another --management.server.port.");
        }
    }
}
