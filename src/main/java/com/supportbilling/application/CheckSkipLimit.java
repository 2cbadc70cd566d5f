package com.supportbilling.application;

import java.util.Optional;

/**
 * Check the skip limit (R10): the rows rejected from the reference and the usage files together,
 * against what the run's skip limit allows for the usage rows read. Over it, a run bills nothing.
 */
public final class CheckSkipLimit {

    /** @param rejected rows rejected @param allowed rows the skip limit allows */
    public record Excess(long rejected, long allowed) {
    }

    private CheckSkipLimit() {
    }

    public static Optional<Excess> check(RunContext run, UsageIntakeResult usage) {
        long rejected = usage.rowsRejected() + run.reference().rejections().size();
        long allowed = run.skipLimit().allowed(usage.rowsRead());
        return rejected > allowed ? Optional.of(new Excess(rejected, allowed)) : Optional.empty();
    }
}
