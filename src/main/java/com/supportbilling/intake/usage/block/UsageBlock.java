package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.usage.UsageLayout;
import java.util.List;

/**
 * Whole records of one usage file, as bytes: {@code bytes[0, length)} starts at physical line
 * {@code firstLine}, at a record boundary, and ends at one. {@code offset} is where {@code bytes[0]}
 * lies in the file on disk, for reading a row again by its position (D80), or −1 when the file cannot be
 * read at a position (gzip, ZIP). Or, for a file whose rows come already split (Parquet), those
 * {@code records}, each with its row number as its line (D76); then {@code bytes} is null and
 * {@code offset} −1.
 */
public record UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes,
        int length, long offset, List<CsvRecord> records) {

    /** A block whose rows cannot be read again by their position. */
    public UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes, int length) {
        this(fileIndex, file, columns, firstLine, bytes, length, -1);
    }

    /** A block whose {@code bytes[0]} lies at {@code offset} of the file, or −1 when unknown. */
    public UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes, int length,
            long offset) {
        this(fileIndex, file, columns, firstLine, bytes, length, offset, null);
    }

    /** The same block, as part of the file at {@code index} among the month's (a file read alone, D93). */
    public UsageBlock inFile(int index) {
        return new UsageBlock(index, file, columns, firstLine, bytes, length, offset, records);
    }

    /** Rows already split, numbered as they are; they have no position to be read again at. */
    static UsageBlock ofRecords(int fileIndex, String file, UsageLayout.Columns columns, List<CsvRecord> records) {
        return new UsageBlock(fileIndex, file, columns, records.get(0).lineNumber(), null, 0, -1, List.copyOf(records));
    }
}
