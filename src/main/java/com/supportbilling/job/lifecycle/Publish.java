package com.supportbilling.job.lifecycle;

import com.supportbilling.job.RunContext;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.output.StagedPart;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The last step: the staged outputs become {@code <output>/<YYYY-MM>/} in one rename, and the
 * revision is recorded as completed in the same transaction as the step. Run again after a crash
 * between the two, it finds the folder published and only records the completion.
 */
@Component
public class Publish implements Tasklet {

    private final RunContext run;
    private final Ledger ledger;

    public Publish(RunContext run, Ledger ledger) {
        this.run = run;
        this.ledger = ledger;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        OutputFolders folders = run.folders();
        if (Files.exists(folders.staging())) {
            if (Files.exists(folders.published())) {
                throw new FileAlreadyExistsException(folders.published().toString(), null,
                        "another run published this month meanwhile; nothing was published");
            }
            for (StagedPart part : StagedPart.values()) {
                Files.deleteIfExists(folders.part(part));
            }
            Files.move(folders.staging(), folders.published(), StandardCopyOption.ATOMIC_MOVE);
        }
        ledger.recordCompleted(run.month(), run.revision());
        return RepeatStatus.FINISHED;
    }
}
