package com.supportbilling.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of every billing command: where a month's outputs are published, and the state. */
final class Destination {

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where <YYYY-MM>/ with a month's outputs is published.")
    Path output;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "billing-state",
            description = "The embedded database: job repository and ledger (default: ${DEFAULT-VALUE}).")
    Path state;

    /** Refuses, as a bad argument, a file where a folder is expected: the folder itself, or one it would be made in. */
    void check(CommandSpec spec) {
        refuseFile(spec, "--output", output);
        refuseFile(spec, "--state", state);
    }

    private static void refuseFile(CommandSpec spec, String option, Path path) {
        Path folder = path.toAbsolutePath();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || Files.isDirectory(existing)) {
            return;
        }
        throw new ParameterException(spec.commandLine(), option + " " + folder + (existing.equals(folder)
                ? " is a file, not a folder" : " cannot be made: " + existing + " is a file, not a folder")
                + ": name a folder (it is created when missing).");
    }
}
