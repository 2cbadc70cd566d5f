package com.supportbilling.intake.csv;

import com.supportbilling.intake.InputRefusedException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An input CSV file opened for reading: UTF-8 (gzip or ZIP by the name's ending), its header, then
 * its records. Counts the bytes read from disk so that long reads can report progress.
 */
public final class CsvFile implements Closeable {

    private final String name;
    private final InputStreams.Counted input;
    private final CsvRecordReader records;
    private final CsvHeader header;
    private final boolean empty;

    private CsvFile(String name, InputStream in) throws IOException {
        this.name = name;
        this.input = InputStreams.open(name, in);
        this.records = new CsvRecordReader(new InputStreamReader(input.content(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        CsvRecord first = records.next();
        this.empty = first == null;
        this.header = first == null || first.isMalformed() ? new CsvHeader(List.of()) : CsvHeader.of(name, first.fields());
    }

    /** Opens the file, or refuses the run with a sentence naming it. */
    public static CsvFile open(Path path) {
        return open(path, path.getFileName().toString());
    }

    /** Opens the file, to be named {@code name} in rejects and sentences, or refuses the run naming it. */
    public static CsvFile open(Path path, String name) {
        InputStream in = null;
        try {
            in = Files.newInputStream(path);
            return new CsvFile(name, in);
        } catch (IOException e) {
            closeQuietly(in);
            throw new InputRefusedException("Cannot read " + path + ": " + describe(e)
                    + ". Check that the file exists and is readable.", e);
        } catch (InputRefusedException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the file is refused anyway; the refusal says why
            }
        }
    }

    /** What went wrong, in words: an empty or cut-short .gz fails with an EOFException that has no message. */
    static String describe(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof EOFException ? "the file ends too early (an empty or incomplete download?)"
                : e.getClass().getSimpleName();
    }

    /** Opens a file shipped inside the application. */
    public static CsvFile openResource(String resource) {
        InputStream in = CsvFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the application lacks its resource " + resource);
        }
        try {
            return new CsvFile(resource.substring(resource.lastIndexOf('/') + 1), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the file and refuses the run unless its header has every required column. An empty file
     * (not even a header line) has no rows and is accepted.
     */
    public static CsvFile openWithColumns(Path path, List<String> required) {
        return requireColumns(open(path), path.toString(), required);
    }

    /**
     * Opens a file every run needs and refuses it when it is empty, header line included: an empty
     * accounts.csv or subscriptions.csv is a failed export, not a month without customers (D55).
     */
    public static CsvFile openRequired(Path path, List<String> required) {
        CsvFile file = openWithColumns(path, required);
        if (file.empty) {
            file.closeQuietly();
            throw new InputRefusedException(path + " is empty: it needs its header line (" + String.join(",", required)
                    + ") and its rows. Check the export that wrote it.");
        }
        return file;
    }

    public static CsvFile requireColumns(CsvFile file, String source, List<String> required) {
        List<String> missing = file.header.missing(required);
        if (!file.empty && !missing.isEmpty()) {
            file.closeQuietly();
            throw new InputRefusedException(source + " has no column " + String.join(", ", missing)
                    + " in its header line; it needs " + String.join(",", required) + ".");
        }
        return file;
    }

    /** True for a file without even a header line. */
    public boolean isEmpty() {
        return empty;
    }

    public CsvHeader header() {
        return header;
    }

    /** The next data record, or null at the end of the file. */
    public CsvRecord next() {
        try {
            return records.next();
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read " + name + ": " + describe(e) + ".", e);
        }
    }

    /** The file name, as rejects.csv shows it. */
    public String name() {
        return name;
    }

    /** Bytes read from disk so far (compressed bytes for a .gz file). */
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() {
        try {
            records.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            records.close();
        } catch (IOException ignored) {
            // the file is refused anyway; the refusal says why
        }
    }
}
