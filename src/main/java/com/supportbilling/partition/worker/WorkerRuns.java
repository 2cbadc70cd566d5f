package com.supportbilling.partition.worker;

import com.supportbilling.application.RunContext;
import com.supportbilling.job.RunJobParameters;
import com.supportbilling.settings.BillingProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/**
 * The runs a worker reads partitions for, each with its account ids read once from the shared input
 * folder: a worker takes partition after partition of the same run. Keeps the last few.
 */
final class WorkerRuns {

    private static final int KEPT = 4;

    private final BillingProperties properties;
    private final Map<Long, RunContext> runs = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunContext> eldest) {
            return size() > KEPT;
        }
    };

    WorkerRuns(BillingProperties properties) {
        this.properties = properties;
    }

    synchronized RunContext of(JobExecution job) {
        return runs.computeIfAbsent(job.getId(),
                id -> new RunContext(RunJobParameters.from(job.getJobParameters()), properties));
    }
}
