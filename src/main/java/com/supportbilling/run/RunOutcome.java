package com.supportbilling.run;

import com.supportbilling.application.RunSummary;
import java.nio.file.Path;

/** How a run ended: its exit code, one sentence for the operator, and what it published. */
public record RunOutcome(ExitCode exitCode, String message, RunSummary summary, Path published) {

    public static RunOutcome refused(ExitCode exitCode, String message) {
        return new RunOutcome(exitCode, message, null, null);
    }
}
