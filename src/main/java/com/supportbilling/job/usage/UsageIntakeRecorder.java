package com.supportbilling.job.usage;

import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.intake.usage.UsageFigures;
import com.supportbilling.ledger.Ledger;
import java.time.YearMonth;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Records a finished usage intake in the commit after its last chunk: every account's fee base in the
 * ledger and the intake's figures in the step's context, so that the step's work is saved in one
 * transaction, or not at all.
 */
public final class UsageIntakeRecorder {

    private final Ledger ledger;
    private final YearMonth month;
    private final int revision;
    private final Function<UsageIntakeResult, String> toJson;

    public UsageIntakeRecorder(Ledger ledger, YearMonth month, int revision, Function<UsageIntakeResult, String> toJson) {
        this.ledger = ledger;
        this.month = month;
        this.revision = revision;
        this.toJson = toJson;
    }

    void record(UsageFigures figures, ExecutionContext stepContext) {
        ledger.saveBases(month, revision, figures.bases());
        stepContext.putString(UsageIntakeResult.CONTEXT_KEY, toJson.apply(UsageIntakeResult.of(figures)));
    }
}
