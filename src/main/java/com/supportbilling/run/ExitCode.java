package com.supportbilling.run;

/** The exit codes of cli.md: what cron and the operator learn from a run. */
public enum ExitCode {
    BILLED(0),
    FAILED(1),
    BAD_ARGUMENTS(2),
    INPUT_REFUSED(3),
    ALREADY_BILLED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
