package com.supportbilling.cli;

import com.supportbilling.application.BillableMonths;
import com.supportbilling.jvm.CompilerDirectives;
import com.supportbilling.launch.PreparedJvm;
import com.supportbilling.run.ExitCode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line of docs/cli.md: {@code run}, {@code watch}, {@code schedule} and {@code quote}, and {@code report},
 * which writes a billed month's report and documents again. Exit
 * codes: 0 billed, 2 bad arguments, 3 input refused, 4 already billed, 1 anything else; errors are one
 * sentence on stderr.
 */
@Command(name = "support-billing", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = "Bills AWS Support plan fees for a month of usage.",
        subcommands = CommandLine.HelpCommand.class)
public class BillingCommandLine implements Runnable {

    /** What {@code -V} prints, on every command: picocli leaves a subcommand without a version silent. */
    static final String VERSION = "support-billing 0.1.0";

    private static final String STATE_DIR = "billing.state-dir";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PreparedJvm.endWithTheStarter();
        CompilerDirectives.addBesideTheJar(PreparedJvm.runningJar());
        // Boot would warm Tomcat and Spring MVC up in the background, and wait for it before a run starts:
        // only the management server of watch and schedule uses them, and run starts no web server (D104)
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        List<String> springArguments = new ArrayList<>();
        List<String> commandArguments = new ArrayList<>();
        for (String argument : args) {
            (SpringLauncher.isSpringArgument(argument) ? springArguments : commandArguments).add(argument);
        }
        SpringLauncher launcher = new SpringLauncher(springArguments);
        StopOnSignal stop = !commandArguments.isEmpty() && commandArguments.get(0).equals("run") ? StopOnSignal.install()
                : StopOnSignal.none();
        CommandLine commandLine = new CommandLine(new BillingCommandLine())
                .addSubcommand(new RunCommand(launcher, stop))
                .addSubcommand(new WatchCommand(launcher))
                .addSubcommand(new ScheduleCommand(launcher))
                .addSubcommand(new ReportCommand(launcher))
                .addSubcommand(new WorkerCommand(launcher))
                .addSubcommand(new QuoteCommand());
        commandLine.registerConverter(YearMonth.class, BillingCommandLine::month);
        commandLine.setExecutionExceptionHandler((error, line, parseResult) -> CommandErrors.report(error, line.getErr(),
                launcher.setting(SpringLauncher.DATASOURCE_URL), Path.of(Optional.ofNullable(
                        launcher.setting(STATE_DIR)).orElse("billing-state"))));
        try {
            return commandLine.execute(commandArguments.toArray(String[]::new));
        } finally {
            stop.close();
        }
    }

    /** Months from 2000 to 2999: a typo of the year is caught here, not deep in the job. */
    private static YearMonth month(String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a month: write YYYY-MM, e.g. 2026-03");
        }
        if (!BillableMonths.contains(month)) {
            throw new CommandLine.TypeConversionException("'" + text + "' is outside the months this job bills, "
                    + BillableMonths.FIRST + " to " + BillableMonths.LAST + ": check the year");
        }
        return month;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: run, watch, schedule, report, worker or quote.");
    }
}
