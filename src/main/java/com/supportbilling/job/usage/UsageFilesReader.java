package com.supportbilling.job.usage;

import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageFiles;
import com.supportbilling.intake.usage.UsageRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the month's usage files in order, row by row, each file in its own format and layout.
 * It keeps no position: the usage intake is rebuilt from the first row when its step restarts,
 * since its state (bases, ids seen) lives in memory until the step's last commit.
 */
public class UsageFilesReader implements ItemStreamReader<UsageRow>, UsageReading {

    private final List<UsageFile> files;
    private final long totalBytes;
    private int next;
    private UsageRows current;
    private String currentName;
    private long bytesOfClosedFiles;
    private boolean exhausted;

    public UsageFilesReader(List<UsageFile> files) {
        this.files = files;
        this.totalBytes = files.stream().mapToLong(UsageFilesReader::size).sum();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        next = 0;
        bytesOfClosedFiles = 0;
        exhausted = false;
    }

    @Override
    public UsageRow read() {
        while (true) {
            if (current == null) {
                if (next == files.size()) {
                    exhausted = true;
                    return null;
                }
                UsageFile file = files.get(next++);
                current = UsageFiles.open(file);
                currentName = file.name();
            }
            CsvRecord record = current.next();
            if (record != null) {
                return new UsageRow(currentName, current.columns(), record);
            }
            bytesOfClosedFiles += current.bytesRead();
            current.close();
            current = null;
        }
    }

    /** True once every file has been read to its end. */
    public boolean isExhausted() {
        return exhausted;
    }

    /** The names of the files read or being read, for the summary of files without rows. */
    public List<String> fileNames() {
        return files.stream().map(UsageFile::name).toList();
    }

    @Override
    public long bytesRead() {
        return bytesOfClosedFiles + (current == null ? 0 : current.bytesRead());
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private static long size(UsageFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
