package com.supportbilling.job.progress;

import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.job.usage.UsageReading;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The usage intake's progress: rows read, share of the bytes read, rows per second, time left. Counted
 * as chunks are written, which both usage intakes do on their main thread.
 */
public class UsageProgress extends StepProgress implements ItemWriteListener<Object> {

    private final UsageReading reader;
    private long started;
    private long rows;

    public UsageProgress(UsageReading reader, ProgressDisplay display) {
        super(display);
        this.reader = reader;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        started = System.nanoTime();
        rows = 0;
    }

    @Override
    public void afterWrite(Chunk<? extends Object> chunk) {
        for (Object item : chunk) {
            rows += item instanceof ParsedBlock block ? block.rows() : 1;
        }
        show();
    }

    @Override
    String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double done = reader.totalBytes() == 0 ? 1 : Math.min(1, (double) reader.bytesRead() / reader.totalBytes());
        long left = done <= 0 ? 0 : Math.round(seconds / done - seconds);
        return String.format("usage: %,d rows read (%d %%), %,d rows/s, about %d s left", rows, Math.round(done * 100),
                Math.round(rows / seconds), left);
    }
}
