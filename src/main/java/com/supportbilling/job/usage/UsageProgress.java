package com.supportbilling.job.usage;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Reports the usage intake's progress on long runs: rows read, rows per second, time left. */
public class UsageProgress implements ChunkListener<UsageRow, Object> {

    private static final Logger log = LoggerFactory.getLogger("com.supportbilling.progress");
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final UsageFilesReader reader;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long rows;

    public UsageProgress(UsageFilesReader reader) {
        this.reader = reader;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        rows += chunk.size();
        long now = System.nanoTime();
        if (now - lastReport < EVERY_NANOS) {
            return;
        }
        lastReport = now;
        double seconds = (now - started) / 1e9;
        long rate = Math.round(rows / seconds);
        double done = reader.totalBytes() == 0 ? 1 : (double) reader.bytesRead() / reader.totalBytes();
        long left = done <= 0 ? 0 : Math.round(seconds / done - seconds);
        log.info("usage: {} rows read ({}%), {} rows/s, about {} s left", rows, Math.round(done * 100), rate, left);
    }
}
