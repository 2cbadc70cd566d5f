package com.supportbilling.intake.usage;

import com.supportbilling.intake.parquet.ParquetUsageFile;

/** Opens a usage file for reading row by row, by its format. */
public final class UsageFiles {

    private UsageFiles() {
    }

    /**
     * The file's rows. Parquet classes are loaded only here, for a Parquet file: a month of CSV files
     * starts without them.
     */
    public static UsageRows open(UsageFile file) {
        return file.isParquet() ? ParquetUsageFile.open(file) : new CsvUsageRows(file);
    }
}
