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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One month billed by a manager and worker JVMs started from the packaged jar, through a real Artemis
 * broker and a real PostgreSQL, on usage with line item ids repeated across files and partitions (D90–D96):
 * the published files are byte for byte those of the same month billed on one machine — with a worker
 * killed ({@code kill -9}) mid-partition, whose partition the other worker takes over, foreign messages on
 * the queue refused, and a second manager refused (exit 4). Then, with the only worker killed, the run
 * fails naming the partition; the same command with a worker started late resumes, is killed while it
 * combines the partitions, and the same command again publishes the same files. A manager stopped by
 * SIGTERM while a partition is read ends with 143, publishing nothing, and the same command resumes; a
 * worker stopped by SIGTERM mid-partition finishes and completes that partition and ends with 143. The
 * moments of the kills and signals are held by the debugger ({@link Debuggee}, D105), not guessed.
 */
class SeveralMachinesIT {

    private static final String SMALL_PARTITIONS = "--billing.partition.size=1MB";
    private static final String PARTITION_WRITER = "com.supportbilling.partition.worker.PartitionWriter";
    private static final String COMBINE = "com.supportbilling.partition.manager.CombinePartitions";

    /** The month, and what one machine publishes for it: made once for both tests. */
    @TempDir
    static Path month;
    private static Path input;
    private static Map<String, String> expected;

    @TempDir
    Path work;

    private final List<String> database = Postgres.newDatabaseArguments();

    @BeforeAll
    static void billOnOneMachine() throws Exception {
        input = SeveralFilesMonth.write(month.resolve("in"), 1000, 80_000);
        Path logs = month.resolve("logs");
        Process single = Jar.start(logs, "single", "run", "--month", "2026-03", "--input", input.toString(), "--output",
                month.resolve("single-out").toString(), "--state", month.resolve("single-state").toString());
        assertThat(single.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(single.exitValue()).as(Jar.err(logs, "single")).isZero();
        expected = PublishedFiles.contents(month.resolve("single-out/2026-03"));
        assertThat(expected.get("rejects.csv")).contains("DUPLICATE_LINE_ITEM").contains("usage-2026-03-b.csv.gz")
                .contains("MALFORMED_ROW");
    }

    @Test
    void aMonthBilledOnSeveralMachinesPublishesWhatOneMachinePublishes() throws Exception {
        Path logs = work.resolve("logs");

        try (Broker broker = Broker.start();
                Debuggee first = Debuggee.start(logs, "worker-1", worker(broker, "worker-1", database))) {
            Debuggee.Pause midPartition = first.pauseAt(PARTITION_WRITER, "write", 1);
            first.go();
            Process manager = Jar.start(logs, "manager", manager(broker));
            // the requests are queued (and the manager made the tables): foreign messages go before them
            awaitLine(logs, "manager", "partitions (billing.partition.size", manager);
            sendForeignMessages(broker);
            // worker-1 takes messages before worker-2 comes, late: it must get a partition to be killed in
            awaitLine(logs, "worker-1", "taking usage partitions", first.process());
            Process second = Jar.start(logs, "worker-2", worker(broker, "worker-2", database));

            midPartition.await();
            Process twice = Jar.start(logs, "second-manager", manager(broker));
            assertThat(twice.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(twice.exitValue()).as(Jar.err(logs, "second-manager")).isEqualTo(4);
            assertThat(Jar.err(logs, "second-manager")).contains("2026-03 is being billed right now by");
            first.process().destroyForcibly();

            assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(manager.exitValue()).as(Jar.err(logs, "manager")).isZero();
            assertThat(PublishedFiles.contents(work.resolve("out/2026-03"))).isEqualTo(expected);
            assertThat(Jar.err(logs, "manager")).contains("partitions (billing.partition.size 1.0 MB)")
                    .contains("taken by worker pid " + first.process().pid())
                    .contains("completed by worker pid " + second.pid());
            assertThat(Jar.err(logs, "worker-1") + Jar.err(logs, "worker-2"))
                    .contains("refused a message from the partition queue and dropped it: it is not a text message")
                    .contains("it is not JSON").contains("it is for the job otherJob")
                    .contains("the job repository has no step execution 987654321");
            assertThat(work.resolve("out/.partitions-2026-03-R1")).as("removed once combined").doesNotExist();
            stop(second);
        }
    }

    @Test
    void aRunWhoseOnlyWorkerDiedNamesThePartitionAndAKilledManagerResumes() throws Exception {
        Path logs = work.resolve("logs");

        try (Broker broker = Broker.start()) {
            String[] run = manager(broker, "--billing.partition.stall-timeout=5s",
                    "--billing.partition.worker-wait=10s", "--billing.partition.poll-interval=500ms");
            try (Debuggee lone = Debuggee.start(logs, "lone-worker", worker(broker, "lone-worker", database))) {
                Process manager = managerWithWorkerHeldMidPartition(lone, "lone-worker", logs, run).manager();
                lone.process().destroyForcibly();
                assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
                String err = Jar.err(logs, "manager");
                assertThat(manager.exitValue()).as(err).isEqualTo(1);
                assertThat(err).contains("Billing 2026-03 failed: usage partition").contains("was not read: its worker, pid "
                        + lone.process().pid()).contains("Nothing was published; with a worker running, run the same command again");
            }
            assertThat(work.resolve("out/2026-03")).doesNotExist();

            Process late = Jar.start(logs, "late-worker", worker(broker, "late-worker", database));
            awaitLine(logs, "late-worker", "taking usage partitions", late);
            try (Debuggee resumed = Debuggee.start(logs, "resumed", run)) {
                Debuggee.Pause combining = resumed.pauseAt(COMBINE, "execute", 1);
                resumed.go();
                combining.await();
                resumed.process().destroyForcibly();
            }
            assertThat(work.resolve("out/2026-03")).doesNotExist();

            Process again = Jar.start(logs, "resumed-again", run);
            assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).as(Jar.err(logs, "resumed-again")).isZero();
            assertThat(PublishedFiles.contents(work.resolve("out/2026-03"))).isEqualTo(expected);
            assertThat(Jar.err(logs, "resumed")).contains("partitions planned by the first attempt");
            assertThat(Jar.err(logs, "resumed-again")).contains("left running by a process that stopped; resuming it")
                    .doesNotContain("taken by worker");
            assertThat(Jar.err(logs, "late-worker")).contains("has ended FAILED");
            stop(late);
        }
    }

    @Test
    void aManagerStoppedBySigtermEndsWith143AndTheSameCommandResumes() throws Exception {
        Path logs = work.resolve("logs");

        try (Broker broker = Broker.start();
                Debuggee only = Debuggee.start(logs, "worker", worker(broker, "worker", database))) {
            Held held = managerWithWorkerHeldMidPartition(only, "worker", logs, manager(broker));
            Process manager = held.manager();
            manager.destroy();
            held.midPartition().release();
            assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
            String err = Jar.err(logs, "manager");
            assertThat(manager.exitValue()).as(err).isEqualTo(143);
            assertThat(err).contains("Billing 2026-03 was stopped before it").contains("run the same command again");
            assertThat(work.resolve("out/2026-03")).doesNotExist();

            Process again = Jar.start(logs, "again", manager(broker));
            assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).as(Jar.err(logs, "again")).isZero();
            assertThat(PublishedFiles.contents(work.resolve("out/2026-03"))).isEqualTo(expected);
        }
    }

    @Test
    void aWorkerStoppedBySigtermMidPartitionFinishesItAndEndsWith143() throws Exception {
        Path logs = work.resolve("logs");

        try (Broker broker = Broker.start();
                Debuggee first = Debuggee.start(logs, "worker-1", worker(broker, "worker-1", database))) {
            Held held = managerWithWorkerHeldMidPartition(first, "worker-1", logs, manager(broker));
            Process manager = held.manager();
            first.process().destroy();
            held.midPartition().release();
            assertThat(first.process().waitFor(120, TimeUnit.SECONDS)).as("the stopped worker ends").isTrue();
            assertThat(first.process().exitValue()).as(Jar.err(logs, "worker-1")).isEqualTo(143);
            Process second = Jar.start(logs, "worker-2", worker(broker, "worker-2", database));

            assertThat(manager.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(manager.exitValue()).as(Jar.err(logs, "manager")).isZero();
            assertThat(PublishedFiles.contents(work.resolve("out/2026-03"))).isEqualTo(expected);
            assertThat(Jar.err(logs, "manager")).as("the partition it read was finished, not taken from it")
                    .contains("completed by worker pid " + first.process().pid());
            stop(second);
        }
    }

    /** A manager, and the worker that took one of its partitions, held by the debugger in its first write. */
    private record Held(Process manager, Debuggee.Pause midPartition) {
    }

    /**
     * Lets {@code worker} (its log named {@code name}) start taking partitions, starts a manager with
     * {@code managerArgs}, and returns once the worker is held writing the first partition it took.
     */
    private static Held managerWithWorkerHeldMidPartition(Debuggee worker, String name, Path logs, String[] managerArgs)
            throws Exception {
        Debuggee.Pause midPartition = worker.pauseAt(PARTITION_WRITER, "write", 1);
        worker.go();
        awaitLine(logs, name, "taking usage partitions", worker.process());
        Process manager = Jar.start(logs, "manager", managerArgs);
        midPartition.await();
        return new Held(manager, midPartition);
    }

    private String[] worker(Broker broker, String name, List<String> database) {
        List<String> args = new ArrayList<>(List.of("worker", "--broker", broker.url(), "--state",
                work.resolve(name).toString(), "--billing.usage-block-size=65536", "--billing.usage-blocks-per-chunk=2"));
        args.addAll(database);
        return args.toArray(String[]::new);
    }

    private String[] manager(Broker broker, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--month", "2026-03", "--input", input.toString(), "--output",
                work.resolve("out").toString(), "--state", work.resolve("manager-state").toString(), "--broker",
                broker.url(), SMALL_PARTITIONS, "--billing.progress=off"));
        args.addAll(database);
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /**
     * What no worker may execute: another kind of message, text that is not JSON, another job, an unknown
     * step — at the highest priority, so that the workers take them before the partitions still queued.
     */
    private static void sendForeignMessages(Broker broker) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                Connection connection = factory.createConnection();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageProducer producer = session.createProducer(session.createQueue("support-billing.usage-partitions"));
            producer.setPriority(9);
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

    /** SIGTERM: the worker finishes what it reads and ends with 143. */
    private static void stop(Process worker) throws InterruptedException {
        worker.destroy();
        assertThat(worker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.exitValue()).isEqualTo(143);
    }
}
