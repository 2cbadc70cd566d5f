package com.supportbilling.ops.watch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.integration.file.filters.FileListFilter;

/**
 * Passes a drop once it is complete, so that a half-written one is never read: when its
 * {@code _READY} file exists, or when nothing in it — no file's name, size or modification time —
 * changed for the quiet period while this watcher looked at it. Watching the contents rather than
 * trusting modification times matters: {@code cp -p}, rsync and unzip give files old times, and a
 * folder's own time does not change when a file in it grows. A drop with no file yet is never quiet.
 */
final class CompleteDropFilter implements FileListFilter<File> {

    static final String READY = "_READY";
    private static final String DIRECTORY = "|dir|";

    private final Duration quietPeriod;
    private final Clock clock;
    private final Map<Path, Observation> observed = new HashMap<>();

    CompleteDropFilter(Duration quietPeriod, Clock clock) {
        this.quietPeriod = quietPeriod;
        this.clock = clock;
    }

    /** What a drop held when first seen as it is now; {@code contents} null when it could not be listed. */
    private record Observation(@Nullable List<String> contents, Instant since) {
    }

    @Override
    public synchronized List<File> filterFiles(File @Nullable [] files) {
        if (files == null) {
            return List.of();
        }
        List<File> complete = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (File file : files) {
            Path drop = file.toPath();
            present.add(drop);
            if (isComplete(drop)) {
                complete.add(file);
            }
        }
        observed.keySet().retainAll(present);
        return complete;
    }

    private boolean isComplete(Path drop) {
        if (hasReadyFile(drop)) {
            observed.remove(drop);
            return true;
        }
        List<String> contents = contents(drop).orElse(null);
        // the time after the listing: a file that grew while it was listed was seen no earlier than this
        Instant now = clock.instant();
        Observation before = observed.get(drop);
        if (before == null) {
            WatchLog.LOG.info("drop {}: waiting for its {} file, or {} without a change", drop.getFileName(), READY,
                    humane(quietPeriod));
        }
        if (before == null || contents == null || !contents.equals(before.contents())) {
            observed.put(drop, new Observation(contents, now));
            return false;
        }
        boolean holdsAFile = contents.stream().anyMatch(entry -> !entry.contains(DIRECTORY));
        return holdsAFile && !now.isBefore(before.since().plus(quietPeriod));
    }

    private static boolean hasReadyFile(Path drop) {
        try (Stream<Path> entries = Files.list(drop)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().toUpperCase(Locale.ROOT).equals(READY)
                    && Files.isRegularFile(entry));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Every file and folder under the drop with its size and modification time; empty while it moves under us. */
    private static Optional<List<String>> contents(Path drop) {
        try (Stream<Path> tree = Files.walk(drop)) {
            List<String> entries = new ArrayList<>();
            for (Path path : tree.filter(path -> !path.equals(drop)).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                String kind = attributes.isDirectory() ? DIRECTORY : "|" + attributes.size() + "|";
                entries.add(drop.relativize(path) + kind + attributes.lastModifiedTime().toMillis());
            }
            return Optional.of(entries);
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    static String humane(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
