package com.supportbilling.output;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * rejects.csv: the header, then the rejected rows of the reference files and of the usage files in the
 * order they were read — usage files in name order, rows by line. Each part was staged by the step
 * that read those files; duplicates found last are merged into their place by line.
 */
public final class RejectsFile {

    private static final Comparator<CsvRecord> FILE_ORDER = Comparator.<CsvRecord, String>comparing(record -> record.fields().get(0))
            .thenComparingLong(record -> Long.parseLong(record.fields().get(1)));

    private RejectsFile() {
    }

    /** Writes the staged rejects.csv from the parts staged so far. */
    public static Path assemble(OutputFolders folders) {
        Path target = folders.staged(OutputFile.REJECTS);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(new CsvRows().format(OutputFile.REJECTS.header()));
            out.write('\n');
            copy(folders.part(StagedPart.REFERENCE_REJECTS), out);
            Path late = folders.part(StagedPart.USAGE_LATE_REJECTS);
            if (Files.exists(late) && Files.size(late) > 0) {
                merge(folders.part(StagedPart.USAGE_REJECTS), late, out);
            } else {
                copy(folders.part(StagedPart.USAGE_REJECTS), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void copy(Path part, Writer out) throws IOException {
        if (Files.exists(part)) {
            try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        }
    }

    /** Merges two parts, each in file order, into one in file order. */
    private static void merge(Path first, Path second, Writer out) throws IOException {
        try (CsvRecordReader a = reader(first); CsvRecordReader b = reader(second)) {
            CsvRecord left = a.next();
            CsvRecord right = b.next();
            while (left != null || right != null) {
                boolean takeLeft = right == null || (left != null && FILE_ORDER.compare(left, right) <= 0);
                out.write((takeLeft ? left : right).raw());
                out.write('\n');
                if (takeLeft) {
                    left = a.next();
                } else {
                    right = b.next();
                }
            }
        }
    }

    private static CsvRecordReader reader(Path part) throws IOException {
        return new CsvRecordReader(Files.exists(part) ? Files.newBufferedReader(part, StandardCharsets.UTF_8)
                : new BufferedReader(new StringReader("")), false);
    }
}
