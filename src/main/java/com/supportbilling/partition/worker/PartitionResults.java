package com.supportbilling.partition.worker;

import com.supportbilling.intake.usage.block.PartitionIntake;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a worker leaves in a partition's folder (D93): its rejected rows, its fingerprints and its figures
 * — written last, so that a folder with them is complete.
 */
public final class PartitionResults {

    /** The partition's step execution context: its rows read and rejected, for the logs. */
    static final String READ = "partition.read";
    static final String REJECTED = "partition.rejected";

    private PartitionResults() {
    }

    public static Path rejects(Path folder) {
        return folder.resolve("rejects.csv");
    }

    public static boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(PartitionIntake.FIGURES)) && Files.isRegularFile(rejects(folder));
    }
}
