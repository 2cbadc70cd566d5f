package com.supportbilling.ops.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.supportbilling.ops.WorkGate;
import com.supportbilling.ops.health.LastWorkHealth;
import com.supportbilling.ops.metrics.RunMeters;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.MonthEndRun;
import com.supportbilling.run.RunOutcome;
import com.supportbilling.run.RunRequest;
import com.supportbilling.state.BillingSessions;
import com.supportbilling.state.BillingUnavailableException;
import com.supportbilling.testing.ClockStartingAt;
import com.supportbilling.testing.ManualClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The schedule ticks on the cron expression in the billing zone and bills the month before the tick. */
class MonthEndScheduleTest {

    /** A deadline for what happens within a second on a quiet machine. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path input;

    private final List<RunRequest> requests = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private GenericApplicationContext billing;
    private MonthEndSchedule schedule;
    private LastWorkHealth lastTick;

    @BeforeEach
    void aBillingApplicationThatRecordsWhatItIsAsked() {
        MonthEndRun run = mock(MonthEndRun.class);
        when(run.run(any())).thenAnswer(invocation -> {
            RunRequest request = invocation.getArgument(0);
            requests.add(request);
            return new RunOutcome(ExitCode.BILLED, "Billed " + request.month() + " (revision 1): outputs in /out/"
                    + request.month() + ".", null, Path.of("/out/" + request.month()));
        });
        billing = new GenericApplicationContext();
        billing.registerBean(MonthEndRun.class, () -> run);
        billing.refresh();
        lines.start();
        ((Logger) MonthEndSchedule.LOG).addAppender(lines);
    }

    @AfterEach
    void stop() {
        if (schedule != null) {
            schedule.stop();
        }
        scheduler.shutdown();
        billing.close();
        ((Logger) MonthEndSchedule.LOG).detachAppender(lines);
    }

    @Test
    void aTickAtThreeOnTheFirstBillsThePreviousMonthFromItsFolder() {
        start("0 0 3 1 * *", ZoneId.of("UTC"), startingAt("2026-04-01T02:59:59.500Z"), inBilling());

        await().atMost(PATIENCE).until(() -> !requests.isEmpty());
        RunRequest request = requests.get(0);
        assertThat(request.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(request.input()).isEqualTo(input.resolve("2026-03"));
        assertThat(request.output()).isEqualTo(Path.of("/out"));
        assertThat(request.rerun()).isFalse();
        assertThat(request.dryRun()).isFalse();
        await().atMost(PATIENCE).until(() -> messages().stream().anyMatch(line -> line.startsWith("tick")));
        assertThat(messages()).contains("tick 2026-04-01 03:00:00 UTC: 2026-03: exit 0 (billed): Billed 2026-03 "
                + "(revision 1): outputs in /out/2026-03. Next tick 2026-05-01 03:00:00 UTC.");
        assertThat(lastTick.health().getStatus()).isEqualTo(Status.UP);
        assertThat(lastTick.health().getDetails()).containsEntry("tick", "2026-04-01 03:00:00 UTC")
                .containsEntry("month", "2026-03").containsEntry("result", "exit 0 (billed)");
    }

    /** 03:00 on 1 April in Tokyo is 18:00 on 31 March in UTC: the tick bills March, not February. */
    @Test
    void theCronExpressionIsReadInTheBillingZone() {
        start("0 0 3 1 * *", ZoneId.of("Asia/Tokyo"), startingAt("2026-03-31T17:59:59.500Z"),
                inBilling());

        await().atMost(PATIENCE).until(() -> !requests.isEmpty());
        assertThat(requests.get(0).month()).isEqualTo(YearMonth.of(2026, 3));
        await().atMost(PATIENCE).until(() -> messages().stream().anyMatch(line -> line.startsWith("tick")));
        assertThat(messages()).anyMatch(line -> line.startsWith("tick 2026-04-01 03:00:00 Asia/Tokyo: 2026-03: exit 0"));
    }

    @Test
    void aTickThatCannotBillSaysSoAndTheNextTickComesAllTheSame() {
        start("* * * * * *", ZoneId.of("UTC"), startingAt("2026-04-01T02:59:59.500Z"), new BillingSessions() {
            @Override
            public <T> T open(String purpose, Function<ApplicationContext, T> work) {
                throw new BillingUnavailableException("The state in /s is in use by another billing process (pid 1).", null);
            }
        });

        await().atMost(PATIENCE).until(() -> messages().stream().filter(line -> line.startsWith("tick")).count() >= 2);
        assertThat(messages()).anyMatch(line -> line.matches("tick 2026-04-01 0[23]:\\d\\d:\\d\\d UTC: 2026-0[34]: not billed: "
                + "The state in /s is in use by another billing process \\(pid 1\\)\\. Next tick .*"));
        assertThat(schedule.isRunning()).isTrue();
        assertThat(lastTick.health().getStatus()).as("D101: a month a tick could not bill waits for a person")
                .isEqualTo(Status.DOWN);
        assertThat(lastTick.health().getDetails()).containsEntry("result", "not billed")
                .containsEntry("sentence", "The state in /s is in use by another billing process (pid 1).");
    }

    /** Ticks due while a tick bills are skipped: the next tick named is the first after it ended. */
    @Test
    void aTickLongerThanTheCronPeriodNamesTheFirstTickAfterItEnded() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T08:58:08.500Z"));
        start("*/3 * * * * *", ZoneId.of("UTC"), clock, new BillingSessions() {
            @Override
            public <T> T open(String purpose, Function<ApplicationContext, T> work) {
                clock.advance(Duration.ofMillis(27_500));
                return work.apply(billing);
            }
        });

        await().atMost(PATIENCE).until(() -> messages().stream().anyMatch(line -> line.startsWith("tick")));
        assertThat(messages()).contains("tick 2026-12-01 08:58:09 UTC: 2026-11: exit 0 (billed): Billed 2026-11 "
                + "(revision 1): outputs in /out/2026-11. Next tick 2026-12-01 08:58:39 UTC.");
    }

    /** A tick whose thread woke before its time (the clock still reads 08:58:08.5) names the next, not itself. */
    @Test
    void aTickThatWokeEarlyNamesTheTickAfterIt() {
        start("*/3 * * * * *", ZoneId.of("UTC"), new ManualClock(Instant.parse("2026-12-01T08:58:08.500Z")),
                inBilling());

        await().atMost(PATIENCE).until(() -> messages().stream().anyMatch(line -> line.startsWith("tick")));
        assertThat(messages()).contains("tick 2026-12-01 08:58:09 UTC: 2026-11: exit 0 (billed): Billed 2026-11 "
                + "(revision 1): outputs in /out/2026-11. Next tick 2026-12-01 08:58:12 UTC.");
    }

    @Test
    void aTickFindsItsMonthInAMonthFolderElseInTheInputFolderItself() throws Exception {
        YearMonth march = YearMonth.of(2026, 3);
        assertThat(MonthInput.of(input, march)).as("nothing there: the run names the missing folder")
                .isEqualTo(input.resolve("2026-03"));
        Files.writeString(input.resolve("accounts.csv"), "account_id\n");
        assertThat(MonthInput.of(input, march)).as("an input folder refreshed each month").isEqualTo(input);
        Files.createDirectories(input.resolve("2026-03"));
        assertThat(MonthInput.of(input, march)).as("a month folder wins").isEqualTo(input.resolve("2026-03"));
    }

    private void start(String cron, ZoneId zone, Clock clock, BillingSessions sessions) {
        scheduler.setPoolSize(1);
        scheduler.setClock(clock);
        scheduler.initialize();
        lastTick = new LastWorkHealth("tick", clock);
        schedule = new MonthEndSchedule(new ScheduleSetup(cron, input, Path.of("/out"), sessions, clock), zone, scheduler,
                new WorkGate(), new RunMeters(new SimpleMeterRegistry()), lastTick);
        schedule.start();
    }

    private BillingSessions inBilling() {
        return new BillingSessions() {
            @Override
            public <T> T open(String purpose, Function<ApplicationContext, T> work) {
                return work.apply(billing);
            }
        };
    }

    /** A clock that reads {@code instant} when the schedule starts, however long that took, and runs on. */
    private static Clock startingAt(String instant) {
        return new ClockStartingAt(Instant.parse(instant));
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
