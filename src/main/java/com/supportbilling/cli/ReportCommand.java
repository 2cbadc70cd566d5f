package com.supportbilling.cli;

import com.supportbilling.documents.SellerDetails;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.report.MonthRebuild;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.MonthLock;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: writes report.html and the documents of a billed month again; bills nothing. */
@Command(name = "report", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = "Writes report.html and the invoice and credit-note documents of a month already billed again, "
                + "from its published files and the ledger (after a change of template, seller details or language).")
class ReportCommand implements Callable<Integer> {

    private final SpringLauncher launcher;

    @Spec
    private CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The billed month.")
    private YearMonth month;

    @Mixin
    private Destination destination;

    @Option(names = "--input", paramLabel = "DIR",
            description = "The month's input folder, when it moved since it was billed (default: where it was billed from).")
    private Path input;

    @Option(names = "--catalog", paramLabel = "FILE", description = "The catalog CSV the month was billed with, if not the "
            + "input folder's or the default one.")
    private Path catalog;

    ReportCommand(SpringLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        String purpose = "rebuilding the report of " + month;
        try (ConfigurableApplicationContext context = launcher.state(destination.state).open(this::start, purpose)) {
            MonthLock lock = context.getBean(MonthLock.class);
            Optional<MonthLock.Held> held = lock.acquire(month, purpose);
            if (held.isEmpty()) {
                return fail(ExitCode.ALREADY_BILLED, month + " is being billed right now; run report when that run is done.");
            }
            try (MonthLock.Held billing = held.get()) {
                MonthRebuild.Rebuilt rebuilt = context.getBean(MonthRebuild.class)
                        .rebuild(new MonthRebuild.Request(month, destination.output, input, catalog));
                spec.commandLine().getOut().printf("Rebuilt %s (revision %d): %s and %d documents in %s.%n", month,
                        rebuilt.revision(), rebuilt.written().report().getFileName(), rebuilt.written().documents(),
                        rebuilt.folder());
                context.getBean(SellerDetails.class).warning().ifPresent(warning -> spec.commandLine().getErr()
                        .println("Warning: " + warning + "; the documents already there were left as they were."));
                spec.commandLine().getOut().flush();
                return ExitCode.BILLED.code();
            }
        } catch (MonthRebuild.NothingToRebuildException e) {
            return fail(ExitCode.BAD_ARGUMENTS, e.getMessage());
        } catch (InputRefusedException e) {
            return fail(ExitCode.INPUT_REFUSED, e.getMessage());
        }
    }

    private ConfigurableApplicationContext start() {
        return launcher.start(Map.of(RunCommand.STATE_DIR, destination.state.toAbsolutePath().toString()));
    }

    private int fail(ExitCode code, String sentence) {
        spec.commandLine().getErr().println(sentence);
        spec.commandLine().getErr().flush();
        return code.code();
    }
}
