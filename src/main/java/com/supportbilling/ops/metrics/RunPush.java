package com.supportbilling.ops.metrics;

import com.supportbilling.run.RunOutcome;
import java.io.PrintWriter;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Pushes the figures of one {@code run} to a Prometheus Pushgateway when
 * {@code --billing.pushgateway.url} names one (D103), once the run has ended, whatever its exit code.
 * Without a URL, or for a dry run, it only runs the run: nothing of Micrometer's or Prometheus's is
 * loaded, so {@code run} starts as fast as before.
 */
public final class RunPush {

    public static final String URL = "billing.pushgateway.url";
    public static final String JOB = "billing.pushgateway.job";
    static final String DEFAULT_JOB = "support-billing";

    private final @Nullable Pushgateway gateway;

    private RunPush(@Nullable Pushgateway gateway) {
        this.gateway = gateway;
    }

    public static RunPush of(@Nullable String url, @Nullable String job, boolean dryRun, PrintWriter err) {
        if (url == null || url.isBlank() || dryRun) {
            return new RunPush(null);
        }
        return new RunPush(new Pushgateway(url.strip(), job == null || job.isBlank() ? DEFAULT_JOB : job.strip(), err));
    }

    /**
     * Runs the run proper, timing it and keeping its outcome for the push; one that throws is counted
     * by {@link #after} with the exit code the command gives it.
     */
    public RunOutcome timed(Supplier<RunOutcome> run) {
        return gateway == null ? run.get() : gateway.timed(run);
    }

    /** Runs the whole command, then pushes what it ended with. */
    public int after(IntSupplier command) {
        int exitCode = command.getAsInt();
        if (gateway != null) {
            gateway.push(exitCode);
        }
        return exitCode;
    }
}
