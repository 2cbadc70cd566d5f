package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.usage.UsageOutcome;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Settles suspects exactly: reads the usage files again, fully only the rows whose fingerprint a
 * suspect has, and walks them in file order. A valid row whose id a valid row before it had is a
 * duplicate (R10); a suspect whose id is new after all — another id of the same fingerprint — counts.
 */
public final class SuspectResolver {

    private final Supplier<UsageBlockReader> files;
    private final UsageBlockParser parser;

    public SuspectResolver(Supplier<UsageBlockReader> files, UsageBlockParser parser) {
        this.files = files;
        this.parser = parser;
    }

    void resolve(List<UsageAccumulator.Suspect> suspects, Consumer<UsageOutcome.Accepted> counts,
            Consumer<Rejection> duplicates) {
        Set<Long> wanted = new HashSet<>();
        Set<Position> suspected = new HashSet<>();
        for (UsageAccumulator.Suspect suspect : suspects) {
            wanted.add(suspect.fingerprint());
            suspected.add(new Position(suspect.file(), suspect.lineNumber()));
        }
        Map<Long, Set<String>> validIds = new HashMap<>();
        try (UsageBlockReader reader = files.get()) {
            for (UsageBlock block = reader.next(); block != null; block = reader.next()) {
                int file = block.fileIndex();
                parser.scan(block, wanted, (accepted, line) -> {
                    String id = accepted.line().lineItemId();
                    Set<String> ids = validIds.computeIfAbsent(Fingerprints.of(id), key -> new HashSet<>());
                    boolean first = ids.add(id);
                    if (suspected.contains(new Position(file, line))) {
                        if (first) {
                            counts.accept(accepted);
                        } else {
                            duplicates.accept(accepted.asDuplicate());
                        }
                    }
                });
            }
        }
    }

    private record Position(int file, long line) {
    }
}
