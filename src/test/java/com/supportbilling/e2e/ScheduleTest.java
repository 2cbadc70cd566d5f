package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.supportbilling.cli.BillingCommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schedule} from the command line: a tick whose month has no input says so, and the schedule goes on. */
class ScheduleTest {

    @TempDir
    Path work;

    @Test
    void aTickWithoutInputLogsTheSentenceAndTheScheduleGoesOn() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Path state = work.resolve("state");
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread schedule = new Thread(() -> exitCode.set(BillingCommandLine.execute("schedule", "--cron", "* * * * * *",
                "--input", input.toString(), "--output", work.resolve("out").toString(), "--state", state.toString())));
        schedule.start();
        Path log = state.resolve("logs/support-billing.log");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(log)
                    && Files.readString(log).split("exit 3 \\(input refused\\)", -1).length > 2);
            assertThat(schedule.isAlive()).as("still up after two ticks").isTrue();
        } finally {
            schedule.interrupt();
            schedule.join(60_000);
        }
        assertThat(exitCode.get()).isZero();
        // the month before the tick's, whenever this runs (the zone is UTC by default)
        String month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        assertThat(Files.readString(log)).containsPattern("tick \\S+ \\S+ UTC: \\d{4}-\\d\\d: exit 3 \\(input refused\\): "
                + "The input folder " + input.toAbsolutePath() + "/\\d{4}-\\d\\d does not exist or is not a folder\\. Next tick ")
                .contains(input.toAbsolutePath().resolve(month).toString());
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aCronExpressionOfFiveFieldsIsABadArgument() {
        Cli.Result result = Cli.run("schedule", "--cron", "0 3 1 * *", "--input", work.toString(), "--output",
                work.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("--cron \"0 3 1 * *\" is not a Spring cron expression: six fields, seconds "
                + "first, e.g. \"0 0 3 1 * *\" for 03:00 on the 1st of each month.");
    }

    /** Spring reads 31 February, but no date matches it: refused up front, not left to break the start. */
    @Test
    void aCronExpressionThatNeverFiresIsABadArgument() {
        Cli.Result result = Cli.run("schedule", "--cron", "0 0 3 31 2 *", "--input", work.toString(), "--output",
                work.resolve("out").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("--cron \"0 0 3 31 2 *\" never fires: no date matches it.");
    }
}
