package com.supportbilling.ops.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.SupportBillingApplication;
import com.supportbilling.ops.management.ManagementConfiguration;
import com.supportbilling.ops.metrics.RunMeters;
import com.supportbilling.ops.metrics.RunMetersConfiguration;
import com.supportbilling.ops.schedule.MonthEndSchedule;
import com.supportbilling.ops.schedule.ScheduleConfiguration;
import com.supportbilling.run.MonthEndRun;
import com.supportbilling.state.BillingSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.file.inbound.FileReadingMessageSource;

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

    /** D110: the billing application does not scan ops, so no run starts a watcher, a scheduler or their meters. */
    @Test
    void theBillingApplicationHasNoWatcherNorScheduler() {
        try (ConfigurableApplicationContext billing = new SpringApplicationBuilder(SupportBillingApplication.class)
                .run("--spring.datasource.url=jdbc:hsqldb:mem:no-watcher", "--billing.state-dir=" + work.resolve("state"))) {
            assertThat(billing.getBean(MonthEndRun.class)).isNotNull();
            for (Class<?> type : List.of(WatchConfiguration.class, ScheduleConfiguration.class,
                    ManagementConfiguration.class, RunMetersConfiguration.class, DropHandler.class,
                    MonthEndSchedule.class, RunMeters.class)) {
                assertThat(billing.getBeanNamesForType(type)).as(type.getSimpleName()).isEmpty();
            }
        }
    }
}
