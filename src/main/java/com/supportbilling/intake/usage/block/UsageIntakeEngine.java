package com.supportbilling.intake.usage.block;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.usage.AmountLimit;
import com.supportbilling.intake.usage.UsageFile;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The block-wise usage intake of one month: readers of its usage files, the parser its worker threads
 * share, the accumulator that takes parsed blocks in order, and the resolver of suspects.
 */
public final class UsageIntakeEngine {

    /** Blocks read ahead of the one taken: enough to keep the workers busy, few enough to bound the memory. */
    public static final int BLOCKS_AHEAD = 8;
    /** Bytes of a native usage line, to size the duplicate check before reading (it grows, or spills, if need be). */
    private static final int TYPICAL_LINE = 64;

    private final List<UsageFile> files;
    private final int blockSize;
    private final AccountIndex accounts;
    private final FeeBasePolicy policy;
    private final UsageBlockParser parser;
    private final Executor workers;
    private final YearMonth month;
    private final UsageMemory memory;

    public UsageIntakeEngine(YearMonth month, Collection<AccountId> knownAccounts, FeeBasePolicy policy,
            AmountLimit limit, List<UsageFile> files, int blockSize, Executor workers, UsageMemory memory) {
        this(month, new AccountIndex(knownAccounts), policy, limit, files, blockSize, workers, memory);
    }

    public UsageIntakeEngine(YearMonth month, AccountIndex accounts, FeeBasePolicy policy, AmountLimit limit,
            List<UsageFile> files, int blockSize, Executor workers, UsageMemory memory) {
        this.files = List.copyOf(files);
        this.blockSize = blockSize;
        this.accounts = accounts;
        this.policy = policy;
        this.parser = new UsageBlockParser(month, accounts, policy, limit);
        this.workers = workers;
        this.month = month;
        this.memory = memory;
    }

    /** The files' blocks, parsed by the workers while the caller takes them in order into {@code accumulator}. */
    public BlockPipeline<ParsedBlock> parsedBlocks(UsageBlocks reader, UsageAccumulator accumulator) {
        DuplicateWatch duplicates = accumulator.duplicates();
        return new BlockPipeline<>(reader, block -> {
            ParsedBlock parsed = parser.parse(block);
            duplicates.add(parsed);
            return parsed;
        }, workers, BLOCKS_AHEAD);
    }

    public UsageBlockReader reader() {
        return new UsageBlockReader(files, blockSize);
    }

    public UsageAccumulator accumulator(UsageBlockReader reader) {
        return new UsageAccumulator(reader.fileNames(), accounts, policy,
                new DuplicateWatch(reader.totalBytes() / TYPICAL_LINE, reader.totalBytes(), memory, month.toString(),
                        workers));
    }

    /** An accumulator of the month's files without a duplicate watch: the manager's, which adds up partitions (D95). */
    UsageAccumulator combinedAccumulator() {
        return new UsageAccumulator(files.stream().map(UsageFile::name).toList(), accounts, policy, null);
    }

    public SuspectResolver resolver() {
        return new SuspectResolver(this::reader, files, parser, workers);
    }
}
