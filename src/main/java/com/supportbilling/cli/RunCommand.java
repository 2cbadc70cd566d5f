package com.supportbilling.cli;

import com.supportbilling.intake.InputFolder;
import com.supportbilling.ops.metrics.RunPush;
import com.supportbilling.partition.SeveralMachines;
import com.supportbilling.partition.manager.UsageFraming;
import com.supportbilling.run.ExitCode;
import com.supportbilling.run.MonthEndRun;
import com.supportbilling.run.RunOutcome;
import com.supportbilling.run.RunRequest;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.settings.PartitionRoles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code run}: bills one month — the manual month-end run, and what a crontab calls. */
@Command(name = "run", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = "Bills one month from an input folder.")
class RunCommand implements Callable<Integer> {

    static final String STATE_DIR = "billing.state-dir";
    static final String DRY_RUN_PROFILE = "dry-run";

    private final SpringLauncher launcher;
    private final StopOnSignal stop;

    @Spec
    private CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month to bill.")
    private YearMonth month;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "The month's input folder.")
    private Path input;

    @Mixin
    private Destination destination;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A catalog CSV replacing the default one.")
    private Path catalog;

    @Option(names = "--rerun", description = "Bill a month already billed again, as a new revision with corrections.")
    private boolean rerun;

    @Option(names = "--dry-run", description = "Compute and print the summary; write and record nothing.")
    private boolean dryRun;

    @Option(names = "--broker", paramLabel = "URL", description = "Bill on several machines: send the usage "
            + "partitions through this Artemis broker to the workers (needs PostgreSQL).")
    private String broker;

    RunCommand(SpringLauncher launcher, StopOnSignal stop) {
        this.launcher = launcher;
        this.stop = stop;
    }

    /**
     * A manager's usage framed while its application starts, for its partition plan (D149): with the block size set
     * on the command line, or the default; the plan frames anew what was framed otherwise.
     */
    private UsageFraming framing() {
        String blockSize = Objects.requireNonNullElse(launcher.setting(BillingProperties.USAGE_BLOCK_SIZE),
                BillingProperties.USAGE_BLOCK_SIZE_DEFAULT);
        try {
            return UsageFraming.start(new InputFolder(input, catalog, month).usageFiles(), Integer.parseInt(blockSize));
        } catch (RuntimeException e) { // the application says what is wrong with the input or the setting
            return UsageFraming.start(List.of(), 0);
        }
    }

    private ConfigurableApplicationContext start() {
        Supplier<ConfigurableApplicationContext> start = dryRun ? this::startReadOnly
                : broker != null ? () -> launcher.start(Map.of(STATE_DIR, destination.state.toAbsolutePath().toString(),
                        StopOnSignal.SPRING_SHUTDOWN_HOOK, "false", "billing.broker.url", broker),
                        Map.of("usageFraming", framing()), PartitionRoles.MANAGER)
                : () -> launcher.start(Map.of(STATE_DIR, destination.state.toAbsolutePath().toString(),
                        StopOnSignal.SPRING_SHUTDOWN_HOOK, "false"));
        if (dryRun && !Files.isDirectory(destination.state)) {
            return start.get();
        }
        return launcher.state(destination.state).open(start, (dryRun ? "dry run of " : "billing ") + month);
    }

    /**
     * A dry run records nothing: it reads an existing embedded state read-only, uses an empty in-memory
     * one when there is none yet, and keeps its log on the terminal.
     */
    private ConfigurableApplicationContext startReadOnly() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(STATE_DIR, destination.state.toAbsolutePath().toString());
        if (!launcher.sets(SpringLauncher.DATASOURCE_URL)) {
            if (Files.isDirectory(destination.state)) {
                settings.put(SpringLauncher.DATASOURCE_URL, "jdbc:hsqldb:file:" + destination.state.toAbsolutePath()
                        + "/ledger;readonly=true;shutdown=true;hsqldb.lock_file=true");
                settings.put("spring.datasource.hikari.read-only", "true");
                settings.put("spring.sql.init.mode", "never");
                settings.put("spring.batch.jdbc.initialize-schema", "never");
            } else {
                settings.put(SpringLauncher.DATASOURCE_URL, "jdbc:hsqldb:mem:dry-run");
            }
        }
        return launcher.start(settings, DRY_RUN_PROFILE);
    }

    @Override
    public Integer call() {
        destination.check(spec);
        if (broker != null) {
            if (dryRun) {
                throw new ParameterException(spec.commandLine(), "--dry-run bills in memory on this machine: leave out --broker.");
            }
            SeveralMachines.refusal("run", launcher.setting(SpringLauncher.DATASOURCE_URL)).ifPresent(refusal -> {
                throw new ParameterException(spec.commandLine(), refusal);
            });
        }
        AtomicBoolean signalled = new AtomicBoolean();
        AtomicReference<MonthEndRun> billing = new AtomicReference<>();
        RunRequest request = new RunRequest(month, input, destination.output, catalog, rerun, dryRun);
        RunPush push = RunPush.of(launcher.setting(RunPush.URL), launcher.setting(RunPush.JOB), dryRun,
                spec.commandLine().getErr());
        return stop.around(() -> {
            signalled.set(true);
            Optional.ofNullable(billing.get()).ifPresent(MonthEndRun::stop);
        }, () -> push.after(() -> {
            try (ConfigurableApplicationContext context = start()) {
                MonthEndRun run = context.getBean(MonthEndRun.class);
                billing.set(run);
                if (signalled.get()) {
                    run.stop();
                }
                return report(push.timed(() -> run.run(request)));
            } catch (RuntimeException e) {
                if (signalled.get()) {
                    return report(RunOutcome.stopped("Billing " + month + " was stopped before it "
                            + "started. Nothing was billed or published; run the same command again to bill it."));
                }
                return CommandErrors.report(e, spec.commandLine().getErr(), launcher.setting(SpringLauncher.DATASOURCE_URL),
                        destination.state);
            } finally {
                billing.set(null);
            }
        }));
    }

    private int report(RunOutcome outcome) {
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
