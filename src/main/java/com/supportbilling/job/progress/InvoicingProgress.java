package com.supportbilling.job.progress;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** The invoicing step's progress: payers read so far, and how many of them had something to bill. */
public class InvoicingProgress extends StepProgress implements ItemReadListener<Object>, ChunkListener<Object, Object> {

    private long read;
    private long billed;

    public InvoicingProgress(ProgressDisplay display) {
        super(display);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        read = 0;
        billed = 0;
    }

    @Override
    public void afterRead(Object item) {
        read++;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        billed += chunk.size();
        show();
    }

    @Override
    String line() {
        return String.format("invoicing: %,d payers read, %,d with something to bill", read, billed);
    }
}
