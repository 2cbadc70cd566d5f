package com.supportbilling.job.usage;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.usage.UsageLayout;

/** A usage record as read, with the file it came from and that file's layout. */
public record UsageRow(String file, UsageLayout.Columns columns, CsvRecord record) {
}
