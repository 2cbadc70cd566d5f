package com.supportbilling.partition.worker;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.usage.block.AccountIndex;
import com.supportbilling.job.RunJobParameters;
import com.supportbilling.settings.BillingProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/**
 * The runs a worker reads partitions for, each with its accounts read and indexed once from the shared input
 * folder: a worker takes partition after partition of the same run (D154). Keeps the last few.
 */
final class WorkerRuns {

    private static final int KEPT = 4;

    private final BillingProperties properties;
    private final Map<Long, WorkerRun> runs = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, WorkerRun> eldest) {
            return size() > KEPT;
        }
    };

    WorkerRuns(BillingProperties properties) {
        this.properties = properties;
    }

    synchronized WorkerRun of(JobExecution job) {
        return runs.computeIfAbsent(job.getId(),
                id -> WorkerRun.of(new RunContext(RunJobParameters.from(job.getJobParameters()), properties)));
    }

    /** A run, with the index of its accounts that every partition's reader looks usage rows up in. */
    record WorkerRun(RunContext context, AccountIndex accounts) {

        static WorkerRun of(RunContext context) {
            return new WorkerRun(context, new AccountIndex(context.accountIds()));
        }
    }
}
