package com.supportbilling.intake.usage.block;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * The block-wise usage intake of one month: readers of its usage files, the parser any thread may
 * use, the accumulator that takes parsed blocks in order, and the resolver of suspects.
 */
public final class UsageIntakeEngine {

    private final List<Path> files;
    private final int blockSize;
    private final AccountIndex accounts;
    private final FeeBasePolicy policy;
    private final UsageBlockParser parser;

    public UsageIntakeEngine(YearMonth month, Collection<AccountId> knownAccounts, FeeBasePolicy policy,
            List<Path> files, int blockSize) {
        this.files = List.copyOf(files);
        this.blockSize = blockSize;
        this.accounts = new AccountIndex(knownAccounts);
        this.policy = policy;
        this.parser = new UsageBlockParser(month, accounts, policy);
    }

    public UsageBlockReader reader() {
        return new UsageBlockReader(files, blockSize);
    }

    public UsageBlockParser parser() {
        return parser;
    }

    public UsageAccumulator accumulator(UsageBlockReader reader) {
        return new UsageAccumulator(reader.fileNames(), accounts, policy, reader.totalBytes());
    }

    public SuspectResolver resolver() {
        return new SuspectResolver(this::reader, parser);
    }
}
