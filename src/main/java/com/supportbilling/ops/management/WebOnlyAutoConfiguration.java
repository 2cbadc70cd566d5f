package com.supportbilling.ops.management;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.context.ConfigurableWebEnvironment;

/**
 * Leaves Actuator, Micrometer, health and the servlet web stack out of every application that serves
 * no web request: the billing application of {@code run}, and of each drop or tick (D100). They are on
 * the class path for the management server of watch and schedule, the one web application here, and
 * would otherwise cost {@code run} its start-up time, a meter registry and an observation of every
 * chunk (D104). Registered in META-INF/spring.factories.
 */
public final class WebOnlyAutoConfiguration implements AutoConfigurationImportFilter, EnvironmentAware, Ordered {

    private static final List<String> WEB_ONLY = List.of(
            "org.springframework.boot.actuate.", "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.", "org.springframework.boot.webmvc.",
            "org.springframework.boot.tomcat.", "org.springframework.boot.servlet.",
            "org.springframework.boot.http.converter.");
    /** Health, metrics and observations of other modules: batch's observations, the pool's metrics. */
    private static final List<String> WEB_ONLY_PARTS = List.of(".autoconfigure.health.", ".autoconfigure.metrics.",
            ".autoconfigure.observation.");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** First, so that Boot's own filters do not load the classes of what this one leaves out. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean web = environment instanceof ConfigurableWebEnvironment;
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            match[i] = web || autoConfigurationClasses[i] == null || !isWebOnly(autoConfigurationClasses[i]);
        }
        return match;
    }

    static boolean isWebOnly(String autoConfiguration) {
        return WEB_ONLY.stream().anyMatch(autoConfiguration::startsWith)
                || WEB_ONLY_PARTS.stream().anyMatch(autoConfiguration::contains);
    }
}
