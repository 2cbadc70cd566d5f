package com.supportbilling.run;

/**
 * The exit codes of the command line: what cron and the operator learn from a run, each with the
 * words the README's table, the drop reports and the schedule's lines use for it.
 */
public enum ExitCode {
    BILLED(0, "billed"),
    FAILED(1, "failed"),
    BAD_ARGUMENTS(2, "bad arguments"),
    INPUT_REFUSED(3, "input refused"),
    ALREADY_BILLED(4, "already billed"),
    /** Not transient: the machine or the settings must change first (disk space, memory, a folder). */
    NEEDS_RESOURCES(5, "needs disk, memory or a usable folder"),
    /** Ctrl-C or SIGTERM ended the run before it published: the same command resumes it (128 + 15). */
    STOPPED(143, "stopped before it finished");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** "exit 3 (input refused)". */
    public String describe() {
        return "exit " + code + " (" + meaning + ")";
    }
}
