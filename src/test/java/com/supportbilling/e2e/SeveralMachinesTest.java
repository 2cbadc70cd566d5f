package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.cli.BillingCommandLine;
import com.supportbilling.testing.Broker;
import com.supportbilling.testing.Postgres;
import com.supportbilling.testing.PublishedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month billed by a manager with workers (D90–D95), in this JVM, through a real Artemis broker and a real
 * PostgreSQL, publishes byte for byte what one machine publishes — on the samples, and on usage full of
 * trouble cut into partitions of a few kilobytes, so that quoted line breaks, CRLF and duplicates fall on
 * every side of their edges; and what a manager refuses before it starts.
 */
class SeveralMachinesTest {

    @TempDir
    Path work;

    private Broker broker;
    private final List<Thread> workers = new ArrayList<>();

    @BeforeEach
    void startBroker() {
        broker = Broker.start();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Thread worker : workers) {
            worker.interrupt();
            worker.join(60_000);
        }
        broker.close();
    }

    @Test
    void theSamplesBillOnWorkersAsOnOneMachine() throws IOException {
        assertSameAsOneMachine(Path.of("input-samples/2026-03"), "--billing.partition.size=2KB");
    }

    @Test
    void usageFullOfTroubleInTinyPartitionsBillsAsOnOneMachine() throws IOException {
        Path input = work.resolve("generated");
        ParallelIntakeTest.writeTroubledMonth(input, "gzip");
        Map<String, String> published = assertSameAsOneMachine(input, "--billing.partition.size=3KB",
                "--billing.usage-block-size=700", "--billing.skip-limit-percent=100");
        assertThat(published.get("rejects.csv")).contains("DUPLICATE_LINE_ITEM").contains("usage-3.csv.gz");
    }

    @Test
    void aPartitionRefusedOnItsInputRefusesTheRunAsOneMachineWould() throws IOException {
        Path input = PublishedMonth.copy(Path.of("input-samples/2026-03"), work.resolve("damaged"));
        byte[] packed = gzip(Files.readAllBytes(input.resolve("usage-2026-03.csv")));
        Files.write(input.resolve("usage-2026-03-b.csv.gz"), Arrays.copyOf(packed, packed.length - 20));
        Cli.Result single = Cli.bill("2026-03", input, work.resolve("single"), work.resolve("single-state"));
        assertThat(single.exitCode()).as(single.err()).isEqualTo(3);
        List<String> database = Postgres.newDatabaseArguments();
        startWorker("worker-1", database);
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--broker", broker.url(), "--billing.partition.poll-interval=100ms"));
        Cli.Result managed = Cli.bill("2026-03", input, work.resolve("managed"), work.resolve("manager-state"),
                args.toArray(String[]::new));
        assertThat(managed.exitCode()).as(managed.err()).isEqualTo(3);
        assertThat(managed.err()).contains(single.err().strip().lines().reduce((first, last) -> last).orElseThrow());
        assertThat(work.resolve("managed/2026-03")).doesNotExist();
        assertThat(work.resolve("managed/.partitions-2026-03-R1")).as("kept for the run's restart").isDirectory();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }

    @Test
    void aManagerNeedsPostgresqlAndNoDryRun() {
        Cli.Result embedded = Cli.bill("2026-03", Path.of("input-samples/2026-03"), work.resolve("out"),
                work.resolve("state"), "--broker", broker.url());
        assertThat(embedded.exitCode()).isEqualTo(2);
        assertThat(embedded.err()).contains("run with --broker needs the state in PostgreSQL")
                .contains("--spring.datasource.url=jdbc:postgresql://HOST:5432/DATABASE");
        Cli.Result worker = Cli.run("worker", "--broker", broker.url());
        assertThat(worker.exitCode()).isEqualTo(2);
        assertThat(worker.err()).contains("worker with --broker needs the state in PostgreSQL");
        List<String> args = new ArrayList<>(Postgres.newDatabaseArguments());
        args.addAll(List.of("--broker", broker.url(), "--dry-run"));
        Cli.Result dry = Cli.bill("2026-03", Path.of("input-samples/2026-03"), work.resolve("out"), work.resolve("state"),
                args.toArray(String[]::new));
        assertThat(dry.exitCode()).isEqualTo(2);
        assertThat(dry.err()).contains("--dry-run bills in memory on this machine: leave out --broker.");
    }

    @Test
    void aBrokerOutOfReachIsSaidAtOnce() {
        List<String> args = new ArrayList<>(List.of("worker", "--broker", "tcp://127.0.0.1:1", "--state",
                work.resolve("worker").toString()));
        args.addAll(Postgres.newDatabaseArguments());
        Cli.Result worker = Cli.run(args.toArray(String[]::new));
        assertThat(worker.exitCode()).isEqualTo(1);
        assertThat(worker.err()).contains("Cannot connect to the broker tcp://127.0.0.1:1: ")
                .contains("--billing.broker.user and --billing.broker.password").doesNotContain("taking usage partitions");
        List<String> run = new ArrayList<>(Postgres.newDatabaseArguments());
        run.addAll(List.of("--broker", "tcp://127.0.0.1:1"));
        Cli.Result manager = Cli.bill("2026-03", Path.of("input-samples/2026-03"), work.resolve("out"),
                work.resolve("state"), run.toArray(String[]::new));
        assertThat(manager.exitCode()).isEqualTo(1);
        assertThat(manager.err()).contains("Cannot connect to the broker tcp://127.0.0.1:1: ");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    @Test
    void withoutAWorkerTheRunWaitsAndSaysSo() {
        List<String> args = new ArrayList<>(Postgres.newDatabaseArguments());
        args.addAll(List.of("--broker", broker.url(), "--billing.partition.worker-wait=2s",
                "--billing.partition.poll-interval=200ms"));
        Cli.Result alone = Cli.bill("2026-03", Path.of("input-samples/2026-03"), work.resolve("out"), work.resolve("state"),
                args.toArray(String[]::new));
        assertThat(alone.exitCode()).as(alone.err()).isEqualTo(1);
        assertThat(alone.err()).contains("Billing 2026-03 failed: usage partition 1 of 1 (usage-2026-03.csv")
                .contains("was not read: no worker took it within 2 s")
                .contains("Nothing was published; with a worker running, run the same command again");
        assertThat(work.resolve("out/2026-03")).doesNotExist();
    }

    private Map<String, String> assertSameAsOneMachine(Path input, String... settings) throws IOException {
        Cli.Result single = Cli.bill("2026-03", input, work.resolve("single"), work.resolve("single-state"), settings);
        assertThat(single.exitCode()).as(single.err()).isZero();
        List<String> database = Postgres.newDatabaseArguments();
        startWorker("worker-1", database);
        startWorker("worker-2", database);
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--broker", broker.url(), "--billing.partition.poll-interval=100ms"));
        args.addAll(List.of(settings));
        long connections = broker.connectionsOpened();
        Cli.Result managed = Cli.bill("2026-03", input, work.resolve("managed"), work.resolve("manager-state"),
                args.toArray(String[]::new));
        assertThat(managed.exitCode()).as(managed.err()).isZero();
        assertThat(managed.err()).contains("partitions (billing.partition.size").contains("completed by worker pid");
        Matcher framedAhead = Pattern.compile("\\((\\d+) of the files framed while the manager started\\)")
                .matcher(managed.err());
        assertThat(framedAhead.find()).isTrue();
        assertThat(Integer.parseInt(framedAhead.group(1))).as("usage files framed while the manager started (D149)")
                .isPositive();
        Matcher plan = Pattern.compile("in (\\d+) partitions \\(billing.partition.size").matcher(managed.err());
        assertThat(plan.find()).isTrue();
        assertThat(broker.connectionsOpened() - connections)
                .as("the manager's connections: its check at start, and one for all %s requests", plan.group(1))
                .isLessThanOrEqualTo(2);
        Map<String, String> expected = PublishedFiles.contents(work.resolve("single/2026-03"));
        assertThat(PublishedFiles.contents(work.resolve("managed/2026-03"))).isEqualTo(expected);
        assertThat(work.resolve("managed/.partitions-2026-03-R1")).as("removed once published (D153)").doesNotExist();
        return expected;
    }

    private void startWorker(String name, List<String> database) {
        List<String> args = new ArrayList<>(List.of("worker", "--broker", broker.url(), "--state",
                work.resolve(name).toString()));
        args.addAll(database);
        Thread worker = new Thread(() -> BillingCommandLine.execute(args.toArray(String[]::new)), name);
        worker.setDaemon(true);
        worker.start();
        workers.add(worker);
        broker.awaitConsumers(workers.size(), Duration.ofSeconds(60));
    }
}
