package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.usage.UsageLayout;
import java.util.List;

/**
 * Whole records of one usage file, as bytes: {@code bytes[0, length)} starts at physical line
 * {@code firstLine}, at a record boundary, and ends at one. Or, for a file whose rows come already split
 * (Parquet), those {@code records}, each with its row number as its line (D76); then {@code bytes} is null.
 */
public record UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes,
        int length, List<CsvRecord> records) {

    public UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes, int length) {
        this(fileIndex, file, columns, firstLine, bytes, length, null);
    }

    /** Rows already split, numbered as they are. */
    static UsageBlock ofRecords(int fileIndex, String file, UsageLayout.Columns columns, List<CsvRecord> records) {
        return new UsageBlock(fileIndex, file, columns, records.get(0).lineNumber(), null, 0, List.copyOf(records));
    }
}
