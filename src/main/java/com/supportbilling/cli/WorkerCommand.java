package com.supportbilling.cli;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.partition.SeveralMachines;
import com.supportbilling.resources.ThisProcess;
import com.supportbilling.run.ExitCode;
import com.supportbilling.settings.PartitionRoles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code worker}: takes usage partitions of the months a manager ({@code run --broker}) bills, from the
 * broker, until stopped (D90). On Ctrl-C or SIGTERM it finishes the partition it is reading, commits it,
 * and ends (exit 143).
 */
@Command(name = "worker", mixinStandardHelpOptions = true, version = BillingCommandLine.VERSION,
        description = {"Reads usage partitions for the managers that bill with --broker, until stopped.",
                "Needs the managers' PostgreSQL (--spring.datasource.url=…) and their input and output folders at the "
                        + "same paths (shared storage)."})
class WorkerCommand implements Callable<Integer> {

    private final SpringLauncher launcher;

    @Spec
    private CommandSpec spec;

    @Option(names = "--broker", required = true, paramLabel = "URL",
            description = "The Artemis broker, e.g. tcp://broker.internal:61616.")
    private String broker;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "billing-state",
            description = "Where the worker's log goes (logs/support-billing.log); default ./billing-state.")
    private Path state;

    WorkerCommand(SpringLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Optional<String> refusal = SeveralMachines.refusal("worker", launcher.setting(SpringLauncher.DATASOURCE_URL));
        if (refusal.isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), refusal.get());
        }
        // the manager creates the tables of an empty database: machines starting together do not race to (D92)
        UntilStopped.hold(ExitCode.STOPPED).keepUp(() -> {
            ConfigurableApplicationContext worker = launcher.start(Map.of(RunCommand.STATE_DIR,
                    state.toAbsolutePath().toString(), "billing.broker.url", broker, StopOnSignal.SPRING_SHUTDOWN_HOOK,
                    "false", "logging.register-shutdown-hook", "false", "spring.sql.init.mode", "never",
                    "spring.batch.jdbc.initialize-schema", "never"), PartitionRoles.WORKER);
            OperatorLog.get().info("worker {}: taking usage partitions from {}", ThisProcess.pid(), broker);
            return worker;
        });
        return 0;
    }
}
