package com.supportbilling.job.usage;

import com.supportbilling.application.UsageIntake;
import com.supportbilling.intake.usage.block.ParsedBlock;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the usage files as blocks of whole records, parsed ahead by the worker threads, and hands
 * them over in file order ({@link UsageIntake}). Like the row reader it keeps no position: the intake
 * starts again from the first block when its step restarts.
 */
public class UsageBlockItemReader implements ItemStreamReader<ParsedBlock>, UsageReading {

    private final UsageIntake intake;
    private UsageIntake.Session session;
    private boolean exhausted;

    public UsageBlockItemReader(UsageIntake intake) {
        this.intake = intake;
    }

    /** Starts reading ahead; the session's accumulator is the writer's to fill. */
    @Override
    public void open(ExecutionContext executionContext) {
        session = intake.open();
        exhausted = false;
    }

    /** This step execution's pass over the usage, once the reader is open. */
    UsageIntake.Session session() {
        return session;
    }

    @Override
    public ParsedBlock read() {
        ParsedBlock block = session.next();
        exhausted = block == null;
        return block;
    }

    public boolean isExhausted() {
        return exhausted;
    }

    @Override
    public long bytesRead() {
        return session == null ? 0 : session.bytesRead();
    }

    @Override
    public long totalBytes() {
        return session == null ? 0 : session.totalBytes();
    }

    /** Stops reading ahead and removes what the duplicate check spilled to disk, if anything. */
    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
