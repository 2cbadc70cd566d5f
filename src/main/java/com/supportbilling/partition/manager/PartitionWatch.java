package com.supportbilling.partition.manager;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.partition.PartitionSettings;
import com.supportbilling.partition.PartitionState;
import com.supportbilling.partition.UsagePartition;
import com.supportbilling.settings.PartitionRoles;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Follows the workers through the job repository while the manager's partition step waits for them
 * (D94): logs each partition as a worker takes it and as it ends, and gives up on a partition — marks its
 * step execution FAILED, which ends Spring Batch's wait — that waits for a worker while no partition
 * progressed for {@code billing.partition.worker-wait} (no worker is there), or whose worker committed nothing for
 * {@code billing.partition.stall-timeout} (killed, or cut off). A worker that was only slow finds its
 * partition taken from it at its next commit (the step execution's version moved on) and stops there.
 */
final class PartitionWatch implements StepExecutionListener {

    private static final Logger log = OperatorLog.get();
    private static final Logger details = LoggerFactory.getLogger(PartitionWatch.class);

    private final JobRepository repository;
    private final PartitionSettings settings;
    private ScheduledExecutorService watching;
    private final Map<Long, String> seen = new ConcurrentHashMap<>();

    PartitionWatch(JobRepository repository, PartitionSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public void beforeStep(StepExecution managerStep) {
        seen.clear();
        LocalDateTime waitingSince = LocalDateTime.now();
        watching = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "partition-watch");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        watching.scheduleWithFixedDelay(() -> {
            try {
                look(managerStep.getJobExecutionId(), waitingSince);
            } catch (RuntimeException e) {
                details.warn("could not read the partitions' progress; trying again", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Stops following, and logs how the partitions ended that ended since the last look. */
    @Override
    public ExitStatus afterStep(StepExecution managerStep) {
        watching.shutdownNow();
        JobExecution job = repository.getJobExecution(managerStep.getJobExecutionId());
        if (job != null) {
            partitions(job).forEach(this::report);
        }
        return null;
    }

    private static List<StepExecution> partitions(JobExecution job) {
        return job.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(PartitionRoles.WORKER_STEP + ":")).toList();
    }

    private void look(long jobExecutionId, LocalDateTime waitingSince) {
        JobExecution job = repository.getJobExecution(jobExecutionId);
        if (job == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        List<StepExecution> partitions = partitions(job);
        LocalDateTime lastProgress = waitingSince;
        for (StepExecution partition : partitions) {
            if (partition.getStatus() != BatchStatus.STARTING && partition.getLastUpdated() != null
                    && partition.getLastUpdated().isAfter(lastProgress)) {
                lastProgress = partition.getLastUpdated();
            }
        }
        for (StepExecution partition : partitions) {
            report(partition);
            if (partition.getStatus() == BatchStatus.STARTING && lastProgress.plus(settings.workerWait()).isBefore(now)) {
                giveUp(partition, "no worker took it within " + words(settings.workerWait()) + ", nor made progress on "
                        + "any other: start a worker (worker --broker …) on the same broker and database");
            } else if (partition.getStatus() == BatchStatus.STARTED && partition.getLastUpdated() != null
                    && partition.getLastUpdated().plus(settings.stallTimeout()).isBefore(now)) {
                giveUp(partition, "its worker, " + worker(partition) + ", committed nothing for "
                        + words(settings.stallTimeout()) + ": it was stopped or cut off");
            }
        }
    }

    /** One line when a worker takes a partition (once it has named itself), and one when it ends. */
    private synchronized void report(StepExecution partition) {
        String worker = PartitionState.worker(partition.getExecutionContext());
        if (partition.getStatus() == BatchStatus.STARTING || (partition.getStatus() == BatchStatus.STARTED && worker == null)) {
            return;
        }
        String state = partition.getStatus() + "/" + worker;
        if (state.equals(seen.put(partition.getId(), state))) {
            return;
        }
        UsagePartition usage = UsagePartition.from(partition.getExecutionContext());
        if (partition.getStatus() == BatchStatus.STARTED) {
            log.info("{} taken by worker {}", usage.describe(), worker(partition));
        } else if (worker == null) {
            log.info("{} {}, taken by no worker", usage.describe(), partition.getStatus().toString().toLowerCase());
        } else {
            log.info("{} {} by worker {}", usage.describe(), partition.getStatus().toString().toLowerCase(), worker);
        }
    }

    private void giveUp(StepExecution partition, String reason) {
        UsagePartition usage = UsagePartition.from(partition.getExecutionContext());
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
        partition.setEndTime(LocalDateTime.now());
        PartitionState.failed(partition.getExecutionContext(), PartitionState.FailureKind.OTHER,
                usage.describe() + " was not read: " + reason + ".");
        try {
            repository.update(partition);
            repository.updateExecutionContext(partition);
            log.warn("gave up on {}: {}", usage.describe(), reason);
        } catch (OptimisticLockingFailureException e) {
            details.info("{} moved on meanwhile; looking again", usage.describe());
        }
    }

    private static String worker(StepExecution partition) {
        String worker = PartitionState.worker(partition.getExecutionContext());
        return worker == null ? "unknown" : worker;
    }

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
