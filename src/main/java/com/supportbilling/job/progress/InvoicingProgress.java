package com.supportbilling.job.progress;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** The invoicing step's progress: payers read so far, and how many of them had something to bill. */
public class InvoicingProgress implements ItemReadListener<Object>, ChunkListener<Object, Object>,
        StepExecutionListener {

    private final ProgressDisplay display;
    private long read;
    private long billed;

    public InvoicingProgress(ProgressDisplay display) {
        this.display = display;
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
        display.show(line(), false);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        display.show(line(), true);
        display.finish();
        return null;
    }

    private String line() {
        return String.format("invoicing: %,d payers read, %,d with something to bill", read, billed);
    }
}
