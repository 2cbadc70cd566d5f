package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Finds the duplicates among the rows whose fingerprint repeats: reads the usage files again — blocks
 * scanned by the workers, fully only the rows of a repeated fingerprint — and walks those rows in file
 * order. A valid row whose id a valid row before it had is a duplicate (R10); the first one counts,
 * and so does a row whose id is new after all (another id of the same fingerprint).
 */
public final class SuspectResolver {

    private final Supplier<UsageBlockReader> files;
    private final UsageBlockParser parser;
    private final Executor workers;

    public SuspectResolver(Supplier<UsageBlockReader> files, UsageBlockParser parser, Executor workers) {
        this.files = files;
        this.parser = parser;
        this.workers = workers;
    }

    /** Each duplicate among the valid rows of a {@code repeated} fingerprint, in file order. */
    void resolve(Fingerprints repeated, Consumer<UsageOutcome.Accepted> duplicates) {
        Map<Long, Set<String>> validIds = new HashMap<>();
        try (UsageBlockReader reader = files.get();
                BlockPipeline<List<UsageOutcome.Accepted>> matches = new BlockPipeline<>(reader,
                        block -> matches(block, repeated), workers, UsageIntakeEngine.BLOCKS_AHEAD)) {
            for (List<UsageOutcome.Accepted> rows = matches.next(); rows != null; rows = matches.next()) {
                for (UsageOutcome.Accepted accepted : rows) {
                    String id = accepted.line().lineItemId();
                    if (!validIds.computeIfAbsent(Fingerprints.of(id), key -> new HashSet<>()).add(id)) {
                        duplicates.accept(accepted);
                    }
                }
            }
        }
    }

    /** The valid rows of a block whose fingerprint repeats, found on a worker thread. */
    private List<UsageOutcome.Accepted> matches(UsageBlock block, Fingerprints repeated) {
        List<UsageOutcome.Accepted> rows = new ArrayList<>();
        parser.scan(block, repeated, (accepted, line) -> rows.add(accepted));
        return rows;
    }
}
