package com.supportbilling.job.usage;

import com.supportbilling.application.UsageIntake;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.output.OutputRows;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * Takes the parsed blocks of each chunk in file order into the month's accumulator, rejected rows to
 * the staged rejects. When the reader has reached the end, the last commit also settles the suspected
 * duplicates (their rejections staged apart, merged into rejects.csv by line), and records every
 * account's fee base and the intake's figures: the step's work is saved in one transaction, or not
 * at all.
 */
public class UsageBlockWriter implements ItemStreamWriter<ParsedBlock> {

    private final UsageBlockItemReader reader;
    private final FlatFileItemWriter<String[]> rejects;
    private final FlatFileItemWriter<String[]> lateRejects;
    private final UsageIntakeRecorder recorder;
    private UsageIntake.Session session;
    private boolean recorded;

    public UsageBlockWriter(UsageBlockItemReader reader, FlatFileItemWriter<String[]> rejects,
            FlatFileItemWriter<String[]> lateRejects, UsageIntakeRecorder recorder) {
        this.reader = reader;
        this.rejects = rejects;
        this.lateRejects = lateRejects;
        this.recorder = recorder;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        session = reader.session();
        recorded = false;
        rejects.open(executionContext);
        lateRejects.open(executionContext);
    }

    @Override
    public void write(Chunk<? extends ParsedBlock> blocks) throws Exception {
        Chunk<String[]> rejected = new Chunk<>();
        for (ParsedBlock block : blocks) {
            session.take(block, rejection -> rejected.add(OutputRows.rejection(rejection)));
        }
        if (!rejected.isEmpty()) {
            rejects.write(rejected);
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (reader.isExhausted() && !recorded) {
            Chunk<String[]> late = new Chunk<>();
            session.settle(rejection -> late.add(OutputRows.rejection(rejection)));
            try {
                lateRejects.write(late);
            } catch (Exception e) {
                throw new IllegalStateException("the settled duplicates could not be staged", e);
            }
            recorder.record(session.accumulator(), executionContext);
            recorded = true;
        }
        rejects.update(executionContext);
        lateRejects.update(executionContext);
    }

    @Override
    public void close() {
        rejects.close();
        lateRejects.close();
    }
}
