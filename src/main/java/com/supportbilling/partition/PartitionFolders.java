package com.supportbilling.partition;

import com.supportbilling.job.RunParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the workers leave a revision's partition results for its manager (D93): a hidden folder beside
 * the staging folder, on the shared storage, {@code <output>/.partitions-<YYYY-MM>-R<n>/<partition>/}. It is
 * made when the plan is made and removed once the results are combined.
 */
public record PartitionFolders(Path root) {

    public static PartitionFolders of(RunParameters run) {
        return new PartitionFolders(run.outputFolder().resolve(".partitions-" + run.month() + "-R" + run.revision()));
    }

    public Path of(String partition) {
        return root.resolve(partition);
    }

    /** The partitions' folders, in plan order (their names are numbered so). */
    public List<Path> all() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty folder at {@code folder}: whatever an earlier attempt left there is gone. */
    public static Path emptied(Path folder) {
        delete(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
