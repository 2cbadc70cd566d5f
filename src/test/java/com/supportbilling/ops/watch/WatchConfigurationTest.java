package com.supportbilling.ops.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.ops.BillingSessions;
import com.supportbilling.ops.schedule.ScheduleConfiguration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.integration.file.inbound.FileReadingMessageSource;
import org.springframework.stereotype.Component;

/** The watcher is a small application of its own, without the billing application's database. */
class WatchConfigurationTest {

    @TempDir
    Path work;

    @Test
    void theWatcherHasNoDataSource() {
        BillingSessions never = new BillingSessions() {
            @Override
            public <T> T open(String purpose, Function<ApplicationContext, T> work) {
                throw new AssertionError("nothing to bill");
            }
        };
        WatchSetup setup = new WatchSetup(work, work.resolve("out"), never, outcome -> "", Clock.systemUTC());
        try (ConfigurableApplicationContext watcher = WatchConfiguration.application(setup)
                .run("--billing.state-dir=" + work.resolve("state"))) {
            assertThat(watcher.getBeansOfType(DataSource.class)).isEmpty();
            assertThat(watcher.getBeansOfType(FileReadingMessageSource.class)).hasSize(1);
            assertThat(watcher).as("D100: no management server unless asked for")
                    .isNotInstanceOf(WebServerApplicationContext.class);
        }
    }

    /** The billing application scans com.supportbilling: a component here would start a watcher in every run. */
    @Test
    void theWatcherAndTheSchedulerAreNoComponentsOfTheBillingApplication() {
        assertThat(AnnotatedElementUtils.hasAnnotation(WatchConfiguration.class, Component.class)).isFalse();
        assertThat(AnnotatedElementUtils.hasAnnotation(ScheduleConfiguration.class, Component.class)).isFalse();
    }
}
