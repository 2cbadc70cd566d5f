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
        return line(rows, reader.bytesRead(), reader.totalBytes(), System.nanoTime() - started);
    }

    /**
     * While the files are read: rows, share of the bytes, rate and time left. Once every byte is read: rows and
     * the time taken, with the rate only from a second on, where it says something (D152).
     */
    static String line(long rows, long bytesRead, long totalBytes, long elapsedNanos) {
        double seconds = Math.max(1e-3, elapsedNanos / 1e9);
        double done = totalBytes == 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
        if (done >= 1) {
            return String.format("usage: %,d rows read (100 %%) in %.1f s", rows, seconds)
                    + (seconds >= 1 ? String.format(", %,d rows/s", Math.round(rows / seconds)) : "");
        }
        long left = done <= 0 ? 0 : Math.round(seconds / done - seconds);
        return String.format("usage: %,d rows read (%d %%), %,d rows/s, about %d s left", rows,
                Math.round(done * 100), Math.round(rows / seconds), left);
    }
}
