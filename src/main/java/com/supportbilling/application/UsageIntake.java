package com.supportbilling.application;

import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.block.BlockPipeline;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.UsageAccumulator;
import com.supportbilling.intake.usage.block.UsageBlockReader;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
import com.supportbilling.intake.usage.block.UsageMemory;
import com.supportbilling.settings.BillingProperties;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Intake the usage: a run's usage files → every account's fee base, the intake's figures and the
 * rejected rows (R2, R10), read as blocks of whole records parsed ahead by the parser threads and taken
 * in file order. The job's step takes the blocks chunk by chunk; the dry run takes them all at once.
 */
public final class UsageIntake {

    private final UsageIntakeEngine engine;

    /** {@code spillFolder}: where the duplicate check spills past {@code billing.usage-memory} (D80). */
    public UsageIntake(RunContext run, Executor parsers, Path spillFolder) {
        BillingProperties properties = run.properties();
        this.engine = new UsageIntakeEngine(run.month(), run.reference().accounts().keySet(), run.feeBasePolicy(),
                run.amountLimit(), run.input().usageFiles(), properties.usageBlockSize(), parsers,
                new UsageMemory(properties.usageMemoryBytes(), spillFolder, properties.usageThreadCount()));
    }

    /** Opens the usage files and starts parsing ahead. */
    public Session open() {
        return new Session();
    }

    /** The whole intake at once: every block taken, the suspected duplicates settled. */
    public UsageAccumulator readAll(Consumer<Rejection> rejected) {
        try (Session session = open()) {
            for (ParsedBlock block = session.next(); block != null; block = session.next()) {
                session.take(block, rejected);
            }
            session.settle(rejected);
            return session.accumulator();
        }
    }

    /** One pass over the usage files, from the first block: a restarted step starts a new one. */
    public final class Session implements AutoCloseable {

        private final UsageBlockReader reader;
        private final UsageAccumulator accumulator;
        private final BlockPipeline<ParsedBlock> blocks;

        private Session() {
            reader = engine.reader();
            accumulator = engine.accumulator(reader);
            blocks = engine.parsedBlocks(reader, accumulator);
        }

        /** The next block in file order, or null after the last. */
        public ParsedBlock next() {
            return blocks.next();
        }

        /** Adds a block's accepted rows to the fee bases; its rejected rows go to {@code rejected}. */
        public void take(ParsedBlock block, Consumer<Rejection> rejected) {
            accumulator.add(block, rejected);
        }

        /** After the last block: settles the suspected duplicates, whose rejections go to {@code rejected}. */
        public void settle(Consumer<Rejection> rejected) {
            accumulator.settle(engine.resolver(), rejected);
        }

        /** The fee bases and figures taken so far. */
        public UsageAccumulator accumulator() {
            return accumulator;
        }

        public long bytesRead() {
            return reader.bytesRead();
        }

        public long totalBytes() {
            return reader.totalBytes();
        }

        /** Stops reading ahead and removes what the duplicate check spilled to disk, if anything. */
        @Override
        public void close() {
            blocks.close();
            reader.close();
            accumulator.duplicates().close();
        }
    }
}
