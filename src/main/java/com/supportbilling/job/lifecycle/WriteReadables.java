package com.supportbilling.job.lifecycle;

import com.sun.management.OperatingSystemMXBean;
import com.supportbilling.application.RunContext;
import com.supportbilling.report.MonthReadables;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The step before publishing: report.html and the documents, written afresh into the staging folder
 * from the staged files, so that they are published with them, all at once, or not at all.
 */
@Component
public class WriteReadables implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReadables.class);
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final RunContext run;
    private final MonthReadables readables;

    public WriteReadables(RunContext run, MonthReadables readables) {
        this.run = run;
        this.readables = readables;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long start = System.nanoTime();
        long processStart = PROCESS.getProcessCpuTime();
        MonthReadables.Written written = readables.write(run.folders().staging(), run.reference());
        // the process's processor time counts the compilers and the collector too: what the step adds to a
        // run whatever else the machine runs (D121)
        log.info("{} revision {}: report.html and {} documents written in {} ms (the documents took {} ms of processor"
                + " time, the whole process {} ms)", run.month(), run.revision(), written.documents(),
                (System.nanoTime() - start) / 1_000_000, written.documentsCpu().toMillis(),
                (PROCESS.getProcessCpuTime() - processStart) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
