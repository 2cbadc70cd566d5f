package com.supportbilling.ops.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.application.RunSummary;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.RunOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** D102: what the run meters count, and when the month appears. */
class RunMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunMeters meters = new RunMeters(registry);

    private double runs(ExitCode exitCode) {
        return registry.get(RunMeters.RUNS).tag("outcome", RunMeters.outcome(exitCode)).counter().count();
    }

    @Test
    void everyOutcomeIsThereFromTheStartAndNoMonthBeforeABilledRun() {
        for (ExitCode exitCode : ExitCode.values()) {
            assertThat(runs(exitCode)).as(exitCode.name()).isZero();
        }
        assertThat(registry.find(RunMeters.RUNS).tag("exit.code", "143").tag("outcome", "stopped").counter()).isNotNull();

        meters.timed(() -> RunOutcome.refused(ExitCode.INPUT_REFUSED, "Refused."));

        assertThat(runs(ExitCode.INPUT_REFUSED)).isEqualTo(1);
        assertThat(registry.get(RunMeters.DURATION).tag("outcome", "input_refused").timer().count()).isEqualTo(1);
        assertThat(registry.get(RunMeters.ROWS_READ).counter().count()).isZero();
        assertThat(registry.find(RunMeters.LAST_COMPLETED_MONTH).gauge()).isNull();
    }

    @Test
    void aBilledRunAddsItsRowsAndSetsTheMonthARerunOfAnEarlierMonthSetsItBack() {
        meters.timed(() -> billed("2026-04", 49, 8));
        meters.timed(() -> billed("2026-03", 10, 1));

        assertThat(runs(ExitCode.BILLED)).isEqualTo(2);
        assertThat(registry.get(RunMeters.ROWS_READ).counter().count()).isEqualTo(59);
        assertThat(registry.get(RunMeters.ROWS_REJECTED).counter().count()).isEqualTo(9);
        assertThat(registry.get(RunMeters.LAST_COMPLETED_MONTH).gauge().value()).isEqualTo(202603);
    }

    @Test
    void aRunThatThrowsCountsAsFailed() {
        assertThatThrownBy(() -> meters.timed(() -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");

        assertThat(runs(ExitCode.FAILED)).isEqualTo(1);
    }

    private static RunOutcome billed(String month, long read, long rejected) {
        RunSummary summary = new RunSummary(month, 1, RunSummary.COMPLETED, null, null, null, null, List.of(),
                new RunSummary.Rows(read, read - rejected, rejected, 100), Map.of(), null, null, null, null, null,
                List.of(), null);
        return new RunOutcome(ExitCode.BILLED, "Billed " + month + ".", summary, Path.of("/out", month));
    }
}
