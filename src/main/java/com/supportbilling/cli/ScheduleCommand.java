package com.supportbilling.cli;

import com.supportbilling.ops.schedule.ScheduleConfiguration;
import com.supportbilling.ops.schedule.ScheduleSetup;
import com.supportbilling.run.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code schedule}: stays up and bills the previous month at each tick of a cron expression. */
@Command(name = "schedule", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = {"Stays up and, at each tick of a Spring cron expression in the billing zone (billing.zone, "
                + "default UTC), bills the previous month from <input>/<YYYY-MM>/ (or from <input> itself when it "
                + "holds accounts.csv).", "Stops on Ctrl-C or SIGTERM once the tick in progress is done."})
class ScheduleCommand implements Callable<Integer> {

    private final SpringLauncher launcher;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--cron", required = true, paramLabel = "EXPR",
            description = "Six fields, seconds first, e.g. \"0 0 3 1 * *\": 03:00 on the 1st of each month.")
    private String cron;

    @Option(names = "--input", required = true, paramLabel = "DIR",
            description = "A folder of month folders <YYYY-MM>/, or one input folder refreshed each month.")
    private Path input;

    @Mixin
    private Destination destination;

    ScheduleCommand(SpringLauncher launcher) {
        this(launcher, Clock.systemUTC());
    }

    /** With another clock: a test sets it to just before a month's first tick. */
    ScheduleCommand(SpringLauncher launcher, Clock clock) {
        this.launcher = launcher;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (!CronExpression.isValidExpression(cron)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cron \"" + cron + "\" is not a Spring cron "
                    + "expression: six fields, seconds first, e.g. \"0 0 3 1 * *\" for 03:00 on the 1st of each month.");
        }
        // Spring reads 31 February, but no date matches it; with no year field, no time after any moment means none
        // ever (any moment will do: the schedule's clock is the schedule's to read first)
        if (CronExpression.parse(cron).next(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cron \"" + cron
                    + "\" never fires: no date matches it.");
        }
        if (!Files.isDirectory(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The input folder " + input
                    + " does not exist or is not a folder.");
        }
        ScheduleSetup setup = new ScheduleSetup(cron, input.toAbsolutePath().normalize(),
                destination.output.toAbsolutePath().normalize(), launcher.freshContexts(destination.state), clock);
        UntilStopped.hold(ExitCode.BILLED).keepUp(() -> launcher.startStayingUp(spec,
                ScheduleConfiguration.application(setup), Map.of(RunCommand.STATE_DIR,
                        destination.state.toAbsolutePath().toString(), "logging.register-shutdown-hook", "false")));
        return 0;
    }
}
