package com.supportbilling.intake.usage;

import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvRecord;

/** The rows of a CSV usage file (plain, gzip or ZIP), record by record, in the layout its header names. */
final class CsvUsageRows implements UsageRows {

    private final CsvFile file;
    private final UsageLayout.Columns columns;

    CsvUsageRows(UsageFile usage) {
        this.file = CsvFile.open(usage.path(), usage.name());
        try {
            this.columns = file.isEmpty() ? null : UsageLayout.detect(usage.name(), file.header());
        } catch (RuntimeException refused) {
            file.close();
            throw refused;
        }
    }

    @Override
    public UsageLayout.Columns columns() {
        return columns;
    }

    @Override
    public CsvRecord next() {
        return file.next();
    }

    @Override
    public long bytesRead() {
        return file.bytesRead();
    }

    @Override
    public void close() {
        file.close();
    }
}
