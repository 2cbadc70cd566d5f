package com.supportbilling.job.usage;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.job.RunContext;
import com.supportbilling.output.RejectsFile;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * R10: when rejected rows (reference and usage files together) exceed the skip limit, the run fails
 * before anything is billed, and says where the rejected rows can be read.
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
        long rejected = usage.rowsRejected() + run.reference().rejections().size();
        long limit = run.skipLimit(usage.rowsRead());
        if (rejected > limit) {
            throw new InputRefusedException("Refused to bill " + run.month() + ": " + rejected
                    + " rows were rejected, over the skip limit of " + limit + " (" + run.properties().skipLimitPercent()
                    + " % of " + usage.rowsRead() + " usage rows, at least " + run.properties().skipLimitMinimum()
                    + "). The rejected rows are listed in " + RejectsFile.assemble(run.folders())
                    + "; fix the input and run again.");
        }
        return RepeatStatus.FINISHED;
    }
}
