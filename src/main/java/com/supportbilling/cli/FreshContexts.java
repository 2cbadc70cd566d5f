package com.supportbilling.cli;

import com.supportbilling.ops.BillingSessions;
import com.supportbilling.ops.BillingUnavailableException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The billing application started afresh for each drop or tick, exactly as {@code run} starts it, and
 * closed afterwards, so that a long-running watch or schedule holds the embedded state only while
 * it bills (D28, D32). Spring's own shutdown hooks are off: on Ctrl-C the command lets the run in
 * progress finish instead of having its database closed under it.
 */
final class FreshContexts implements BillingSessions {

    private final SpringLauncher launcher;
    private final Path state;

    FreshContexts(SpringLauncher launcher, Path state) {
        this.launcher = launcher;
        this.state = state.toAbsolutePath();
    }

    @Override
    public <T> T open(String purpose, Function<ApplicationContext, T> work) {
        Supplier<ConfigurableApplicationContext> start = () -> launcher.start(Map.of(
                RunCommand.STATE_DIR, state.toString(),
                "spring.main.register-shutdown-hook", "false",
                "logging.register-shutdown-hook", "false"));
        ConfigurableApplicationContext context;
        try {
            context = launcher.sets(SpringLauncher.DATASOURCE_URL) ? start.get()
                    : new EmbeddedState(state).open(start, purpose);
        } catch (EmbeddedState.StateInUseException e) {
            throw new BillingUnavailableException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BillingUnavailableException("The billing application could not start: "
                    + Sentences.of(e).replaceFirst("^Error: ", ""), e);
        }
        try (context) {
            return work.apply(context);
        }
    }
}
