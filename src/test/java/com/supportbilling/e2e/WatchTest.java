package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.supportbilling.SupportBillingApplication;
import com.supportbilling.ops.WorkGate;
import com.supportbilling.ops.watch.WatchConfiguration;
import com.supportbilling.ops.watch.WatchSetup;
import com.supportbilling.run.RunOutcome;
import com.supportbilling.state.BillingSessions;
import com.supportbilling.testing.Folders;
import com.supportbilling.testing.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The CSV file drop: {@code watch} bills each complete month folder landing in the inbox once, through
 * the path of {@code run}, and files it in processed/ or failed/ with a REPORT.txt (D31–D33).
 */
class WatchTest {

    private static final Path SAMPLES = Path.of("input-samples");
    /** March of the samples, summed by hand from its five invoices (README "What the samples bill"). */
    private static final String MARCH_INVOICES = "invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72";

    @TempDir
    Path work;

    @Test
    void billsADroppedFolderOnceAndMovesItToProcessedWithItsReport() throws Exception {
        try (Watching watch = watch("--billing.watch.quiet-period=1h")) {
            Watching.drop(watch.inbox, "2026-03", SAMPLES.resolve("2026-03"), true);

            Path processed = watch.handled("processed", "2026-03");
            GoldenFiles.assertMatches(watch.out.resolve("2026-03"), "input-samples/2026-03");
            assertThat(Files.readString(processed.resolve("REPORT.txt")))
                    .contains("drop      2026-03\nmonth     2026-03\n")
                    .contains("result    exit 0 (billed)\n")
                    .contains("Billed 2026-03 (revision 1): outputs in " + watch.out.resolve("2026-03").toAbsolutePath())
                    .contains(MARCH_INVOICES)
                    .contains("refunds    0: total 0.00");
            assertThat(processed.resolve("usage-2026-03.csv")).as("the whole drop moved").exists();
            assertThat(watch.inbox.resolve("2026-03")).doesNotExist();
            assertThat(watch.state.resolve("in-use.txt")).as("the state is free while the watcher waits").doesNotExist();

            // the same folder dropped again later is a new drop of a month already billed
            Watching.drop(watch.inbox, "2026-03", SAMPLES.resolve("2026-03"), true);
            Path failed = watch.handled("failed", "2026-03");
            assertThat(Files.readString(failed.resolve("REPORT.txt"))).contains("result    exit 4 (already billed)")
                    .contains("2026-03 is already billed (revision 1");
            assertThat(count(watch.log(), "run start: month 2026-03")).as("billed once").isEqualTo(1);
            assertThat(watch.out.resolve("2026-03/revisions")).doesNotExist();
            GoldenFiles.assertMatches(watch.out.resolve("2026-03"), "input-samples/2026-03");
            assertThat(watch.stop()).isZero();
        }
    }

    @Test
    void anIncompleteDropIsLeftAloneUntilItsReadyFileAppears() throws Exception {
        try (Watching watch = watch("--billing.watch.quiet-period=1h")) {
            Path drop = Watching.drop(watch.inbox, "acme-2026-03", SAMPLES.resolve("2026-03"), false);

            await().atMost(Watching.PATIENCE).until(() -> watch.log().contains(
                    "drop acme-2026-03: waiting for its _READY file, or 1h without a change"));
            watch.lookedAgain();
            assertThat(watch.log()).doesNotContain("drop acme-2026-03: billing");
            assertThat(Folders.entries(drop)).hasSize(4);
            assertThat(watch.out.resolve("2026-03")).doesNotExist();
            assertThat(watch.inbox.resolve("processed")).doesNotExist();

            Files.createFile(drop.resolve("_READY"));
            Path processed = watch.handled("processed", "acme-2026-03");
            assertThat(processed.resolve("_READY")).exists();
            GoldenFiles.assertMatches(watch.out.resolve("2026-03"), "input-samples/2026-03");
            assertThat(watch.stop()).isZero();
        }
    }

    /**
     * A usage file still being written is not read: the drop is billed once nothing in it changed for the
     * quiet period, whole. The period passes on a clock the test moves: by half of it after each line,
     * once the watcher has looked at the file with that line, so however slowly the lines come the drop
     * is never quiet before the last one.
     */
    @Test
    void withoutReadyADropIsBilledOnceItsFilesStopChanging() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-04-01T09:00:00Z"));
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        ConfigurableApplicationContext watcher = WatchConfiguration.application(new WatchSetup(inbox.toAbsolutePath(),
                out.toAbsolutePath(), billingOn(state), RunOutcome::message, clock))
                .run("--billing.state-dir=" + state.toAbsolutePath(), "--billing.watch.quiet-period=2s",
                        "--billing.watch.poll-interval=100ms", "--logging.register-shutdown-hook=false");
        try {
            Path drop = Files.createDirectories(inbox.resolve("2026-03"));
            for (String file : List.of("accounts.csv", "subscriptions.csv", "tax-rates.csv")) {
                Files.copy(SAMPLES.resolve("2026-03").resolve(file), drop.resolve(file));
            }
            Path usage = drop.resolve("usage-2026-03.csv");
            for (String line : Files.readAllLines(SAMPLES.resolve("2026-03/usage-2026-03.csv"))) {
                Files.writeString(usage, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                long reads = clock.reads();
                await().atMost(Watching.PATIENCE).until(() -> clock.reads() > reads);
                clock.advance(Duration.ofSeconds(1));
                assertThat(inbox.resolve("processed")).as("read while being written").doesNotExist();
            }
            clock.advance(Duration.ofSeconds(1));

            Watching.handled(inbox, "processed", "2026-03");
            GoldenFiles.assertMatches(out.resolve("2026-03"), "input-samples/2026-03");
        } finally {
            watcher.getBean(WorkGate.class).closeAndWait();
            watcher.close();
        }
    }

    @Test
    void aBadDropLandsInFailedWithItsReport() throws Exception {
        try (Watching watch = watch()) {
            Path drop = Watching.drop(watch.inbox, "2026-03", SAMPLES.resolve("2026-03"), false);
            Files.delete(drop.resolve("accounts.csv"));
            Files.createFile(drop.resolve("_READY"));

            Path failed = watch.handled("failed", "2026-03");
            assertThat(Files.readString(failed.resolve("REPORT.txt")))
                    .contains("result    exit 3 (input refused)\n")
                    .contains("has no accounts.csv: every run needs accounts.csv and subscriptions.csv.")
                    .contains("Nothing was billed from this drop. Do what the sentence says");
            assertThat(watch.out.resolve("2026-03")).doesNotExist();
            assertThat(watch.inbox.resolve("2026-03")).doesNotExist();
            assertThat(watch.stop()).isZero();
        }
    }

    @Test
    void aDropOfAMonthAlreadyBilledLandsInFailed() throws Exception {
        Path out = work.resolve("out");
        Cli.Result march = bill("2026-03", SAMPLES.resolve("2026-03"), out, work.resolve("state"));
        assertThat(march.exitCode()).as(march.err()).isZero();
        long billedAt = Files.getLastModifiedTime(out.resolve("2026-03/invoices.csv")).toMillis();

        try (Watching watch = watch()) {
            Watching.drop(watch.inbox, "acme-2026-03-fix", SAMPLES.resolve("2026-03"), true);

            Path failed = watch.handled("failed", "acme-2026-03-fix");
            assertThat(Files.readString(failed.resolve("REPORT.txt")))
                    .contains("result    exit 4 (already billed)\n")
                    .contains("2026-03 is already billed (revision 1, completed")
                    .contains("To bill the month again from it, run it by hand with --rerun");
            assertThat(Files.getLastModifiedTime(out.resolve("2026-03/invoices.csv")).toMillis()).isEqualTo(billedAt);
            assertThat(watch.stop()).isZero();
        }
    }

    /**
     * A watcher that stopped between billing a drop and moving it left the drop in the inbox, billed
     * from that very folder: the ledger says so, and the next watcher files it without billing it again.
     */
    @Test
    void aRestartAfterBillingButBeforeMovingDoesNotBillAgain() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path drop = Watching.drop(inbox, "2026-03", SAMPLES.resolve("2026-03"), true);
        Path out = work.resolve("out");
        Cli.Result billed = bill("2026-03", drop, out, work.resolve("state"));
        assertThat(billed.exitCode()).as(billed.err()).isZero();
        long billedAt = Files.getLastModifiedTime(out.resolve("2026-03/invoices.csv")).toMillis();

        try (Watching watch = watch()) {
            Path processed = watch.handled("processed", "2026-03");
            assertThat(Files.readString(processed.resolve("REPORT.txt")))
                    .contains("result    exit 0 (billed), billed before this watcher started")
                    .contains("2026-03 was billed from this very drop (revision 1, completed")
                    .contains("it was not billed again.")
                    .contains("The outputs are in " + out.resolve("2026-03").toAbsolutePath());
            assertThat(count(watch.log(), "run start: month 2026-03")).as("only the first billing").isEqualTo(1);
            assertThat(Files.getLastModifiedTime(out.resolve("2026-03/invoices.csv")).toMillis()).isEqualTo(billedAt);
            assertThat(out.resolve("2026-03/revisions")).doesNotExist();
            assertThat(watch.stop()).isZero();
        }
    }

    @Test
    void aDropWhoseMonthIsBeingBilledElsewhereStaysAndIsBilledLater() throws Exception {
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        assertThat(bill("2026-03", SAMPLES.resolve("2026-03"), out, state).exitCode()).isZero();
        ledger(state, "INSERT INTO billing_lock (billing_month, holder, holder_host, holder_pid, acquired_at, heartbeat_at) "
                + "VALUES ('2026-04', 'pid 4242 on elsewhere, billing 2026-04 by hand', 'elsewhere', 4242, ?, ?)");

        try (Watching watch = watch()) {
            Path drop = Watching.drop(watch.inbox, "2026-04", SAMPLES.resolve("2026-04"), true);
            await().atMost(Watching.PATIENCE).until(() -> count(watch.log(), "drop 2026-04: not billed now: 2026-04 is "
                    + "being billed right now by pid 4242 on elsewhere, billing 2026-04 by hand since") >= 2);
            assertThat(watch.log()).contains("It stays in the inbox; trying again in 0.3s.");
            assertThat(drop).exists();
            assertThat(Folders.entries(drop)).noneMatch(path -> path.getFileName().toString().equals("REPORT.txt"));
            assertThat(watch.inbox.resolve("failed")).doesNotExist();

            ledger(state, "DELETE FROM billing_lock WHERE billing_month = '2026-04'");
            watch.handled("processed", "2026-04");
            GoldenFiles.assertMatches(out.resolve("2026-04"), "input-samples/2026-04");
            assertThat(watch.stop()).isZero();
        }
    }

    @Test
    void looseFilesAndFoldersWithoutAMonthAreLeftWhereTheyAreAndReportedOnce() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.copy(SAMPLES.resolve("2026-03/usage-2026-03.csv"), inbox.resolve("usage-2026-03.csv"));
        Files.createDirectories(inbox.resolve("misc"));
        Files.createDirectories(inbox.resolve("2026-03-to-2026-04"));
        Files.createDirectories(inbox.resolve(".2026-05.uploading"));

        try (Watching watch = watch()) {
            await().atMost(Watching.PATIENCE).until(() -> watch.log().contains("leaving the folder misc alone"));
            watch.lookedAgain();
            String log = watch.log();
            assertThat(count(log, "inbox: leaving the file usage-2026-03.csv alone: loose files are not drops")).isEqualTo(1);
            assertThat(count(log, "inbox: leaving the folder misc alone: its name holds no month as YYYY-MM")).isEqualTo(1);
            assertThat(count(log, "inbox: leaving the folder 2026-03-to-2026-04 alone: its name holds more than one month"))
                    .isEqualTo(1);
            assertThat(log).doesNotContain(".2026-05.uploading");
            assertThat(Folders.entries(inbox)).extracting(path -> path.getFileName().toString())
                    .containsExactlyInAnyOrder("usage-2026-03.csv", "misc", "2026-03-to-2026-04", ".2026-05.uploading",
                            "look-1.txt", "look-2.txt");
            assertThat(watch.stop()).isZero();
        }
    }

    @Test
    void anInboxThatDoesNotExistIsABadArgument() {
        Cli.Result result = Cli.run("watch", "--inbox", work.resolve("nowhere").toString(), "--output",
                work.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("The inbox " + work.resolve("nowhere") + " does not exist or is not a folder.");
    }

    /** Arguments that point the watchers and runs of a test at its database: none for the embedded state. */
    List<String> database() {
        return List.of();
    }

    private Watching watch(String... settings) throws IOException {
        List<String> extra = new ArrayList<>(database());
        extra.addAll(List.of(settings));
        return Watching.start(work, extra.toArray(String[]::new));
    }

    private Cli.Result bill(String month, Path input, Path out, Path state) {
        return Cli.bill(month, input, out, state, database().toArray(String[]::new));
    }

    /** The billing application for each drop, started as {@code watch} starts it, on this test's state. */
    private BillingSessions billingOn(Path state) {
        return new BillingSessions() {
            @Override
            public <T> T open(String purpose, Function<ApplicationContext, T> work) {
                List<String> settings = new ArrayList<>(List.of("--billing.state-dir=" + state.toAbsolutePath(),
                        "--spring.main.register-shutdown-hook=false", "--logging.register-shutdown-hook=false"));
                settings.addAll(database());
                try (ConfigurableApplicationContext billing = new SpringApplicationBuilder(SupportBillingApplication.class)
                        .run(settings.toArray(String[]::new))) {
                    return work.apply(billing);
                }
            }
        };
    }

    private static long count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The ledger's database, while no billing application has it open. */
    Connection connect(Path state) throws SQLException {
        return DriverManager.getConnection("jdbc:hsqldb:file:" + state.toAbsolutePath() + "/ledger;shutdown=true;"
                + "hsqldb.write_delay=false;hsqldb.lock_file=true", "SA", "");
    }

    /** A statement on the ledger while no billing application has it open; ? are now. */
    private void ledger(Path state, String sql) throws SQLException {
        try (Connection connection = connect(state); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                statement.setTimestamp(i, Timestamp.valueOf(LocalDateTime.now()));
            }
            statement.executeUpdate();
        }
    }
}
