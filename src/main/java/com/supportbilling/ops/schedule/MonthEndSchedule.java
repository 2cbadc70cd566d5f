package com.supportbilling.ops.schedule;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.ops.WorkGate;
import com.supportbilling.ops.health.LastWorkHealth;
import com.supportbilling.ops.metrics.RunMeters;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.MonthEndRun;
import com.supportbilling.run.RunOutcome;
import com.supportbilling.run.RunRequest;
import com.supportbilling.state.BillingUnavailableException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Bills the previous month at each tick of the cron expression, in the billing zone, through the
 * path of {@code run}, each time in a billing application of its own. A tick that cannot bill —
 * already billed, input missing or refused, state in use — says so in its one line and waits for
 * the next tick: nothing is retried behind the operator's back (D34).
 */
public final class MonthEndSchedule implements SmartLifecycle {

    /** Under com.supportbilling.run, so that logback-spring.xml puts the tick lines on the terminal (D20). */
    static final Logger LOG = OperatorLog.get();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV");

    private final ScheduleSetup setup;
    private final ZoneId zone;
    private final CronExpression cron;
    private final TaskScheduler scheduler;
    private final WorkGate gate;
    private final RunMeters meters;
    private final LastWorkHealth lastTick;
    private volatile Instant scheduledTick;
    private volatile ScheduledFuture<?> ticks;

    public MonthEndSchedule(ScheduleSetup setup, ZoneId zone, TaskScheduler scheduler, WorkGate gate, RunMeters meters,
            LastWorkHealth lastTick) {
        this.setup = setup;
        this.zone = zone;
        this.cron = CronExpression.parse(setup.cron());
        this.scheduler = scheduler;
        this.gate = gate;
        this.meters = meters;
        this.lastTick = lastTick;
    }

    @Override
    public void start() {
        CronTrigger trigger = new CronTrigger(setup.cron(), zone);
        // the tick's month comes from the time it was scheduled for, not from when its thread woke up
        ticks = scheduler.schedule(this::tick, context -> {
            Instant next = trigger.nextExecution(context);
            scheduledTick = next;
            return next;
        });
        ZonedDateTime next = scheduledTick.atZone(zone);
        LOG.info("schedule \"{}\" ({}): the next tick, {}, bills {} from {} into {}. Ctrl-C stops.", setup.cron(), zone,
                TIME.format(next), previousMonth(next), setup.input(), setup.output());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = ticks;
        if (running != null) {
            running.cancel(false);
        }
        ticks = null;
    }

    @Override
    public boolean isRunning() {
        return ticks != null;
    }

    void tick() {
        if (!gate.enter()) {
            return;
        }
        try {
            ZonedDateTime at = scheduledTick.atZone(zone);
            YearMonth month = previousMonth(at);
            String result = bill(TIME.format(at), month);
            LOG.info("tick {}: {}: {} Next tick {}.", TIME.format(at), month, result, TIME.format(nextAfter(at)));
        } finally {
            gate.leave();
        }
    }

    /**
     * Bills the month and says how: the tick failed (D101) unless the month is billed now, or was
     * already — by hand, or by another run holding it right now; the schedule never retries by itself.
     */
    private String bill(String tick, YearMonth month) {
        Path input = MonthInput.of(setup.input(), month);
        String result;
        String sentence;
        boolean failed = true;
        try {
            RunOutcome outcome = setup.sessions().open("schedule, billing " + month,
                    context -> meters.timed(() -> context.getBean(MonthEndRun.class)
                            .run(new RunRequest(month, input, setup.output(), null, false, false))));
            result = outcome.exitCode().describe();
            sentence = outcome.message();
            failed = outcome.exitCode() != ExitCode.BILLED && outcome.exitCode() != ExitCode.ALREADY_BILLED;
        } catch (BillingUnavailableException e) {
            result = "not billed";
            sentence = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("tick for {} broke down", month, e);
            result = "not billed";
            sentence = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("tick", tick);
        details.put("month", month.toString());
        details.put("result", result);
        details.put("sentence", sentence);
        if (failed) {
            lastTick.failed(details);
        } else {
            lastTick.succeeded(details);
        }
        return result + ": " + sentence;
    }

    /**
     * The tick the trigger picks after {@code tick}, as CronTrigger does: the first after this one ended,
     * since ticks due while it billed are skipped, and never this one again if its thread woke early.
     */
    private ZonedDateTime nextAfter(ZonedDateTime tick) {
        Instant end = setup.clock().instant();
        return cron.next(end.isAfter(tick.toInstant()) ? end.atZone(zone) : tick);
    }

    static YearMonth previousMonth(ZonedDateTime tick) {
        return YearMonth.from(tick).minusMonths(1);
    }
}
