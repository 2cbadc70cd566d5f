package com.supportbilling.ops.schedule;

import com.supportbilling.state.BillingSessions;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the {@code schedule} command hands its scheduler.
 *
 * @param cron a Spring cron expression (six fields, seconds first), read in the billing zone
 * @param input a folder of month folders ({@code <input>/<YYYY-MM>/}), or one input folder itself
 * @param output where months are published, as {@code run --output}
 * @param sessions starts the billing application for each tick
 * @param clock the time the ticks are scheduled on (a test moves it to a month's end)
 */
public record ScheduleSetup(String cron, Path input, Path output, BillingSessions sessions, Clock clock) {
}
