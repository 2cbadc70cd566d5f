package com.supportbilling.ops.schedule;

import com.supportbilling.ops.WorkGate;
import com.supportbilling.ops.health.LastWorkHealth;
import com.supportbilling.ops.metrics.RunMeters;
import com.supportbilling.ops.metrics.RunMetersConfiguration;
import com.supportbilling.settings.BillingProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The scheduler's own small application: a task scheduler on the setup's clock and the month-end
 * schedule, with no DataSource (each tick bills in a billing application of its own).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
@Import(RunMetersConfiguration.class)
public class ScheduleConfiguration {

    /** The scheduler's application for {@code setup}; the command starts it and stops it in order. */
    public static SpringApplicationBuilder application(ScheduleSetup setup) {
        return new SpringApplicationBuilder(ScheduleConfiguration.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(ScheduleSetup.class, () -> setup));
    }

    @Bean
    WorkGate workGate() {
        return new WorkGate();
    }

    /** One thread: ticks never overlap; a tick due while the previous one still bills is skipped. */
    @Bean
    ThreadPoolTaskScheduler taskScheduler(ScheduleSetup setup) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("schedule-");
        scheduler.setClock(setup.clock());
        return scheduler;
    }

    /** The health of the last tick (D101), shown on the management server. */
    @Bean
    LastWorkHealth lastTick(ScheduleSetup setup) {
        return new LastWorkHealth("tick", setup.clock());
    }

    @Bean
    MonthEndSchedule monthEndSchedule(ScheduleSetup setup, BillingProperties properties, ThreadPoolTaskScheduler scheduler,
            WorkGate gate, RunMeters meters, LastWorkHealth lastTick) {
        return new MonthEndSchedule(setup, properties.zone(), scheduler, gate, meters, lastTick);
    }
}
