package com.supportbilling.ops.watch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The watcher's timing ({@code billing.watch.*}, e.g. {@code --billing.watch.quiet-period=5m}).
 *
 * @param quietPeriod a drop without _READY is complete when nothing in it changed for this long
 * @param pollInterval how often the inbox is looked at
 * @param retryAfter how long a drop that could not be billed now (month or state busy) waits
 */
@ConfigurationProperties("billing.watch")
public record WatchProperties(
        @DefaultValue("2m") Duration quietPeriod,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("1m") Duration retryAfter) {
}
