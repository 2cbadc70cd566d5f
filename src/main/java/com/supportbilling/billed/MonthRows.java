package com.supportbilling.billed;

import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.output.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Where a month's rows come from: its output folder, or a dry run's rows in memory. */
public interface MonthRows {

    /** Each row of {@code file}, in file order; nothing when the file is absent. */
    void each(OutputFile file, Consumer<Row> row);

    String summaryJson();

    /** A row, read by column name. */
    interface Row {
        String get(String column);
    }

    /** The files of a staged or published month folder. */
    static MonthRows of(Path folder) {
        return new MonthRows() {
            @Override
            public void each(OutputFile file, Consumer<Row> consumer) {
                Path path = folder.resolve(file.fileName());
                if (!Files.exists(path)) {
                    return;
                }
                try (CsvFile csv = CsvFile.open(path)) {
                    CsvHeader header = csv.header();
                    for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                        if (record.isMalformed()) {
                            throw new IllegalStateException(path + " line " + record.lineNumber() + " cannot be read: "
                                    + record.malformation());
                        }
                        CsvRecord row = record;
                        consumer.accept(column -> header.value(row, column));
                    }
                }
            }

            @Override
            public String summaryJson() {
                try {
                    return Files.readString(folder.resolve(OutputFile.SUMMARY.fileName()), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the summary of " + folder + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** Rows as {@code OutputRows} formats them for the files, kept in memory (a dry run). */
    static MonthRows of(Map<OutputFile, List<String[]>> rows, String summaryJson) {
        return new MonthRows() {
            @Override
            public void each(OutputFile file, Consumer<Row> consumer) {
                List<String> header = List.of(file.header());
                for (String[] fields : rows.getOrDefault(file, List.of())) {
                    consumer.accept(column -> fields[header.indexOf(column)]);
                }
            }

            @Override
            public String summaryJson() {
                return summaryJson;
            }
        };
    }
}
