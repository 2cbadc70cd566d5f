package com.supportbilling.intake.usage.block;

/** Blocks of usage in file order, for a {@link BlockPipeline}: every file of a month, or one partition of it. */
public interface UsageBlocks {

    /** The next block, or null after the last. */
    UsageBlock next();
}
