package com.supportbilling.intake.usage.block;

/**
 * Finds where records end in bytes of a CSV file, exactly as {@link com.supportbilling.intake.csv.CsvRecordReader}
 * reading through a {@code BufferedReader} would: lines end at LF, CR LF or a lone CR; a record goes
 * on over a line end inside a quoted field — a quote opens one only at the start of a field; text
 * after a closing quote ends the record at its line. Scans from a record boundary, and can go on when
 * more bytes arrive. Outside quotes, it skips to the next line end, quote or non-ASCII byte eight bytes
 * at a time ({@link RecordBytes}).
 */
final class RecordFramer {

    private static final int PLAIN = 0;
    private static final int QUOTED = 1;
    private static final int CLOSING_QUOTE = 2;
    private static final int MALFORMED = 3;

    private int position;
    private int state = PLAIN;
    private int lineStart;
    private long lines;

    /** The last record boundary found, and the lines before it since the start. */
    private int boundary;
    private long linesAtBoundary;

    /** Frames from {@code start}, a record boundary. */
    RecordFramer(int start) {
        this.position = start;
        this.lineStart = start;
        this.boundary = start;
    }

    /**
     * Scans {@code bytes[position, to)}; {@code end} says no byte follows {@code to}. With
     * {@code firstOnly} it stops at the first boundary after {@code position}.
     */
    void scan(byte[] bytes, int to, boolean end, boolean firstOnly) {
        int i = position;
        while (i < to) {
            if (state == PLAIN) {
                i = RecordBytes.nextSpecial(bytes, i, to);
                if (i == to) {
                    break;
                }
            }
            byte b = bytes[i];
            if (b == '\n' || b == '\r') {
                int next = i + 1;
                if (b == '\r') {
                    if (next == to && !end) {
                        break;
                    }
                    if (next < to && bytes[next] == '\n') {
                        next++;
                    }
                }
                lines++;
                i = next;
                lineStart = next;
                if (state != QUOTED) {
                    mark(i);
                    state = PLAIN;
                    if (firstOnly) {
                        break;
                    }
                }
                continue;
            }
            state = next(state, b, i == lineStart || bytes[i - 1] == ',');
            i++;
        }
        position = i;
        if (end && position == to && position > boundary) {
            lines++;
            mark(to);
        }
    }

    /** The state after byte {@code b}; {@code fieldStart} says whether it begins a field. */
    private int next(int state, byte b, boolean fieldStart) {
        return switch (state) {
            case PLAIN -> b == '"' && fieldStart ? QUOTED : PLAIN;
            case QUOTED -> b == '"' ? CLOSING_QUOTE : QUOTED;
            case CLOSING_QUOTE -> b == '"' ? QUOTED : b == ',' ? PLAIN : MALFORMED;
            default -> MALFORMED;
        };
    }

    private void mark(int at) {
        boundary = at;
        linesAtBoundary = lines;
    }

    int boundary() {
        return boundary;
    }

    long linesAtBoundary() {
        return linesAtBoundary;
    }
}
