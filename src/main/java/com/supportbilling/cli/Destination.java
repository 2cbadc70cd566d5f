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

    /** Refuses, as a bad argument, a file where a folder is expected. */
    void check(CommandSpec spec) {
        refuseFile(spec, "--output", output);
        refuseFile(spec, "--state", state);
    }

    private static void refuseFile(CommandSpec spec, String option, Path path) {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), option + " " + path.toAbsolutePath()
                    + " is a file, not a folder: name a folder (it is created when missing).");
        }
    }
}
