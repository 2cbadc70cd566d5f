package com.supportbilling.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that reads {@code start} the first time it is read and runs on in real time from then: a
 * scheduler started on it sees "just before 03:00" however long starting up took, so its first tick
 * is the one the test expects.
 */
public final class ClockStartingAt extends Clock {

    private final Instant start;
    private long firstReadNanos;
    private boolean read;

    public ClockStartingAt(Instant start) {
        this.start = start;
    }

    @Override
    public synchronized Instant instant() {
        if (!read) {
            read = true;
            firstReadNanos = System.nanoTime();
        }
        return start.plusNanos(System.nanoTime() - firstReadNanos);
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
