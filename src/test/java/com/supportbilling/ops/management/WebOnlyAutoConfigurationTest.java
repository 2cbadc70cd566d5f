package com.supportbilling.ops.management;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.SupportBillingApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * D100: the billing application — of {@code run}, and of each drop or tick — gets none of the
 * management server's auto-configuration, though it is on the class path.
 */
class WebOnlyAutoConfigurationTest {

    @Test
    void theBillingApplicationHasNoMetricsHealthOrWebBeans() {
        try (ConfigurableApplicationContext billing = new SpringApplicationBuilder(SupportBillingApplication.class)
                .run("--spring.datasource.url=jdbc:hsqldb:mem:web-only", "--management.server.port=0")) {
            assertThat(billing.getBeansOfType(MeterRegistry.class)).isEmpty();
            assertThat(billing.getBeansOfType(ObservationRegistry.class)).isEmpty();
            assertThat(billing.getBeansOfType(HealthContributor.class)).isEmpty();
            assertThat(Arrays.stream(billing.getBeanDefinitionNames()).map(billing::getType)
                    .filter(type -> type != null && WebOnlyAutoConfiguration.isWebOnly(type.getName())))
                    .isEmpty();
        }
    }

    @Test
    void whatIsLeftOutIsActuatorMetricsHealthAndTheServletStack() {
        assertThat(WebOnlyAutoConfiguration.isWebOnly(
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration")).isTrue();
        assertThat(WebOnlyAutoConfiguration.isWebOnly(
                "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration")).isTrue();
        assertThat(WebOnlyAutoConfiguration.isWebOnly(
                "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration")).isTrue();
        assertThat(WebOnlyAutoConfiguration.isWebOnly(
                "org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration")).isTrue();
        assertThat(WebOnlyAutoConfiguration.isWebOnly(
                "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration")).isFalse();
        assertThat(WebOnlyAutoConfiguration.isWebOnly(
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")).isFalse();
    }
}
