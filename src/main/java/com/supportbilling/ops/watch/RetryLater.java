package com.supportbilling.ops.watch;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.integration.file.filters.FileListFilter;

/**
 * Holds back, for a while, the drops that could not be billed now — their month is being billed by
 * another run, or the state is in use — so that the watcher neither fails them nor starts the billing
 * application at every poll. Deliberately not an accept-once filter: they must come back.
 */
final class RetryLater implements FileListFilter<File> {

    private final Duration wait;
    private final Clock clock;
    private final Map<Path, Instant> notBefore = new HashMap<>();

    RetryLater(Duration wait, Clock clock) {
        this.wait = wait;
        this.clock = clock;
    }

    synchronized void later(Path drop) {
        notBefore.put(drop, clock.instant().plus(wait));
    }

    Duration waitTime() {
        return wait;
    }

    @Override
    public synchronized List<File> filterFiles(File @Nullable [] files) {
        if (files == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<File> due = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (File file : files) {
            present.add(file.toPath());
            Instant time = notBefore.get(file.toPath());
            if (time == null || !now.isBefore(time)) {
                due.add(file);
            }
        }
        notBefore.keySet().retainAll(present);
        return due;
    }
}
