package com.supportbilling.intake.csv;

import java.util.List;

/**
 * One CSV record as read: the physical line it starts on (the header is line 1), its raw text, and
 * its fields, or why it could not be split ({@code malformation}, then {@code fields} is empty).
 */
public record CsvRecord(long lineNumber, String raw, List<String> fields, String malformation) {

    public static CsvRecord parsed(long lineNumber, String raw, List<String> fields) {
        return new CsvRecord(lineNumber, raw, List.copyOf(fields), null);
    }

    public static CsvRecord malformed(long lineNumber, String raw, String malformation) {
        return new CsvRecord(lineNumber, raw, List.of(), malformation);
    }

    public boolean isMalformed() {
        return malformation != null;
    }
}
