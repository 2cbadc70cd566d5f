package com.supportbilling.output;

import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.core.io.FileSystemResource;

/**
 * Spring Batch file writers for CSV rows formatted by opencsv. Transactional: rows reach the file
 * when their chunk commits, and a restart cuts the file back to the last commit.
 */
public final class CsvFileWriters {

    private CsvFileWriters() {
    }

    /** A restartable writer: it resumes at the last committed row. */
    public static FlatFileItemWriter<String[]> restartable(String name, Path file, String[] header) {
        return builder(name, file, header).saveState(true).build();
    }

    /** A writer that starts its file over on every step execution. */
    public static FlatFileItemWriter<String[]> fresh(String name, Path file, String[] header) {
        return builder(name, file, header).saveState(false).build();
    }

    /** A restartable writer of plain text lines. */
    public static FlatFileItemWriter<String> lines(String name, Path file) {
        return new FlatFileItemWriterBuilder<String>().name(name).resource(new FileSystemResource(file)).encoding("UTF-8")
                .lineSeparator("\n").lineAggregator(line -> line).transactional(true).saveState(true).build();
    }

    private static FlatFileItemWriterBuilder<String[]> builder(String name, Path file, String[] header) {
        CsvRows rows = new CsvRows();
        FlatFileItemWriterBuilder<String[]> builder = new FlatFileItemWriterBuilder<String[]>()
                .name(name)
                .resource(new FileSystemResource(file))
                .encoding("UTF-8")
                .lineSeparator("\n")
                .lineAggregator(rows::format)
                .transactional(true)
                .shouldDeleteIfExists(true);
        if (header.length > 0) {
            builder.headerCallback(writer -> writer.write(rows.format(header)));
        }
        return builder;
    }
}
