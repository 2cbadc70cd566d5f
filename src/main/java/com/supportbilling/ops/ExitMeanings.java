package com.supportbilling.ops;

import com.supportbilling.run.ExitCode;

/** What an exit code means, in the words of the README's table, for reports and log lines. */
public final class ExitMeanings {

    private ExitMeanings() {
    }

    public static String of(ExitCode code) {
        return switch (code) {
            case BILLED -> "billed";
            case FAILED -> "failed";
            case BAD_ARGUMENTS -> "bad arguments";
            case INPUT_REFUSED -> "input refused";
            case ALREADY_BILLED -> "already billed";
        };
    }

    /** "exit 3 (input refused)". */
    public static String describe(ExitCode code) {
        return "exit " + code.code() + " (" + of(code) + ")";
    }
}
