package com.supportbilling.job.progress;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** A step's progress line: shown as the step goes, and once more, final, when it ends (D37). */
abstract class StepProgress implements StepExecutionListener {

    private final ProgressDisplay display;

    StepProgress(ProgressDisplay display) {
        this.display = display;
    }

    /** The line as it stands now. */
    abstract String line();

    void show() {
        display.show(line(), false);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        display.show(line(), true);
        display.finish();
        return null;
    }
}
