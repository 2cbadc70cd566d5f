package com.supportbilling.output;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.StringWriter;

/**
 * Formats one CSV row with opencsv's writer: RFC 4180 quoting only where a field needs it (commas,
 * quotes, line breaks), quotes doubled. Not thread-safe: one instance per writer.
 */
public final class CsvRows {

    private final StringWriter buffer = new StringWriter(256);
    private final ICSVWriter writer = new CSVWriterBuilder(buffer).withLineEnd("").build();

    public String format(String... fields) {
        buffer.getBuffer().setLength(0);
        writer.writeNext(fields, false);
        return buffer.toString();
    }
}
