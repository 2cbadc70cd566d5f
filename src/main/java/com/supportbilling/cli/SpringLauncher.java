package com.supportbilling.cli;

import com.supportbilling.SupportBillingApplication;
import com.supportbilling.ops.management.ManagementServer;
import com.supportbilling.state.BillingState;
import com.supportbilling.state.DatabaseServer;
import com.supportbilling.state.EmbeddedState;
import com.supportbilling.state.FreshContexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Starts the Spring application for a command that needs the job or the database. Arguments of the
 * form {@code --spring.…=…}, {@code --billing.…=…}, {@code --logging.…=…} or {@code --management.…=…}
 * go to Spring, e.g. {@code --spring.datasource.url=jdbc:postgresql://…}, and win over the command's
 * own settings.
 */
final class SpringLauncher {

    static final String DATASOURCE_URL = "spring.datasource.url";

    private final List<String> springArguments;

    SpringLauncher(List<String> springArguments) {
        this.springArguments = springArguments;
    }

    static boolean isSpringArgument(String argument) {
        return argument.startsWith("--spring.") || argument.startsWith("--billing.") || argument.startsWith("--logging.")
                || argument.startsWith("--management.");
    }

    /** Whether the operator set this property on the command line. */
    boolean sets(String property) {
        return springArguments.stream().anyMatch(argument -> argument.startsWith("--" + property + "="));
    }

    /** The value the operator gave a property on the command line, or null. */
    String setting(String property) {
        String prefix = "--" + property + "=";
        return springArguments.stream().filter(argument -> argument.startsWith(prefix))
                .map(argument -> argument.substring(prefix.length())).reduce((first, last) -> last).orElse(null);
    }

    /** The state the commands open: the database the operator names, or the embedded one in {@code dir}. */
    BillingState state(Path dir) {
        return sets(DATASOURCE_URL) ? new DatabaseServer() : new EmbeddedState(dir);
    }

    /**
     * The billing application of each drop or tick on the state in {@code dir}. Spring's own shutdown
     * hooks are off: on Ctrl-C the command lets the run in progress finish instead of having its
     * database closed under it.
     */
    FreshContexts freshContexts(Path dir) {
        Path state = dir.toAbsolutePath();
        return new FreshContexts(() -> start(Map.of(RunCommand.STATE_DIR, state.toString(),
                "spring.main.register-shutdown-hook", "false", "logging.register-shutdown-hook", "false")), state(state));
    }

    /** Starts the application with {@code settings}, but for those the operator set. */
    ConfigurableApplicationContext start(Map<String, String> settings, String... profiles) {
        return start(settings, Map.of(), profiles);
    }

    /** Likewise, with {@code beans} made before the application starts, under their names. */
    ConfigurableApplicationContext start(Map<String, String> settings, Map<String, Object> beans, String... profiles) {
        return start(new SpringApplicationBuilder(SupportBillingApplication.class).profiles(profiles)
                .initializers(context -> beans.forEach(context.getBeanFactory()::registerSingleton)), settings);
    }

    /**
     * Starts the small application of watch or schedule, with the management server when
     * {@code --management.server.port} asks for one (D100).
     */
    ConfigurableApplicationContext startStayingUp(CommandSpec command, SpringApplicationBuilder application,
            Map<String, String> settings) {
        if (!sets(ManagementServer.PORT)) {
            return start(application, settings);
        }
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(ManagementServer.addTo(application));
        try {
            return start(application, all);
        } catch (RuntimeException e) {
            String address = Objects.requireNonNullElse(setting(ManagementServer.ADDRESS), all.get(ManagementServer.ADDRESS));
            Optional<String> portTaken = ManagementServer.portTaken(e, address);
            if (portTaken.isEmpty()) {
                throw e;
            }
            LoggerFactory.getLogger(SpringLauncher.class).error("the management server did not start", e);
            throw new CommandLine.ParameterException(command.commandLine(), portTaken.get());
        }
    }

    private ConfigurableApplicationContext start(SpringApplicationBuilder application, Map<String, String> settings) {
        List<String> arguments = new ArrayList<>();
        settings.forEach((property, value) -> {
            if (!sets(property)) {
                arguments.add("--" + property + "=" + value);
            }
        });
        arguments.addAll(springArguments);
        return application.logStartupInfo(false).run(arguments.toArray(String[]::new));
    }
}
