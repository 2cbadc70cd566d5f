package com.supportbilling.ops.health;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * How the last drop (watch) or tick (schedule) ended (D101): DOWN when it failed, until a later one
 * succeeds — a failed drop waits in failed/, a month a tick could not bill waits for a person, since
 * neither is retried by itself. UP before the first one.
 */
public final class LastWorkHealth implements HealthIndicator {

    private final Clock clock;
    private volatile Health health;

    /** {@code what}: "drop" or "tick", for the detail shown before the first one. */
    public LastWorkHealth(String what, Clock clock) {
        this.clock = clock;
        this.health = Health.up().withDetail(what, "none since the start at " + now()).build();
    }

    public void succeeded(Map<String, ?> details) {
        health = Health.up().withDetails(stamped(details)).build();
    }

    public void failed(Map<String, ?> details) {
        health = Health.down().withDetails(stamped(details)).build();
    }

    @Override
    public Health health() {
        return health;
    }

    private Map<String, Object> stamped(Map<String, ?> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("at", now());
        return all;
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).toString();
    }
}
