package com.supportbilling.ops.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The run meters of watch and schedule, on the management server's Prometheus registry — or, without
 * a management server, on an empty composite registry, which records nothing since nobody could read
 * it. Imported by their applications.
 */
@Configuration(proxyBeanMethods = false)
public class RunMetersConfiguration {

    @Bean
    RunMeters runMeters(ObjectProvider<MeterRegistry> registry) {
        return new RunMeters(registry.getIfAvailable(CompositeMeterRegistry::new));
    }
}
