package com.supportbilling.intake;

import com.supportbilling.intake.csv.CsvRecord;

/** A rejected input row (R10): never dropped silently, always written to rejects.csv with its raw text. */
public record Rejection(String sourceFile, long lineNumber, RejectReason reason, String message, String rawLine) {

    public static Rejection of(String sourceFile, CsvRecord record, RejectReason reason, String message) {
        return new Rejection(sourceFile, record.lineNumber(), reason, message, record.raw());
    }
}
