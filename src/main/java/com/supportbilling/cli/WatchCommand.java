package com.supportbilling.cli;

import com.supportbilling.ops.watch.WatchConfiguration;
import com.supportbilling.ops.watch.WatchSetup;
import com.supportbilling.run.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code watch}: the CSV file drop — bills each complete month folder landing in the inbox, once. */
@Command(name = "watch", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = {"Bills each complete drop (a folder named for its month, e.g. 2026-03 or acme-2026-03) landing "
                + "in the inbox, then moves it to processed/ or failed/ with a REPORT.txt. A drop is complete when "
                + "its _READY file exists, or after billing.watch.quiet-period (2m) without a change.",
                "Stops on Ctrl-C or SIGTERM once the drop in progress is billed and moved."})
class WatchCommand implements Callable<Integer> {

    private final SpringLauncher launcher;

    @Spec
    private CommandSpec spec;

    @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "The folder drops land in.")
    private Path inbox;

    @Mixin
    private Destination destination;

    WatchCommand(SpringLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(inbox)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The inbox " + inbox
                    + " does not exist or is not a folder.");
        }
        WatchSetup setup = new WatchSetup(inbox.toAbsolutePath().normalize(),
                destination.output.toAbsolutePath().normalize(),
                launcher.freshContexts(destination.state), RunReport::of, Clock.systemDefaultZone());
        UntilStopped.hold(ExitCode.BILLED).keepUp(() -> launcher.startStayingUp(spec, WatchConfiguration.application(setup),
                Map.of(RunCommand.STATE_DIR, destination.state.toAbsolutePath().toString(),
                        "logging.register-shutdown-hook", "false")));
        return 0;
    }
}
