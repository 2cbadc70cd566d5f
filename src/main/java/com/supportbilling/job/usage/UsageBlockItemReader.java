package com.supportbilling.job.usage;

import com.supportbilling.intake.usage.block.BlockPipeline;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.UsageAccumulator;
import com.supportbilling.intake.usage.block.UsageBlockReader;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the usage files as blocks of whole records, parsed ahead by the worker threads, and hands
 * them over in file order. Like the row reader it keeps no position: the intake starts again from the
 * first block when its step restarts.
 */
public class UsageBlockItemReader implements ItemStreamReader<ParsedBlock>, UsageReading {

    private final UsageIntakeEngine engine;
    private UsageBlockReader reader;
    private UsageAccumulator accumulator;
    private BlockPipeline<ParsedBlock> blocks;
    private boolean exhausted;

    public UsageBlockItemReader(UsageIntakeEngine engine) {
        this.engine = engine;
    }

    /** Starts reading ahead; the accumulator the blocks are for is the writer's to take. */
    @Override
    public void open(ExecutionContext executionContext) {
        reader = engine.reader();
        accumulator = engine.accumulator(reader);
        blocks = engine.parsedBlocks(reader, accumulator);
        exhausted = false;
    }

    /** The accumulator of this step execution's intake, once the reader is open. */
    UsageAccumulator accumulator() {
        return accumulator;
    }

    @Override
    public ParsedBlock read() {
        ParsedBlock block = blocks.next();
        exhausted = block == null;
        return block;
    }

    public boolean isExhausted() {
        return exhausted;
    }

    @Override
    public long bytesRead() {
        return reader == null ? 0 : reader.bytesRead();
    }

    @Override
    public long totalBytes() {
        return reader == null ? 0 : reader.totalBytes();
    }

    /** Stops reading ahead and removes what the duplicate check spilled to disk, if anything. */
    @Override
    public void close() {
        if (blocks != null) {
            blocks.close();
        }
        if (reader != null) {
            reader.close();
        }
        if (accumulator != null) {
            accumulator.duplicates().close();
        }
    }
}
