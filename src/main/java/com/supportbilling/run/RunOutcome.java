package com.supportbilling.run;

import com.supportbilling.application.RunSummary;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a run ended: its exit code, one sentence for the operator, and what it published. A run bills,
 * is refused (its input, or a month already billed or being billed: nothing to retry as it is), fails
 * (the same command resumes it once the cause is gone), or is stopped by a signal.
 */
public record RunOutcome(ExitCode exitCode, String message, RunSummary summary, Path published) {

    private static final Set<ExitCode> REFUSALS = EnumSet.of(ExitCode.INPUT_REFUSED, ExitCode.ALREADY_BILLED);
    private static final Set<ExitCode> FAILURES = EnumSet.of(ExitCode.FAILED, ExitCode.NEEDS_RESOURCES);

    public static RunOutcome billed(String message, RunSummary summary, Path published) {
        return new RunOutcome(ExitCode.BILLED, message, summary, published);
    }

    /** The run billed nothing by design: the input is refused (3), or the month already billed or being billed (4). */
    public static RunOutcome refused(ExitCode exitCode, String message) {
        return unbilled(REFUSALS, exitCode, message);
    }

    /** The run could not finish: a failure (1), or the machine must change first (5). */
    public static RunOutcome failed(ExitCode exitCode, String message) {
        return unbilled(FAILURES, exitCode, message);
    }

    /** SIGTERM or Ctrl-C ended the run before it published (143). */
    public static RunOutcome stopped(String message) {
        return new RunOutcome(ExitCode.STOPPED, message, null, null);
    }

    private static RunOutcome unbilled(Set<ExitCode> kind, ExitCode exitCode, String message) {
        if (!kind.contains(exitCode)) {
            throw new IllegalArgumentException(exitCode.describe() + " is not one of " + kind);
        }
        return new RunOutcome(exitCode, message, null, null);
    }
}
