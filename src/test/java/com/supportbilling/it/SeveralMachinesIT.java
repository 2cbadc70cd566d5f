package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Broker;
import com.supportbilling.testing.Postgres;
import com.supportbilling.testing.PublishedFiles;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One month billed by a manager and worker JVMs started from the packaged jar, through a real Artemis
 * broker and a real PostgreSQL, on usage with line item ids repeated across files and partitions (D90–D95):
 * the published files are byte for byte those of the same month billed on one machine — with a worker
 * killed mid-partition whose partition another worker takes over, foreign messages on the queue refused,
 * and a second manager refused; then, with the only worker killed, the run fails naming the partition,
 * and the same command with a new worker resumes to the same files.
 */
class SeveralMachinesIT {

    private static final String SMALL_PARTITIONS = "--billing.partition.size=1MB";

    @TempDir
    Path work;

    @Test
    void aMonthBilledOnSeveralMachinesPublishesWhatOneMachinePublishes() throws Exception {
        Path input = SeveralFilesMonth.write(work.resolve("in"), 3000, 150_000);
        Path logs = work.resolve("logs");
        Process single = Jar.start(logs, "single", "run", "--month", "2026-03", "--input", input.toString(), "--output",
                work.resolve("single-out").toString(), "--state", work.resolve("single-state").toString());
        assertThat(single.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(single.exitValue()).as(Jar.err(logs, "single")).isZero();
        Map<String, String> expected = PublishedFiles.contents(work.resolve("single-out/2026-03"));
        assertThat(expected.get("rejects.csv")).contains("DUPLICATE_LINE_ITEM").contains("usage-2026-03-b.csv.gz")
                .contains("MALFORMED_ROW");

        try (Broker broker = Broker.start()) {
            List<String> database = databaseArguments();
            sendForeignMessages(broker);
            Process first = worker(logs, "worker-1", broker, database);
            Process second = worker(logs, "worker-2", broker, database);
            awaitLine(logs, "worker-1", "taking usage partitions", first);
            awaitLine(logs, "worker-2", "taking usage partitions", second);
            Process manager = Jar.start(logs, "manager", manager(input, "out", broker, database));

            awaitLine(logs, "worker-1", "reading usage partition", first);
            signal("STOP", first);
            Process twice = Jar.start(logs, "second-manager", manager(input, "out", broker, database));
            assertThat(twice.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(twice.exitValue()).as(Jar.err(logs, "second-manager")).isEqualTo(4);
            assertThat(Jar.err(logs, "second-manager")).contains("2026-03 is being billed right now by");
            assertThat(lastPartitionLine(logs, "worker-1")).as("killed mid-partition").startsWith("reading");
            first.destroyForcibly();

            assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(manager.exitValue()).as(Jar.err(logs, "manager")).isZero();
            assertThat(PublishedFiles.contents(work.resolve("out/2026-03"))).isEqualTo(expected);
            assertThat(Jar.err(logs, "manager")).contains("partitions of about").contains("by worker pid " + second.pid());
            assertThat(Jar.err(logs, "worker-1") + Jar.err(logs, "worker-2"))
                    .contains("refused a message from the partition queue and dropped it: it is not a text message")
                    .contains("it is not JSON").contains("it is for the job otherJob")
                    .contains("the job repository has no step execution 987654321");
            assertThat(work.resolve("out/.partitions-2026-03-R1")).as("removed once combined").doesNotExist();
            stop(second);
        }
    }

    @Test
    void aRunWhoseOnlyWorkerDiedNamesThePartitionAndTheSameCommandResumes() throws Exception {
        Path input = SeveralFilesMonth.write(work.resolve("in"), 500, 60_000);
        Path logs = work.resolve("logs");
        Process single = Jar.start(logs, "single", "run", "--month", "2026-03", "--input", input.toString(), "--output",
                work.resolve("single-out").toString(), "--state", work.resolve("single-state").toString());
        assertThat(single.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(single.exitValue()).as(Jar.err(logs, "single")).isZero();

        try (Broker broker = Broker.start()) {
            List<String> database = databaseArguments();
            Process lone = worker(logs, "lone-worker", broker, database);
            awaitLine(logs, "lone-worker", "taking usage partitions", lone);
            String[] run = manager(input, "out", broker, database, "--billing.partition.stall-timeout=5s",
                    "--billing.partition.worker-wait=10s", "--billing.partition.poll-interval=500ms");
            Process manager = Jar.start(logs, "manager", run);
            awaitLine(logs, "lone-worker", "reading usage partition", lone);
            lone.destroyForcibly();
            assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String err = Jar.err(logs, "manager");
            assertThat(manager.exitValue()).as(err).isEqualTo(1);
            assertThat(err).contains("Billing 2026-03 failed: usage partition").contains("was not read: its worker, pid "
                    + lone.pid()).contains("Nothing was published; with a worker running, run the same command again");
            assertThat(work.resolve("out/2026-03")).doesNotExist();

            Process late = worker(logs, "late-worker", broker, database);
            awaitLine(logs, "late-worker", "taking usage partitions", late);
            Process resumed = Jar.start(logs, "resumed", run);
            assertThat(resumed.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(resumed.exitValue()).as(Jar.err(logs, "resumed")).isZero();
            assertThat(PublishedFiles.contents(work.resolve("out/2026-03")))
                    .isEqualTo(PublishedFiles.contents(work.resolve("single-out/2026-03")));
            assertThat(Jar.err(logs, "late-worker")).contains("has ended FAILED");
            stop(late);
        }
    }

    private List<String> databaseArguments() {
        return Postgres.newDatabaseArguments();
    }

    private Process worker(Path logs, String name, Broker broker, List<String> database) throws IOException {
        List<String> args = new ArrayList<>(List.of("worker", "--broker", broker.url(), "--state",
                work.resolve(name).toString(), "--billing.usage-block-size=65536", "--billing.usage-blocks-per-chunk=2"));
        args.addAll(database);
        return Jar.start(logs, name, args.toArray(String[]::new));
    }

    private String[] manager(Path input, String output, Broker broker, List<String> database, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--month", "2026-03", "--input", input.toString(), "--output",
                work.resolve(output).toString(), "--state", work.resolve("manager-state").toString(), "--broker",
                broker.url(), SMALL_PARTITIONS, "--billing.progress=off"));
        args.addAll(database);
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /** What no worker may execute: another kind of message, text that is not JSON, another job, an unknown step. */
    private static void sendForeignMessages(Broker broker) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue("support-billing.usage-partitions"));
            producer.send(session.createObjectMessage(new java.util.ArrayList<>(List.of("payload"))));
            producer.send(session.createTextMessage("hello"));
            producer.send(session.createTextMessage("{\"type\":\"support-billing/usage-partition-request\",\"version\":1,"
                    + "\"job\":\"otherJob\",\"job_execution_id\":1,\"step\":\"usageIntakePartition\",\"step_execution_id\":1}"));
            producer.send(session.createTextMessage("{\"type\":\"support-billing/usage-partition-request\",\"version\":1,"
                    + "\"job\":\"monthEndBilling\",\"job_execution_id\":1,\"step\":\"usageIntakePartition\","
                    + "\"step_execution_id\":987654321}"));
        }
    }

    private static void awaitLine(Path logs, String name, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!Jar.err(logs, name).contains(text) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(Jar.err(logs, name)).as("%s is alive and says %s", name, text).contains(text);
    }

    /** The worker's last line about a partition: "reading …" while it reads one, "read … in" once done. */
    private static String lastPartitionLine(Path logs, String name) throws IOException {
        List<String> lines = Jar.err(logs, name).lines().map(line -> line.replaceFirst("^\\S+ ", ""))
                .filter(line -> line.startsWith("reading usage partition") || line.startsWith("read usage partition"))
                .toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** SIGTERM: the worker finishes what it reads and ends with 143. */
    private static void stop(Process worker) throws InterruptedException {
        worker.destroy();
        assertThat(worker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.exitValue()).isEqualTo(143);
    }

    private static void signal(String name, Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + name).isZero();
    }
}
