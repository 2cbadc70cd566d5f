package com.supportbilling.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * rejects.csv: the header, then the rejected rows of the reference files and of the usage files, in
 * the order they were read. Each part was staged by the step that read those files.
 */
public final class RejectsFile {

    private RejectsFile() {
    }

    /** Writes the staged rejects.csv from the parts staged so far. */
    public static Path assemble(OutputFolders folders) {
        Path target = folders.staged(OutputFile.REJECTS);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(new CsvRows().format(OutputFile.REJECTS.header()));
            out.write('\n');
            for (StagedPart part : List.of(StagedPart.REFERENCE_REJECTS, StagedPart.USAGE_REJECTS)) {
                Path file = folders.part(part);
                if (Files.exists(file)) {
                    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
