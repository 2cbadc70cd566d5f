package com.supportbilling.resources;

import com.supportbilling.launch.PreparedJvm;

/**
 * The process the operator started, as logs, locks and reports name it: this JVM, or, when {@code java -jar}
 * started this JVM to bill in (D130), that {@code java -jar} process, the one a script's {@code $!} and
 * systemd know. The two end together, so either pid tells whether the billing lives.
 */
public final class ThisProcess {

    private ThisProcess() {
    }

    public static long pid() {
        return Long.getLong(PreparedJvm.STARTED_BY, ProcessHandle.current().pid()); // set by java -jar: its own pid
    }
}
