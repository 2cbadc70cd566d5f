package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.resources.DiskSpace;
import com.supportbilling.resources.ResourceShortageException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the line item fingerprints of one intake that occur more than once among its valid rows
 * (R10), within a memory budget (D80). The parsing threads hand over each block's fingerprints at
 * once. They are kept in a table in memory while it fits the budget; past that, the table and every
 * fingerprint after it are spilled to disk as hash partitions ({@link FingerprintPartitions}), which
 * are read back one by one once the files have been read. Which fingerprint repeats does not depend
 * on the order in which the threads added them, nor on the path taken: the rows behind them are
 * settled exactly afterwards ({@link SuspectResolver}).
 */
public final class DuplicateWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DuplicateWatch.class);

    /** Bytes the in-memory table takes per fingerprint at worst (8 a slot, 3/8 to 3/4 full). */
    private static final int TABLE_BYTES_PER_ID = 22;
    /**
     * Bytes of a repeated fingerprint while its rows are settled: its ids as Strings in a map. The rows
     * of repeated ids are settled in memory, within a quarter of the heap (or the budget, if larger).
     */
    private static final int REPEAT_BYTES = 200;
    /** Usage bytes per spill byte to expect, up front: 24 bytes a row, for lines of 48 bytes or more. */
    private static final int USAGE_BYTES_PER_SPILL_BYTE = 2;

    private final long memoryBudget;
    private final long inMemoryLimit;
    private final Path spillFolder;
    private final String month;
    private final Executor workers;
    private final int threads;
    private final ReadWriteLock mode = new ReentrantReadWriteLock();
    private final AtomicLong held = new AtomicLong();
    private final Fingerprints repeated = new Fingerprints(0);
    private final long usageBytes;
    private final Map<Integer, UsageLayout.Columns> columns = new ConcurrentHashMap<>();
    private volatile Fingerprints seen;
    private volatile FingerprintPartitions spilled;
    private volatile boolean positioned;
    private FingerprintPartitions.Repeats repeatedRows;
    private boolean closed;

    /**
     * @param expectedIds valid rows expected, from the size of the files
     * @param usageBytes the usage files' size on disk, for the up-front disk check
     * @param memory the bytes the fingerprints may take in memory, and the folder where they spill when
     *        they do not fit (made only then, removed by {@link #close})
     * @param workers the threads that read the spill back
     */
    DuplicateWatch(long expectedIds, long usageBytes, UsageMemory memory, String month, Executor workers) {
        this.memoryBudget = memory.budget();
        this.inMemoryLimit = memory.budget() / TABLE_BYTES_PER_ID;
        this.spillFolder = memory.spillFolder();
        this.threads = memory.threads();
        this.workers = workers;
        this.month = month;
        this.usageBytes = usageBytes;
        FingerprintPartitions.removeLeftovers(spillFolder);
        if (expectedIds > inMemoryLimit) {
            spill();
            positioned = true;
        } else {
            seen = new Fingerprints(expectedIds);
        }
    }

    /** Adds the fingerprints of a parsed block's valid rows, with where they lie, from any thread. */
    void add(ParsedBlock block) {
        if (block.block.columns() != null) {
            columns.putIfAbsent(block.block.fileIndex(), block.block.columns());
        }
        long[] fingerprints = new long[block.rows];
        long[] positions = new long[block.rows];
        long[] lines = new long[block.rows];
        int count = 0;
        for (int i = 0; i < block.rows; i++) {
            if (!(block.slow[i] instanceof UsageOutcome.Rejected)) {
                fingerprints[count] = block.fingerprint[i];
                positions[count] = block.position(i);
                lines[count] = block.line(i);
                if (positions[count] < 0) {
                    positioned = false;
                }
                count++;
            }
        }
        mode.readLock().lock();
        try {
            FingerprintPartitions partitions = spilled;
            if (partitions != null) {
                partitions.append(fingerprints, positions, lines, count);
                return;
            }
            seen.addAll(fingerprints, count, repeated::add);
        } finally {
            mode.readLock().unlock();
        }
        if (held.addAndGet(count) > inMemoryLimit) {
            mode.writeLock().lock();
            try {
                if (spilled == null) {
                    spill();
                }
            } finally {
                mode.writeLock().unlock();
            }
        }
    }

    /**
     * Once every block has been added: the spilled fingerprints written out and left where they are, for
     * the manager of a month billed on several machines to look for repeats across partitions (D93).
     */
    void finishSpill() {
        if (spilled == null) {
            spill();
        }
        spilled.finishWriting();
    }

    /** Whether every valid row added so far came with its position. */
    boolean allPositioned() {
        return positioned;
    }

    /** Whether the fingerprints went to disk. */
    boolean spilled() {
        return spilled != null;
    }

    /**
     * The fingerprints added more than once, once every block has been added. When they were spilled,
     * the partitions are read back by the workers.
     */
    Fingerprints repeated() {
        long rows = 0;
        if (spilled != null) {
            long started = System.nanoTime();
            FingerprintPartitions.Repeats repeats = spilled.repeats(memoryBudget, workers, threads, positioned);
            for (int i = 0; i < repeats.fingerprints.size; i++) {
                repeated.add(repeats.fingerprints.values[i]);
            }
            if (positioned) {
                repeatedRows = repeats;
                rows = repeats.positions.size;
            }
            log.info("the duplicate check of {} read {} of spilled fingerprints back in {} ms: {} repeat{}", month,
                    DiskSpace.size(spilled.bytes()), (System.nanoTime() - started) / 1_000_000, repeated.size(),
                    positioned ? ", on " + rows + " rows" : "");
        }
        long settleable = Math.max(memoryBudget, Runtime.getRuntime().maxMemory() / 4) / REPEAT_BYTES;
        if (repeated.size() + rows > settleable) {
            throw new ResourceShortageException(repeated.size() + " line item ids repeat in the usage of " + month
                    + ", more than the duplicate check can settle in memory (does the input folder hold two versions"
                    + " of one report?): remove the repeated files, or give the run more memory (JAVA_OPTS=-Xmx…).");
        }
        return repeated;
    }

    /**
     * Once {@link #repeated} has run: every valid row of a repeated fingerprint, by position and line,
     * when every row's position is known (the fingerprints spilled from the first block, from files that
     * can be read at a position); else null, and the files are read again whole.
     */
    FingerprintPartitions.Repeats repeatedRows() {
        return repeatedRows;
    }

    /** The layout of each file, as its blocks had it, for reading rows again by position. */
    Map<Integer, UsageLayout.Columns> columns() {
        return columns;
    }

    /** Removes the spill folder, if any; once. */
    @Override
    public synchronized void close() {
        if (spilled != null && !closed) {
            closed = true;
            log.info("the duplicate check of {} removed {}", month, spillFolder);
            spilled.delete();
        }
    }

    /** From now on, fingerprints go to disk: those in memory first. Holds the write lock, or runs alone. */
    private void spill() {
        long expectedBytes = Math.max(usageBytes / USAGE_BYTES_PER_SPILL_BYTE, held.get() * 6L * Long.BYTES);
        DiskSpace.require(spillFolder, expectedBytes, "the duplicate check of " + month + "'s usage, spilled there",
                "free space there, or point --state at a disk with more room.");
        FingerprintPartitions partitions = new FingerprintPartitions(spillFolder, "free space on its disk, or point "
                + "--state at a disk with more room. Nothing was published; then run the same command again.");
        log.info("the duplicate check of {} spills line item fingerprints to {}: more than {} of them do not fit in "
                + "its memory budget of {}", month, spillFolder, inMemoryLimit, DiskSpace.size(memoryBudget));
        if (seen != null) {
            positioned = false;
            seen.drainTo(partitions);
            seen = null;
        }
        spilled = partitions;
    }
}
