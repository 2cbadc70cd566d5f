package com.supportbilling.partition.manager;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.block.PartitionIntake;
import com.supportbilling.job.usage.UsageIntakeConfiguration;
import com.supportbilling.logging.OperatorLog;
import com.supportbilling.partition.PartitionFolders;
import com.supportbilling.partition.PartitionSettings;
import com.supportbilling.partition.UsagePartition;
import com.supportbilling.resources.DiskSpace;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.settings.PartitionRoles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The month's partition plan (D91), made once per revision when the partition step first runs: each plain
 * CSV file framed by the local intake's block reader — nothing parsed — and cut into the fewest pieces of
 * about equal size that are at most {@code billing.partition.size} bytes, each ending at a block boundary, so
 * that a partition starts on a record and knows its first line (D157). A compressed or Parquet file is one
 * partition. The files are framed side by side on the parser threads, unless {@code run --broker} framed them
 * while the application started ({@link UsageFraming}, D149). Logged with its sizes.
 */
@Component
@Profile(PartitionRoles.MANAGER)
class UsagePartitioner implements Partitioner {

    private static final Logger log = OperatorLog.get();
    private static final Logger details = LoggerFactory.getLogger(UsagePartitioner.class);

    private final RunContext run;
    private final BillingProperties properties;
    private final PartitionSettings settings;
    private final Executor parsers;
    private final Optional<UsageFraming> framedAhead;

    UsagePartitioner(RunContext run, BillingProperties properties, PartitionSettings settings,
            @Qualifier(UsageIntakeConfiguration.PARSERS) Executor parsers, ObjectProvider<UsageFraming> framedAhead) {
        this.run = run;
        this.properties = properties;
        this.settings = settings;
        this.parsers = parsers;
        this.framedAhead = Optional.ofNullable(framedAhead.getIfAvailable());
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        PartitionFolders folders = PartitionFolders.of(run.parameters());
        Optional<List<UsagePartition>> earlier = folders.plan();
        if (earlier.isPresent()) {
            log.info("usage of {}: the {} partitions planned by the first attempt", run.month(), earlier.get().size());
            return contexts(earlier.get());
        }
        long started = System.nanoTime();
        List<UsageFile> files = run.input().usageFiles();
        AtomicInteger ahead = new AtomicInteger();
        List<CompletableFuture<List<long[]>>> framed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            UsageFile file = files.get(i);
            framed.add(PartitionIntake.isReadWhole(file)
                    ? CompletableFuture.completedFuture(List.of(new long[] {i, 0, size(file), 1, 1}))
                    : CompletableFuture.supplyAsync(() -> cut(index, blocks(file, ahead), settings.size().toBytes()),
                            parsers));
        }
        List<long[]> ranges = new ArrayList<>();
        for (CompletableFuture<List<long[]>> file : framed) {
            try {
                ranges.addAll(file.join());
            } catch (CompletionException e) { // the framing's failure as it threw it: D81 tells failures by their kind
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        List<UsagePartition> plan = new ArrayList<>();
        long bytes = 0;
        long largest = 0;
        for (int p = 0; p < ranges.size(); p++) {
            long[] range = ranges.get(p);
            UsageFile file = files.get((int) range[0]);
            UsagePartition partition = new UsagePartition(String.format("p%04d", p + 1), p, ranges.size(), (int) range[0],
                    file.name(), file.path().toAbsolutePath(), range[1], range[2], range[3], range[4] == 1);
            plan.add(partition);
            bytes += partition.bytes();
            largest = Math.max(largest, partition.bytes());
            details.info("plan of {}: {} {}", run.month(), partition.name(), partition.describe());
        }
        folders.newPlan(plan);
        long whole = ranges.stream().filter(range -> range[4] == 1).count();
        log.info("usage of {}: {} in {} partitions (billing.partition.size {}), the largest {} ({} of them a whole "
                + "compressed or Parquet file), planned in {} ms ({} of the files framed while the manager started)",
                run.month(), DiskSpace.size(bytes), ranges.size(), DiskSpace.size(settings.size().toBytes()),
                DiskSpace.size(largest), whole, (System.nanoTime() - started) / 1_000_000, ahead.get());
        return contexts(plan);
    }

    /** The file's blocks: framed while the application started (D149), counted in {@code ahead}, or now. */
    private List<long[]> blocks(UsageFile file, AtomicInteger ahead) {
        int blockSize = properties.usageBlockSize();
        Optional<List<long[]>> framed = framedAhead.flatMap(framing -> framing.blocks(file, blockSize));
        framed.ifPresent(blocks -> ahead.incrementAndGet());
        return framed.orElseGet(() -> UsageFraming.frame(file, blockSize));
    }

    private static Map<String, ExecutionContext> contexts(List<UsagePartition> plan) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (UsagePartition partition : plan) {
            contexts.put(partition.name(), partition.toContext());
        }
        return contexts;
    }

    /**
     * Cuts a plain CSV file at the boundaries of its {@code blocks} ({@link UsageFraming#frame}) into ranges {file
     * index, start, end, first line, 0}: as few as keep each at most {@code size} bytes, and of about equal size, so
     * that no partition is a small tail that costs a worker's set-up for little (D157). Each range ends at the first
     * block boundary at or past its share of the file, so a range may pass its share by up to a block; a block
     * larger than a share makes fewer ranges.
     */
    static List<long[]> cut(int index, List<long[]> blocks, long size) {
        List<long[]> ranges = new ArrayList<>();
        if (blocks.isEmpty()) {
            return ranges;
        }
        long first = blocks.get(0)[0];
        long[] lastBlock = blocks.get(blocks.size() - 1);
        long bytes = lastBlock[0] + lastBlock[1] - first;
        long pieces = Math.max(1, (bytes + size - 1) / size);
        long start = -1;
        long firstLine = 0;
        long next = 1;
        for (long[] block : blocks) {
            if (start < 0) {
                start = block[0];
                firstLine = block[2];
            }
            long end = block[0] + block[1];
            if (end - first >= share(bytes, pieces, next)) {
                ranges.add(new long[] {index, start, end, firstLine, 0});
                start = -1;
                while (next < pieces && end - first >= share(bytes, pieces, next)) {
                    next++;
                }
            }
        }
        return ranges;
    }

    /** Where the {@code k}th of {@code pieces} equal shares of {@code bytes} ends, counted from the first block. */
    private static long share(long bytes, long pieces, long k) {
        return bytes / pieces * k + bytes % pieces * k / pieces;
    }

    private static long size(UsageFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
