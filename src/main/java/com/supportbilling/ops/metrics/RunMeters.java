package com.supportbilling.ops.metrics;

import com.supportbilling.application.RunSummary;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.RunOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The figures of the runs a process made, as Micrometer meters (D102): runs by how they ended, rows
 * read and rejected, how long a run took, and the month the latest billed run billed. watch and
 * schedule keep them for the management server to show; {@code run} pushes its own (D103).
 */
public final class RunMeters {

    static final String RUNS = "billing.runs";
    static final String DURATION = "billing.run.duration";
    static final String ROWS_READ = "billing.rows.read";
    static final String ROWS_REJECTED = "billing.rows.rejected";
    static final String LAST_COMPLETED_MONTH = "billing.last.completed.month";

    private final MeterRegistry registry;
    private final Map<ExitCode, Counter> runs = new EnumMap<>(ExitCode.class);
    private final Counter rowsRead;
    private final Counter rowsRejected;
    private volatile YearMonth lastCompleted;

    public RunMeters(MeterRegistry registry) {
        this.registry = registry;
        // every outcome from the start, at 0, so that increase() and alerts see the first failure
        for (ExitCode exitCode : ExitCode.values()) {
            runs.put(exitCode, Counter.builder(RUNS).description("Runs of the month-end billing, by how they ended")
                    .tag("outcome", outcome(exitCode)).tag("exit.code", String.valueOf(exitCode.code()))
                    .register(registry));
        }
        rowsRead = Counter.builder(ROWS_READ).description("Input rows read by billed runs").register(registry);
        rowsRejected = Counter.builder(ROWS_REJECTED).description("Input rows rejected by billed runs (rejects.csv)")
                .register(registry);
    }

    /**
     * Runs {@code run}, records how it ended and how long it took, and returns its outcome; a run that
     * throws is counted as failed.
     */
    public RunOutcome timed(Supplier<RunOutcome> run) {
        long start = System.nanoTime();
        RunOutcome outcome;
        try {
            outcome = run.get();
        } catch (RuntimeException e) {
            ended(ExitCode.FAILED);
            throw e;
        }
        ran(outcome, Duration.ofNanos(System.nanoTime() - start));
        return outcome;
    }

    void ran(RunOutcome outcome, Duration took) {
        ended(outcome.exitCode());
        Timer.builder(DURATION).description("How long runs took, from their start to their outcome")
                .tag("outcome", outcome(outcome.exitCode())).register(registry).record(took);
        RunSummary summary = outcome.summary();
        if (summary != null) {
            rowsRead.increment(summary.rows().read());
            rowsRejected.increment(summary.rows().rejected());
        }
        if (outcome.exitCode() == ExitCode.BILLED && summary != null) {
            completed(YearMonth.parse(summary.billingMonth()));
        }
    }

    /** A run that ended without an outcome of the job's (its application could not start): counted only. */
    void ended(ExitCode exitCode) {
        runs.get(exitCode).increment();
    }

    /**
     * The gauge appears with the first billed run: before it there is no month to show, and a pushed
     * NaN would replace the month an earlier run left in the Pushgateway.
     */
    private void completed(YearMonth month) {
        if (lastCompleted == null) {
            Gauge.builder(LAST_COMPLETED_MONTH, this, RunMeters::lastCompletedMonth)
                    .description("The month the latest billed run billed, as YYYYMM (202603 for March 2026)")
                    .strongReference(true).register(registry);
        }
        lastCompleted = month;
    }

    private double lastCompletedMonth() {
        YearMonth month = lastCompleted;
        return month == null ? Double.NaN : month.getYear() * 100 + month.getMonthValue();
    }

    /** "input_refused": the exit code's name, as a Prometheus label value. */
    static String outcome(ExitCode exitCode) {
        return exitCode.name().toLowerCase(Locale.ROOT);
    }
}
