package com.supportbilling.partition.manager;

import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.block.PartitionIntake;
import com.supportbilling.intake.usage.block.UsageBlock;
import com.supportbilling.intake.usage.block.UsageBlockReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A manager's plain CSV usage files framed into blocks as the local intake's block reader frames them: each block's
 * offset, length and first line, what the partition plan is cut from (D91). {@code run --broker} starts the framing
 * as soon as it knows its input, on threads of its own while the application starts (D149), and the plan takes a
 * file's blocks from here when they were framed with its block size and the file is as it was then.
 */
public final class UsageFraming {

    private final Map<Path, Framed> files;

    private UsageFraming(Map<Path, Framed> files) {
        this.files = files;
    }

    /** A file as it was when its framing started, and its blocks to come. */
    private record Framed(long size, FileTime modified, int blockSize, CompletableFuture<List<long[]>> blocks) {
    }

    /**
     * Frames the plain CSV files of {@code files} with blocks of {@code blockSize} bytes, one file at a time on each
     * processor but one — that one is the application's, which starts meanwhile (D155) — on daemon threads that end
     * with the framing.
     */
    public static UsageFraming start(List<UsageFile> files, int blockSize) {
        List<UsageFile> plain = files.stream().filter(file -> !PartitionIntake.isReadWhole(file)).toList();
        if (plain.isEmpty()) {
            return new UsageFraming(Map.of());
        }
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.min(plain.size(), Math.max(1, Runtime.getRuntime().availableProcessors() - 1)), runnable -> {
                    Thread thread = new Thread(runnable, "usage-framing");
                    thread.setDaemon(true);
                    return thread;
                });
        Map<Path, Framed> framed = new HashMap<>();
        try {
            for (UsageFile file : plain) {
                Path path = file.path().toAbsolutePath();
                try {
                    framed.put(path, new Framed(Files.size(path), Files.getLastModifiedTime(path), blockSize,
                            CompletableFuture.supplyAsync(() -> frame(file, blockSize), threads)));
                } catch (IOException e) { // left to the plan, which says what it cannot read
                }
            }
        } finally {
            threads.shutdown();
        }
        return new UsageFraming(Map.copyOf(framed));
    }

    /** Frames {@code file} now: its blocks as {offset, length, first line}, in file order. */
    static List<long[]> frame(UsageFile file, int blockSize) {
        List<long[]> blocks = new ArrayList<>();
        try (UsageBlockReader reader = new UsageBlockReader(List.of(file), blockSize)) {
            for (UsageBlock block = reader.next(); block != null; block = reader.next()) {
                blocks.add(new long[] {block.offset(), block.length(), block.firstLine()});
            }
        }
        return blocks;
    }

    /**
     * The blocks of {@code file} framed ahead with blocks of {@code blockSize}, once they are; empty when it was
     * not framed so, has changed since, or could not be framed.
     */
    Optional<List<long[]>> blocks(UsageFile file, int blockSize) {
        Path path = file.path().toAbsolutePath();
        Framed framed = files.get(path);
        if (framed == null || framed.blockSize() != blockSize) {
            return Optional.empty();
        }
        try {
            List<long[]> blocks = framed.blocks().join();
            boolean unchanged = Files.size(path) == framed.size()
                    && Files.getLastModifiedTime(path).equals(framed.modified());
            return unchanged ? Optional.of(blocks) : Optional.empty();
        } catch (CompletionException | IOException e) {
            return Optional.empty();
        }
    }
}
