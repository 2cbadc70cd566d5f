package com.supportbilling.run;

import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.resources.DiskSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Free space checked before a run starts (D47), so that a full disk refuses it in one sentence
 * instead of failing it half-way — or, worse, losing what the state recorded. The needs are generous
 * estimates: the outputs and rejects grow with the reference files and at most a skip limit's share of
 * the usage; an embedded state rewrites its files at each checkpoint. Besides, each folder keeps
 * {@code billing.disk-headroom} free.
 */
final class SpaceCheck {

    private SpaceCheck() {
    }

    static void outputs(Path output, InputFolder input, long headroom) {
        long reference = size(input.accounts()) + size(input.subscriptions());
        long usage = input.usageFiles().stream().map(UsageFile::path).mapToLong(SpaceCheck::size).sum();
        DiskSpace.require(output, headroom + 64 * reference + usage / 50, "the month's outputs",
                "free space there, or choose another --output folder, then run the same command again.");
    }

    static void embeddedState(Path state, long headroom) {
        long files = 0;
        if (Files.isDirectory(state)) {
            try (Stream<Path> ledger = Files.list(state)) {
                files = ledger.filter(path -> path.getFileName().toString().startsWith("ledger."))
                        .mapToLong(SpaceCheck::size).sum();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DiskSpace.require(state, headroom + 2 * files, "the state (ledger and job repository)",
                "free space there, or move the state folder to a larger disk, then run the same command again.");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
