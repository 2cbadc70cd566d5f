package com.supportbilling.intake.usage;

import com.supportbilling.intake.csv.CsvRecord;

/**
 * One usage file's rows, already split into fields, whatever its format: the rows of a CSV file as the
 * CSV reader frames them, the rows of a Parquet file with the columns its layout reads.
 */
public interface UsageRows extends AutoCloseable {

    /** The layout bound to the file's header or schema; null for a file without a header, which has no rows. */
    UsageLayout.Columns columns();

    /** The next row, or null after the last; a file that cannot be read refuses the run naming it. */
    CsvRecord next();

    /** Bytes of the file on disk read so far, for progress. */
    long bytesRead();

    @Override
    void close();
}
