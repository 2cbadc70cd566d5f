package com.supportbilling.ops.watch;

import com.supportbilling.run.RunOutcome;
import com.supportbilling.state.BillingSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the {@code watch} command hands its watcher.
 *
 * @param inbox the folder drops land in (absolute)
 * @param output where months are published, as {@code run --output}
 * @param sessions starts the billing application for each drop
 * @param summary the human summary of a billed run, as {@code run} prints it
 * @param clock for timestamps and the quiet period
 */
public record WatchSetup(Path inbox, Path output, BillingSessions sessions, Function<RunOutcome, String> summary,
        Clock clock) {
}
