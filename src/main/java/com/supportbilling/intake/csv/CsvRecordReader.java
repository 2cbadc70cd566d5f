package com.supportbilling.intake.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time, keeping what rejects.csv needs: the line a record starts on
 * and its raw text. Quoted fields may hold commas, doubled quotes and line breaks; a leading byte
 * order mark, CRLF line ends and blank lines are accepted. A record that cannot be split (text after
 * a closing quote, or a quote left open at the end of the file) comes back malformed, never thrown.
 */
public final class CsvRecordReader implements Closeable {

    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private final BufferedReader reader;
    private final boolean fileStart;
    private long physicalLine;

    /** Reads a file from its start, where a byte order mark may come first. */
    public CsvRecordReader(Reader reader) {
        this(reader, true);
    }

    /** Reads from a file's start, or ({@code fileStart} false) from a record boundary further in. */
    public CsvRecordReader(Reader reader, boolean fileStart) {
        this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
        this.fileStart = fileStart;
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() throws IOException {
        String line = readLine();
        while (line != null && line.isBlank()) {
            line = readLine();
        }
        if (line == null) {
            return null;
        }
        long start = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = null;
        State state = State.FIELD_START;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                switch (state) {
                    case FIELD_START -> {
                        if (c == QUOTE) {
                            state = State.QUOTED;
                        } else if (c == COMMA) {
                            fields.add("");
                        } else {
                            field.append(c);
                            state = State.UNQUOTED;
                        }
                    }
                    case UNQUOTED -> {
                        if (c == COMMA) {
                            fields.add(field.toString());
                            field.setLength(0);
                            state = State.FIELD_START;
                        } else {
                            field.append(c);
                        }
                    }
                    case QUOTED -> {
                        if (c == QUOTE) {
                            state = State.CLOSING_QUOTE;
                        } else {
                            field.append(c);
                        }
                    }
                    case CLOSING_QUOTE -> {
                        if (c == QUOTE) {
                            field.append(QUOTE);
                            state = State.QUOTED;
                        } else if (c == COMMA) {
                            fields.add(field.toString());
                            field.setLength(0);
                            state = State.FIELD_START;
                        } else {
                            String text = raw == null ? line : raw.append(line).toString();
                            return CsvRecord.malformed(start, text,
                                    "text after a closing quote at column " + (fields.size() + 1));
                        }
                    }
                }
            }
            if (state != State.QUOTED) {
                fields.add(field.toString());
                return CsvRecord.parsed(start, raw == null ? line : raw.append(line).toString(), fields);
            }
            // a quoted field goes on over the line break
            raw = (raw == null ? new StringBuilder() : raw).append(line).append('\n');
            field.append('\n');
            line = readLine();
            if (line == null) {
                return CsvRecord.malformed(start, raw.substring(0, raw.length() - 1),
                        "the file ends inside a quoted field: the row is cut short");
            }
        }
    }

    private String readLine() throws IOException {
        String line = reader.readLine();
        if (line == null) {
            return null;
        }
        physicalLine++;
        if (fileStart && physicalLine == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            return line.substring(1);
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        CLOSING_QUOTE
    }
}
