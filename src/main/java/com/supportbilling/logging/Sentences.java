package com.supportbilling.logging;

import org.springframework.core.NestedExceptionUtils;

/** Turns an unexpected error into the one plain sentence the command line prints; the log keeps the rest. */
public final class Sentences {

    private Sentences() {
    }

    public static String of(Throwable error) {
        return "Error: " + root(error);
    }

    /** The deepest error's message, as a sentence. */
    public static String root(Throwable error) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(error);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return message.endsWith(".") ? message : message + ".";
    }
}
