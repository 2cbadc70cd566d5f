package com.supportbilling.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every billing command: where a month's outputs are published, and the state. */
final class Destination {

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where <YYYY-MM>/ with a month's outputs is published.")
    Path output;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "billing-state",
            description = "The embedded database: job repository and ledger (default: ${DEFAULT-VALUE}).")
    Path state;
}
