package com.supportbilling.cli;

import com.supportbilling.run.ExitCode;
import com.supportbilling.run.MonthEndRun;
import com.supportbilling.run.RunOutcome;
import com.supportbilling.run.RunRequest;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run}: bills one month — the manual month-end run, and what a crontab calls. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Bills one month from an input folder.")
class RunCommand implements Callable<Integer> {

    private final SpringLauncher launcher;

    @Spec
    private CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to bill.")
    private YearMonth month;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "The month's input folder.")
    private Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where <YYYY-MM>/ with the month's outputs is published.")
    private Path output;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "billing-state",
            description = "The embedded database: job repository and ledger (default: ${DEFAULT-VALUE}).")
    private Path state;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog CSV replacing the default one.")
    private Path catalog;

    RunCommand(SpringLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = launcher.start(
                Map.of("billing.state-dir", state.toAbsolutePath().toString()))) {
            RunOutcome outcome = context.getBean(MonthEndRun.class).run(new RunRequest(month, input, output, catalog));
            if (outcome.exitCode() == ExitCode.BILLED) {
                spec.commandLine().getOut().print(RunReport.of(outcome));
                spec.commandLine().getOut().flush();
            } else {
                spec.commandLine().getErr().println(outcome.message());
                spec.commandLine().getErr().flush();
            }
            return outcome.exitCode().code();
        }
    }
}
