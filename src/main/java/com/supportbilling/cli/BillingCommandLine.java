package com.supportbilling.cli;

import com.supportbilling.run.ExitCode;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of cli.md: {@code run}, {@code watch}, {@code schedule} and {@code quote}, and {@code report},
 * which writes a billed month's report and documents again. Exit
 * codes: 0 billed, 2 bad arguments, 3 input refused, 4 already billed, 1 anything else; errors are one
 * sentence on stderr.
 */
@Command(name = "support-billing", mixinStandardHelpOptions = true, version = "support-billing 0.1.0",
        description = "Bills AWS Support plan fees for a month of usage.",
        subcommands = CommandLine.HelpCommand.class)
public class BillingCommandLine implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static int execute(String... args) {
        List<String> springArguments = new ArrayList<>();
        List<String> commandArguments = new ArrayList<>();
        for (String argument : args) {
            (SpringLauncher.isSpringArgument(argument) ? springArguments : commandArguments).add(argument);
        }
        SpringLauncher launcher = new SpringLauncher(springArguments);
        CommandLine commandLine = new CommandLine(new BillingCommandLine())
                .addSubcommand(new RunCommand(launcher))
                .addSubcommand(new WatchCommand(launcher))
                .addSubcommand(new ScheduleCommand(launcher))
                .addSubcommand(new ReportCommand(launcher))
                .addSubcommand(new QuoteCommand());
        commandLine.registerConverter(YearMonth.class, BillingCommandLine::month);
        commandLine.setExecutionExceptionHandler((error, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (error instanceof EmbeddedState.StateInUseException inUse) {
                err.println(inUse.getMessage());
                err.flush();
                return ExitCode.ALREADY_BILLED.code();
            }
            err.println(Sentences.of(error));
            err.flush();
            return ExitCode.FAILED.code();
        });
        return commandLine.execute(commandArguments.toArray(String[]::new));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a month: write YYYY-MM, e.g. 2026-03");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: run, watch, schedule, report or quote.");
    }
}
