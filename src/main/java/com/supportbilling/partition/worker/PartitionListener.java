package com.supportbilling.partition.worker;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.logging.OperatorLog;
import com.supportbilling.partition.PartitionState;
import com.supportbilling.partition.UsagePartition;
import com.supportbilling.resources.DiskSpace;
import com.supportbilling.resources.ResourceShortageException;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

/**
 * Says on the worker's terminal which partition it reads and how that ended, and writes into the
 * partition's step execution which worker took it and, when it failed, the sentence the manager is to
 * say — as the local intake would, with its exit code (D94).
 */
final class PartitionListener implements StepExecutionListener {

    private static final Logger log = OperatorLog.get();

    private final JobRepository repository;

    PartitionListener(JobRepository repository) {
        this.repository = repository;
    }

    /** Names this worker in the partition's context at once, not at its first commit: the manager logs it. */
    @Override
    public void beforeStep(StepExecution partition) {
        PartitionState.tookBy(partition.getExecutionContext(), PartitionState.thisWorker());
        repository.updateExecutionContext(partition);
        log.info("reading {} for {}", UsagePartition.from(partition.getExecutionContext()).describe(),
                partition.getJobExecution().getJobParameters().getString("billingMonth"));
    }

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        UsagePartition usage = UsagePartition.from(partition.getExecutionContext());
        long millis = Duration.between(partition.getStartTime(), LocalDateTime.now()).toMillis();
        if (partition.getStatus() == BatchStatus.COMPLETED) {
            log.info("read {} in {} ms: {} rows, {} rejected", usage.describe(), millis,
                    partition.getExecutionContext().getLong(PartitionResults.READ, 0),
                    partition.getExecutionContext().getLong(PartitionResults.REJECTED, 0));
            return null;
        }
        Throwable failure = partition.getFailureExceptions().stream().findFirst().orElse(null);
        if (failure != null) {
            record(partition, usage, failure);
        }
        log.warn("{} ended {}", usage.describe(), partition.getStatus());
        return null;
    }

    private static void record(StepExecution partition, UsagePartition usage, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputRefusedException refused) {
                PartitionState.failed(partition.getExecutionContext(), PartitionState.FailureKind.INPUT_REFUSED,
                        refused.getMessage());
                return;
            }
            if (t instanceof ResourceShortageException shortage) {
                PartitionState.failed(partition.getExecutionContext(), PartitionState.FailureKind.RESOURCES,
                        "The worker " + PartitionState.thisWorker() + " reading " + usage.describe() + " says: "
                                + shortage.getMessage());
                return;
            }
            // a full disk is the machine's shortage, not the input's fault: exit 5, as on one machine (D81)
            if (t instanceof IOException io && DiskSpace.isFull(io)) {
                PartitionState.failed(partition.getExecutionContext(), PartitionState.FailureKind.RESOURCES,
                        "The worker " + PartitionState.thisWorker() + " reading " + usage.describe() + " found its disk "
                                + "full (" + io.getMessage() + "): free space on that machine's --state disk and in the "
                                + "shared folder, then run the same command again: it reads only the partitions left.");
                return;
            }
        }
        String root = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        PartitionState.failed(partition.getExecutionContext(), PartitionState.FailureKind.OTHER,
                usage.describe() + " failed on the worker " + PartitionState.thisWorker() + ": " + root + ".");
    }
}
