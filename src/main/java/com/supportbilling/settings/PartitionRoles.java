package com.supportbilling.settings;

/**
 * The two roles a process takes when a month is billed on several machines (D90), as Spring profiles:
 * {@code run --broker} is the manager, {@code worker} a worker. Without either the application is the
 * single-machine one, untouched.
 */
public final class PartitionRoles {

    public static final String MANAGER = "partition-manager";
    public static final String WORKER = "partition-worker";

    /** The worker step every usage partition is executed by, and the prefix of its step executions' names. */
    public static final String WORKER_STEP = "usageIntakePartition";

    private PartitionRoles() {
    }
}
