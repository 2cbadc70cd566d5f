package com.supportbilling.ops.management;

import com.supportbilling.logging.OperatorLog;
import com.supportbilling.ops.health.DatabaseHealth;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.actuate.web.ServletManagementContextAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.actuate.web.server.TomcatServletManagementContextAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.actuate.endpoint.web.WebMvcHealthEndpointExtensionAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What the management server adds to watch's or schedule's application (D100): just the
 * auto-configuration it needs — Actuator's endpoints over HTTP on a management port (Tomcat), health,
 * and Micrometer with its Prometheus registry and the JVM's, process's and log's meters — and the
 * database's health. The watcher's and scheduler's own health and run meters are theirs.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
        ManagementContextAutoConfiguration.class, ServletManagementContextAutoConfiguration.class,
        TomcatServletManagementContextAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        EndpointAutoConfiguration.class, JacksonEndpointAutoConfiguration.class, WebEndpointAutoConfiguration.class,
        HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
        WebMvcHealthEndpointExtensionAutoConfiguration.class,
        MetricsAutoConfiguration.class, PrometheusMetricsExportAutoConfiguration.class, JvmMetricsAutoConfiguration.class,
        SystemMetricsAutoConfiguration.class, LogbackMetricsAutoConfiguration.class})
public class ManagementConfiguration {

    @Bean
    DatabaseHealth databaseHealthIndicator(Environment settings) {
        return DatabaseHealth.of(settings);
    }

    /** Says where the endpoints are once the management server listens (its port may have been 0: any free one). */
    @Bean
    ApplicationListener<WebServerInitializedEvent> announceManagementServer(Environment settings) {
        return event -> {
            if ("management".equals(event.getApplicationContext().getServerNamespace())) {
                String base = "http://" + settings.getProperty("management.server.address", "127.0.0.1") + ":"
                        + event.getWebServer().getPort() + settings.getProperty("management.server.base-path", "")
                        + settings.getProperty("management.endpoints.web.base-path", "/actuator");
                OperatorLog.get().info("management server: {}/health and {}/prometheus",
                        base, base);
            }
        };
    }
}
