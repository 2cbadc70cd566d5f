package com.supportbilling.partition.manager;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.partition.PartitionState;
import com.supportbilling.partition.UsagePartition;
import com.supportbilling.resources.ResourceShortageException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Ends the manager's wait for the partitions (D94): when every one completed, the counts are added up as
 * Spring Batch does; otherwise the step fails with one sentence naming a partition left unread and why —
 * its worker's own when the input was refused (exit 3) or the machine lacked disk or memory (exit 5), as
 * the run on one machine would say it; else one a worker took and lost, else the first none took.
 */
final class PartitionOutcome implements StepExecutionAggregator {

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    @Override
    public void aggregate(StepExecution managerStep, Collection<StepExecution> partitions) {
        counts.aggregate(managerStep, partitions);
        List<StepExecution> unfinished = partitions.stream().filter(step -> step.getStatus() != BatchStatus.COMPLETED)
                .sorted(Comparator.comparingInt(PartitionOutcome::weight)
                        .thenComparingInt(step -> UsagePartition.from(step.getExecutionContext()).index()))
                .toList();
        if (unfinished.isEmpty()) {
            return;
        }
        StepExecution first = unfinished.get(0);
        UsagePartition usage = UsagePartition.from(first.getExecutionContext());
        String reason = PartitionState.failure(first.getExecutionContext());
        PartitionState.FailureKind kind = PartitionState.failureKind(first.getExecutionContext());
        if (kind == PartitionState.FailureKind.INPUT_REFUSED) {
            throw new InputRefusedException(reason);
        }
        if (kind == PartitionState.FailureKind.RESOURCES) {
            throw new ResourceShortageException(reason);
        }
        String others = unfinished.size() == 1 ? "" : " (and " + (unfinished.size() - 1) + " more)";
        throw new PartitionsUnfinishedException((reason != null ? reason
                : usage.describe() + " ended " + first.getStatus() + " on its worker: the worker's log says why.")
                + others + " Nothing was published; with a worker running, run the same command again: it reads "
                + "only the partitions left.");
    }

    /**
     * Which unfinished partition the sentence names: one whose input was refused, then one the machine
     * could not carry (their exit codes are the run's), then one a worker took, then one none took.
     */
    private static int weight(StepExecution partition) {
        PartitionState.FailureKind kind = PartitionState.failureKind(partition.getExecutionContext());
        if (kind == PartitionState.FailureKind.INPUT_REFUSED) {
            return 0;
        }
        if (kind == PartitionState.FailureKind.RESOURCES) {
            return 1;
        }
        return PartitionState.worker(partition.getExecutionContext()) != null ? 2 : 3;
    }

    /** Partitions that no worker finished. */
    static final class PartitionsUnfinishedException extends RuntimeException {
        PartitionsUnfinishedException(String sentence) {
            super(sentence);
        }
    }
}
