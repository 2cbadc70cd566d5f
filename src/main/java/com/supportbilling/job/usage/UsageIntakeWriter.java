package com.supportbilling.job.usage;

import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.intake.usage.UsageTally;
import com.supportbilling.output.OutputRows;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * Adds accepted lines to the month's tally and writes rejected rows to the staged rejects. When the
 * reader has reached the end, the commit of the last chunk also records every account's fee base in
 * the ledger and the intake's figures in the step's context: the step's work is then saved in one
 * transaction, or not at all.
 */
public class UsageIntakeWriter implements ItemStreamWriter<UsageOutcome> {

    private final UsageFilesReader reader;
    private final Supplier<UsageTally> newTally;
    private final FlatFileItemWriter<String[]> rejects;
    private final UsageIntakeRecorder recorder;
    private UsageTally tally;
    private boolean recorded;

    public UsageIntakeWriter(UsageFilesReader reader, Supplier<UsageTally> newTally, FlatFileItemWriter<String[]> rejects,
            UsageIntakeRecorder recorder) {
        this.reader = reader;
        this.newTally = newTally;
        this.rejects = rejects;
        this.recorder = recorder;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        tally = newTally.get();
        reader.fileNames().forEach(tally::file);
        recorded = false;
        rejects.open(executionContext);
    }

    @Override
    public void write(Chunk<? extends UsageOutcome> outcomes) throws Exception {
        List<String[]> rejected = new ArrayList<>();
        for (UsageOutcome outcome : outcomes) {
            tally.add(outcome).ifPresent(rejection -> rejected.add(OutputRows.rejection(rejection)));
        }
        if (!rejected.isEmpty()) {
            rejects.write(new Chunk<>(rejected));
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        rejects.update(executionContext);
        if (reader.isExhausted() && !recorded) {
            recorder.record(tally, executionContext);
            recorded = true;
        }
    }

    @Override
    public void close() {
        rejects.close();
    }
}
