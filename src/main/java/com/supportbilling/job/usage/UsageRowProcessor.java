package com.supportbilling.job.usage;

import com.supportbilling.intake.usage.LineItemIds;
import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.intake.usage.UsageRowValidator;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates each usage row (R10), duplicates included: an accepted line or a rejection, never an
 * exception. One step execution, one set of ids seen, rows in file order.
 */
public class UsageRowProcessor implements ItemProcessor<UsageRow, UsageOutcome> {

    private final UsageRowValidator validator;
    private final LineItemIds seen = new LineItemIds();

    public UsageRowProcessor(UsageRowValidator validator) {
        this.validator = validator;
    }

    @Override
    public UsageOutcome process(UsageRow row) {
        return validator.validate(row.file(), row.columns(), row.record(), seen);
    }
}
