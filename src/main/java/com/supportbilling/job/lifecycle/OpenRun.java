package com.supportbilling.job.lifecycle;

import com.supportbilling.job.RunContext;
import com.supportbilling.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The first step of a job instance: an empty staging folder, and the revision recorded in the ledger
 * as started, with nothing left of an earlier attempt on other input.
 */
@Component
public class OpenRun implements Tasklet {

    private final RunContext run;
    private final Ledger ledger;

    public OpenRun(RunContext run, Ledger ledger) {
        this.run = run;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Path staging = run.folders().staging();
        deleteTree(staging);
        Files.createDirectories(staging);
        long instanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
        ledger.recordStart(run.month(), run.revision(), instanceId, run.parameters().inputFolder().toString(),
                run.parameters().inputFingerprint(), run.parameters().outputFolder().toString());
        return RepeatStatus.FINISHED;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
