package com.supportbilling.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that stands still until the test moves it, and counts how often it was read: what waits on
 * a period (the watcher's quiet period) waits exactly as long as the test says, however slow the
 * machine, and a read tells the test that its reader looked again.
 */
public final class ManualClock extends Clock {

    private final AtomicLong reads = new AtomicLong();
    private volatile Instant now;

    public ManualClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** How often the clock was read so far. */
    public long reads() {
        return reads.get();
    }

    @Override
    public Instant instant() {
        reads.incrementAndGet();
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
