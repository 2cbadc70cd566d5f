package com.supportbilling.ops.watch;

import com.supportbilling.logging.OperatorLog;
import org.slf4j.Logger;

/**
 * The watcher's log lines. The name sits under {@code com.supportbilling.run} so that
 * logback-spring.xml puts them on the terminal beside the run's own start and end lines (D20), and
 * in {@code <state>/logs/support-billing.log}.
 */
final class WatchLog {

    static final Logger LOG = OperatorLog.get();

    private WatchLog() {
    }
}
