package com.supportbilling.job.usage;

import com.supportbilling.application.CheckSkipLimit;
import com.supportbilling.application.RunContext;
import com.supportbilling.application.SkipLimit;
import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.output.RejectsFile;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The step that checks the skip limit ({@link CheckSkipLimit}, R10): over it, the run fails before
 * anything is billed, and says where the rejected rows can be read.
 */
@Component
public class SkipLimitCheck implements Tasklet {

    private final RunContext run;
    private final UsageIntakeResults results;

    public SkipLimitCheck(RunContext run, UsageIntakeResults results) {
        this.run = run;
        this.results = results;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        UsageIntakeResult usage = results.of(chunkContext.getStepContext().getStepExecution());
        Optional<CheckSkipLimit.Excess> excess = CheckSkipLimit.check(run, usage);
        if (excess.isPresent()) {
            SkipLimit limit = run.skipLimit();
            throw new InputRefusedException("Refused to bill " + run.month() + ": " + excess.get().rejected()
                    + " rows were rejected, over the skip limit of " + excess.get().allowed() + " (" + limit.percent()
                    + " % of " + usage.rowsRead() + " usage rows, at least " + limit.minimum()
                    + "). The rejected rows are listed in " + RejectsFile.assemble(run.folders())
                    + "; fix the input and run again.");
        }
        return RepeatStatus.FINISHED;
    }
}
