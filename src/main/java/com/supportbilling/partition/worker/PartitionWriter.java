package com.supportbilling.partition.worker;

import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.output.CsvFileWriters;
import com.supportbilling.output.OutputRows;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * Takes the partition's parsed blocks in file order into its accumulator, its rejected rows to the
 * partition's rejects.csv; with the last chunk, writes its fingerprints and figures (D93).
 */
class PartitionWriter implements ItemStreamWriter<ParsedBlock> {

    private final PartitionReader reader;
    private FlatFileItemWriter<String[]> rejects;
    private boolean finished;

    PartitionWriter(PartitionReader reader) {
        this.reader = reader;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rejects = CsvFileWriters.fresh("partitionRejects", PartitionResults.rejects(reader.results()), new String[0]);
        rejects.open(executionContext);
        finished = false;
    }

    @Override
    public void write(Chunk<? extends ParsedBlock> blocks) throws Exception {
        Chunk<String[]> rejected = new Chunk<>();
        for (ParsedBlock block : blocks) {
            reader.intake().add(block, rejection -> rejected.add(OutputRows.rejection(rejection)));
        }
        if (!rejected.isEmpty()) {
            rejects.write(rejected);
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (reader.isExhausted() && !finished) {
            reader.intake().finish(reader.results());
            executionContext.putLong(PartitionResults.READ, reader.intake().rowsRead());
            executionContext.putLong(PartitionResults.REJECTED, reader.intake().rowsRejected());
            finished = true;
        }
        rejects.update(executionContext);
    }

    @Override
    public void close() {
        if (rejects != null) {
            rejects.close();
        }
    }
}
