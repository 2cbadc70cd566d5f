package com.supportbilling.ops.watch;

import com.supportbilling.ledger.Ledger;
import com.supportbilling.ops.metrics.RunMeters;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.MonthEndRun;
import com.supportbilling.run.MonthLock;
import com.supportbilling.run.RunOutcome;
import com.supportbilling.run.RunRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bills one drop inside a billing application context, through exactly the path of {@code run}
 * ({@link MonthEndRun} with the drop as input folder), after asking the ledger whether this very
 * drop was billed already.
 */
final class DropBilling {

    private final Path output;
    private final Function<RunOutcome, String> summary;
    private final RunMeters meters;

    DropBilling(Path output, Function<RunOutcome, String> summary, RunMeters meters) {
        this.output = output;
        this.summary = summary;
        this.meters = meters;
    }

    DropResult bill(ApplicationContext billing, Path drop, YearMonth month) {
        Optional<DropLedger.Billed> before = new DropLedger(billing.getBean(JdbcClient.class)).billedFrom(drop, month);
        if (before.isPresent()) {
            DropLedger.Billed run = before.get();
            return new DropResult(DropResult.Kind.BILLED_BEFORE, ExitCode.BILLED, month + " was billed from this very "
                    + "drop (revision " + run.revision() + ", completed " + run.completedAt().withNano(0) + "), which was "
                    + "still in the inbox (a watcher stopped between billing and moving it); it was not billed again.",
                    null, run.outputs());
        }
        RunOutcome outcome = meters.timed(() -> billing.getBean(MonthEndRun.class)
                .run(new RunRequest(month, drop, output, null, false, false)));
        return switch (outcome.exitCode()) {
            case BILLED -> new DropResult(DropResult.Kind.BILLED, ExitCode.BILLED, outcome.message(),
                    summary.apply(outcome), outcome.published());
            case ALREADY_BILLED -> beingBilled(billing, month)
                    ? DropResult.notNow(outcome.message())
                    : failed(outcome);
            default -> failed(outcome);
        };
    }

    /**
     * Exit 4 means "already billed" (final) or "being billed right now" (wait). The lock still held,
     * or a month neither billed nor published (its holder let go meanwhile), is the second.
     */
    private boolean beingBilled(ApplicationContext billing, YearMonth month) {
        if (billing.getBean(MonthLock.class).holder(month).isPresent()) {
            return true;
        }
        return billing.getBean(Ledger.class).latestCompleted(month).isEmpty()
                && !Files.exists(output.resolve(month.toString()));
    }

    private static DropResult failed(RunOutcome outcome) {
        return new DropResult(DropResult.Kind.FAILED, outcome.exitCode(), outcome.message(), null, null);
    }
}
