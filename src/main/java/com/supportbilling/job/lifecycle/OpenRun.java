package com.supportbilling.job.lifecycle;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.InputSnapshot;
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
 * The first step of a job instance: an empty staging folder, the revision recorded in the ledger as
 * started, with nothing left of an earlier attempt on other input, and the input as it is now kept in
 * the job's context, so that publishing can tell whether a file changed under the run (D52).
 */
@Component
public class OpenRun implements Tasklet {

    /** The job context's copy of the input as the run began. */
    static final String INPUT_SNAPSHOT = "inputSnapshot";

    private final RunContext run;
    private final Ledger ledger;

    public OpenRun(RunContext run, Ledger ledger) {
        this.run = run;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        InputSnapshot input = run.input().snapshot();
        if (!input.fingerprint().equals(run.parameters().inputFingerprint())) {
            throw new InputRefusedException("The input folder " + run.parameters().inputFolder() + " changed while "
                    + "billing " + run.month() + " was starting. Nothing was published; make sure nothing writes into "
                    + "it during a run, then run the same command again.");
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(INPUT_SNAPSHOT, input.toText());
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
