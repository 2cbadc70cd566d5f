package com.supportbilling.partition;

import com.supportbilling.resources.ThisProcess;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a partition's step execution context says of its execution, beside the partition itself: the
 * worker that took it, and why it failed when the run must say so in its own words (D94).
 */
public final class PartitionState {

    static final String WORKER = "partition.worker";
    static final String FAILURE_KIND = "partition.failure.kind";
    static final String FAILURE = "partition.failure";

    /** How a partition's failure reaches the operator: as the local intake's would. */
    public enum FailureKind {
        /** the input was refused (exit 3) */
        INPUT_REFUSED,
        /** the machine lacks disk or memory (exit 5) */
        RESOURCES,
        /** anything else (exit 1) */
        OTHER
    }

    private PartitionState() {
    }

    public static void tookBy(ExecutionContext context, String worker) {
        context.putString(WORKER, worker);
    }

    public static String worker(ExecutionContext context) {
        return context.containsKey(WORKER) ? context.getString(WORKER) : null;
    }

    public static void failed(ExecutionContext context, FailureKind kind, String sentence) {
        context.putString(FAILURE_KIND, kind.name());
        context.putString(FAILURE, sentence);
    }

    public static FailureKind failureKind(ExecutionContext context) {
        return context.containsKey(FAILURE_KIND) ? FailureKind.valueOf(context.getString(FAILURE_KIND)) : null;
    }

    public static String failure(ExecutionContext context) {
        return context.containsKey(FAILURE) ? context.getString(FAILURE) : null;
    }

    /** This process, as the log and the manager name it: pid and host. */
    public static String thisWorker() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "unknown host";
        }
        return "pid " + ThisProcess.pid() + " on " + host;
    }
}
