package com.supportbilling.job.lifecycle;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.InputSnapshot;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.output.StagedPart;
import com.supportbilling.state.StateDurability;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step: the staged outputs become {@code <output>/<YYYY-MM>/} in one rename, and the
 * revision is recorded as completed in the step's transaction. Before the rename, the input must be
 * as it was when the run began (D52) and what the run recorded must be durable (D47). A rerun's
 * revision first takes the earlier revision into its own {@code revisions/} folder. Every move is
 * checked before it is made, so after a crash anywhere in between the step runs again and finishes
 * the job.
 */
@Component
public class Publish implements Tasklet {

    private final RunContext run;
    private final Ledger ledger;
    private final StateDurability durability;

    public Publish(RunContext run, Ledger ledger, StateDurability durability) {
        this.run = run;
        this.ledger = ledger;
        this.durability = durability;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        OutputFolders folders = run.folders();
        Path staging = folders.staging();
        Path published = folders.published();
        if (Files.exists(staging)) {
            refuseChangedInput(chunkContext);
            durability.secure("Nothing was published.");
            if (Files.exists(published)) {
                if (run.revision() == 1) {
                    throw new FileAlreadyExistsException(published.toString(), null,
                            "another process published this month meanwhile; nothing was published");
                }
                archivePreviousRevision(folders);
            }
            for (StagedPart part : StagedPart.values()) {
                Files.deleteIfExists(folders.part(part));
            }
            Files.move(staging, published, StandardCopyOption.ATOMIC_MOVE);
        }
        ledger.recordCompleted(run.month(), run.revision());
        return RepeatStatus.FINISHED;
    }

    private void refuseChangedInput(ChunkContext chunkContext) {
        String began = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .getString(OpenRun.INPUT_SNAPSHOT, "");
        List<String> changes = InputSnapshot.fromText(began).changesTo(run.input().snapshot());
        if (!changes.isEmpty()) {
            throw new InputRefusedException("An input file changed while " + run.month() + " was being billed: "
                    + String.join("; ", changes) + ". Nothing was published; make sure nothing writes into "
                    + run.parameters().inputFolder() + " during a run, then run again: the month is billed afresh "
                    + "from the files as they are then.");
        }
    }

    /** Moves the published revision n − 1, and the revisions it kept, into the staged revision n. */
    private void archivePreviousRevision(OutputFolders folders) throws IOException {
        Path published = folders.published();
        Path kept = published.resolve(OutputFolders.REVISIONS);
        Path keep = Files.createDirectories(folders.staging().resolve(OutputFolders.REVISIONS));
        if (Files.isDirectory(kept)) {
            try (Stream<Path> revisions = Files.list(kept)) {
                for (Path revision : revisions.toList()) {
                    Files.move(revision, keep.resolve(revision.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(kept);
        }
        Files.move(published, folders.archived(folders.staging(), run.revision() - 1), StandardCopyOption.ATOMIC_MOVE);
    }
}
