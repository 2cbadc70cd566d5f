package com.supportbilling.intake.usage;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A usage file to read, and its name in rejects.csv and summary.json: the file name of a loose file in the
 * input folder, the path under the input folder of a file of a synced export (D72).
 */
public record UsageFile(Path path, String name) {

    /** The endings of the usage files that are read; any other file named usage… is not (D73). */
    private static final String[] READ = {".csv", ".csv.gz", ".csv.zip", ".parquet"};

    /** A loose file of the input folder, named by its file name. */
    public static UsageFile of(Path path) {
        return new UsageFile(path, path.getFileName().toString());
    }

    /** Whether a file with this name is one this job reads as usage: CSV, gzip or ZIP of a CSV, or Parquet. */
    public static boolean isReadable(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String ending : READ) {
            if (name.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Parquet (CUR 2.0 and legacy CUR deliver {@code .snappy.parquet}), read by columns, not as CSV text. */
    public boolean isParquet() {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }
}
