package com.supportbilling.cli;

/** Turns an unexpected error into the one plain sentence docs/cli.md promises; the log keeps the rest. */
final class Sentences {

    private Sentences() {
    }

    static String of(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return "Error: " + (message.endsWith(".") ? message : message + ".");
    }
}
