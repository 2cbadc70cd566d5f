package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.PublishedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R11 for real: a billing JVM stopped with SIGTERM in the middle of the usage intake, then killed with
 * {@code destroyForcibly} in the middle of invoicing, is started again with the same command each time
 * and ends with the files and the ledger of a run never interrupted.
 */
class KillAndRestartIT {

    @TempDir
    Path work;

    @Test
    void aKilledRunResumesToTheOutputsAndLedgerOfAnUninterruptedOne() throws Exception {
        Path input = GeneratedMonth.write(work.resolve("in"), 3000, 400_000);
        Path logs = work.resolve("logs");

        Process clean = Jar.start(logs, "clean", run(input, "clean"));
        assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).as(Jar.err(logs, "clean")).isZero();

        Path staging = work.resolve("killed-out/.staging-2026-03-R1");
        Process stopped = startAndWait(logs, "stop-in-usage", input,
                () -> Files.exists(staging.resolve("rejects-usage.csv.part")));
        stopped.destroy();
        assertThat(stopped.waitFor(60, TimeUnit.SECONDS)).as("a stopped run ends within its next commit").isTrue();
        assertThat(stopped.exitValue()).as("SIGTERM").isEqualTo(143);
        assertThat(Jar.err(logs, "stop-in-usage")).contains("was stopped before it finished")
                .contains("run the same command again to resume");
        killWhen(logs, "kill-in-invoicing", input, () -> size(staging.resolve("invoice-lines.csv")) > 20_000);
        assertThat(work.resolve("killed-out/2026-03")).doesNotExist();

        Process resumed = Jar.start(logs, "resumed", run(input, "killed"));
        assertThat(resumed.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).as(Jar.err(logs, "resumed")).isZero();
        assertThat(Jar.err(logs, "resumed")).contains("left running by a process that stopped; resuming it");

        assertThat(files(work.resolve("killed-out/2026-03"))).isEqualTo(files(work.resolve("clean-out/2026-03")));
        assertThat(ledger(work.resolve("killed-state"))).isEqualTo(ledger(work.resolve("clean-state")));
    }

    /** Starts the run, kills it forcibly as soon as {@code moment} holds. */
    private void killWhen(Path logs, String name, Path input, Condition moment) throws Exception {
        Process process = startAndWait(logs, name, input, moment);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Starts the run and returns once {@code moment} holds, checking that it was caught mid-way. */
    private Process startAndWait(Path logs, String name, Path input, Condition moment) throws Exception {
        Process process = Jar.start(logs, name, run(input, "killed"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!moment.holds() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("%s: still running when the moment came (%s)", name, Jar.err(logs, name)).isTrue();
        return process;
    }

    private String[] run(Path input, String name) {
        return new String[] {"run", "--month", "2026-03", "--input", input.toString(),
                "--output", work.resolve(name + "-out").toString(), "--state", work.resolve(name + "-state").toString(),
                "--billing.invoicing-chunk-size=25"};
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Map<String, String> files(Path published) throws IOException {
        Map<String, String> files = PublishedFiles.contents(published);
        assertThat(files).containsKeys("invoices.csv", "invoice-lines.csv", "summary.json", "report.html", "documents.txt");
        return files;
    }

    private static List<String> ledger(Path state) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + state + "/ledger;shutdown=true", "SA", "");
                Statement statement = connection.createStatement()) {
            for (String query : List.of(
                    "SELECT * FROM billing_ledger_line ORDER BY invoice_id, line_no",
                    "SELECT * FROM billing_ledger_refund ORDER BY refund_id",
                    "SELECT account_id, base FROM billing_usage_base ORDER BY account_id",
                    "SELECT billing_month, revision, status FROM billing_run")) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds();
    }
}
