package com.supportbilling.job.usage;

import com.supportbilling.intake.usage.block.UsageBlock;
import com.supportbilling.intake.usage.block.UsageBlockReader;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the usage files as blocks of whole records. Like the row reader it keeps no position: the
 * intake starts again from the first block when its step restarts.
 */
public class UsageBlockItemReader implements ItemStreamReader<UsageBlock>, UsageReading {

    private final UsageIntakeEngine engine;
    private UsageBlockReader reader;
    private boolean exhausted;

    public UsageBlockItemReader(UsageIntakeEngine engine) {
        this.engine = engine;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        reader = engine.reader();
        exhausted = false;
    }

    @Override
    public UsageBlock read() {
        UsageBlock block = reader.next();
        exhausted = block == null;
        return block;
    }

    public boolean isExhausted() {
        return exhausted;
    }

    UsageBlockReader reader() {
        return reader;
    }

    @Override
    public long bytesRead() {
        return reader == null ? 0 : reader.bytesRead();
    }

    @Override
    public long totalBytes() {
        return reader == null ? 0 : reader.totalBytes();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
