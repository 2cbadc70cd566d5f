package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.Rejection;
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
 * Settles suspects exactly: reads the usage files again — blocks scanned by the workers, fully only the
 * rows whose fingerprint a suspect has — and walks those rows in file order. A valid row whose id a valid row before it had is a
 * duplicate (R10); a suspect whose id is new after all — another id of the same fingerprint — counts.
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

    void resolve(List<UsageAccumulator.Suspect> suspects, Consumer<UsageOutcome.Accepted> counts,
            Consumer<Rejection> duplicates) {
        Fingerprints wanted = new Fingerprints(suspects.size());
        Set<Position> suspected = new HashSet<>();
        for (UsageAccumulator.Suspect suspect : suspects) {
            wanted.add(suspect.fingerprint());
            suspected.add(new Position(suspect.file(), suspect.lineNumber()));
        }
        Map<Long, Set<String>> validIds = new HashMap<>();
        try (UsageBlockReader reader = files.get();
                BlockPipeline<Matches> matches = new BlockPipeline<>(reader, block -> Matches.of(parser, block, wanted),
                        workers, UsageIntakeEngine.BLOCKS_AHEAD)) {
            for (Matches block = matches.next(); block != null; block = matches.next()) {
                for (UsageOutcome.Accepted accepted : block.rows()) {
                    String id = accepted.line().lineItemId();
                    Set<String> ids = validIds.computeIfAbsent(Fingerprints.of(id), key -> new HashSet<>());
                    boolean first = ids.add(id);
                    if (suspected.contains(new Position(block.file(), accepted.lineNumber()))) {
                        if (first) {
                            counts.accept(accepted);
                        } else {
                            duplicates.accept(accepted.asDuplicate());
                        }
                    }
                }
            }
        }
    }

    /** The valid rows of a block whose fingerprint is wanted, found on a worker thread. */
    private record Matches(int file, List<UsageOutcome.Accepted> rows) {
        static Matches of(UsageBlockParser parser, UsageBlock block, Fingerprints wanted) {
            List<UsageOutcome.Accepted> rows = new ArrayList<>();
            parser.scan(block, wanted, (accepted, line) -> rows.add(accepted));
            return new Matches(block.fileIndex(), rows);
        }
    }

    private record Position(int file, long line) {
    }
}
