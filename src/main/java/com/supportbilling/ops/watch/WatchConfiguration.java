package com.supportbilling.ops.watch;

import com.supportbilling.ops.WorkGate;
import com.supportbilling.ops.health.InboxHealth;
import com.supportbilling.ops.health.LastWorkHealth;
import com.supportbilling.ops.metrics.RunMeters;
import com.supportbilling.ops.metrics.RunMetersConfiguration;
import java.io.File;
import java.nio.file.Path;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.file.filters.ChainFileListFilter;
import org.springframework.integration.file.filters.IgnoreHiddenFileListFilter;
import org.springframework.integration.file.inbound.FileReadingMessageSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The watcher's own small application: Spring Integration's file inbound adapter polling the inbox,
 * its filters, and the drop handler — and no DataSource: each drop is billed in a billing application
 * of its own (D32). The billing application does not scan {@code ops} (D110), so no run starts a watcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableIntegration
@EnableConfigurationProperties(WatchProperties.class)
@Import(RunMetersConfiguration.class)
public class WatchConfiguration {

    /** The watcher's application for {@code setup}; the command starts it and stops it in order. */
    public static SpringApplicationBuilder application(WatchSetup setup) {
        return new SpringApplicationBuilder(WatchConfiguration.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(WatchSetup.class, () -> setup));
    }

    @Bean
    WorkGate workGate() {
        return new WorkGate();
    }

    /** One poller thread: drops are billed one at a time, in the order of their months. */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("watch-");
        return scheduler;
    }

    @Bean
    CompleteDropFilter completeDropFilter(WatchSetup setup, WatchProperties properties) {
        return new CompleteDropFilter(properties.quietPeriod(), setup.clock());
    }

    @Bean
    RetryLater retryLater(WatchSetup setup, WatchProperties properties) {
        return new RetryLater(properties.retryAfter(), setup.clock());
    }

    /** The health of the last drop handled (D101), shown with the inbox's on the management server. */
    @Bean
    LastWorkHealth lastDrop(WatchSetup setup) {
        return new LastWorkHealth("drop", setup.clock());
    }

    @Bean
    InboxHealth inboxHealthIndicator(WatchSetup setup) {
        return new InboxHealth(setup.inbox());
    }

    @Bean
    DropHandler dropHandler(WatchSetup setup, RetryLater retryLater, WorkGate gate, RunMeters meters,
            LastWorkHealth lastDrop, Environment environment) {
        // the log file logback-spring.xml writes, named in the reports of failed drops
        Path log = Path.of(environment.getProperty("billing.state-dir", "billing-state")).toAbsolutePath()
                .resolve("logs").resolve("support-billing.log");
        return new DropHandler(setup.sessions(), new DropBilling(setup.output(), setup.summary(), meters),
                new DropArchive(setup.inbox()), retryLater, gate, lastDrop, setup.clock(), log);
    }

    /**
     * The inbox's entries, filtered in a chain: not hidden (uploads in progress may hide as .name),
     * a drop (a folder naming its month), complete, and not waiting to be retried. No accept-once
     * filter: a handled drop leaves the inbox, one that could not be billed now must come back, and
     * after a restart the ledger, not a list of names seen, tells what was billed.
     */
    @Bean
    FileReadingMessageSource inbox(WatchSetup setup, CompleteDropFilter complete, RetryLater retryLater) {
        FileReadingMessageSource source = new FileReadingMessageSource(DropName.ORDER);
        source.setDirectory(setup.inbox().toFile());
        source.setAutoCreateDirectory(false);
        source.setFilter(new ChainFileListFilter<File>()
                .addFilter(new IgnoreHiddenFileListFilter())
                .addFilter(new DropFilter())
                .addFilter(complete)
                .addFilter(retryLater));
        return source;
    }

    @Bean
    IntegrationFlow drops(FileReadingMessageSource inbox, DropHandler handler, WatchProperties properties) {
        return IntegrationFlow
                .from(inbox, endpoint -> endpoint
                        .poller(Pollers.fixedDelay(properties.pollInterval()).maxMessagesPerPoll(1)))
                .handle(File.class, (drop, headers) -> {
                    handler.handle(drop.toPath().toAbsolutePath());
                    return null;
                })
                .get();
    }

    /** Says what the watcher does before its poller reports anything. */
    @Bean
    InitializingBean announce(WatchSetup setup, WatchProperties properties) {
        return () -> WatchLog.LOG.info("watching {}: each drop (a folder named for its month) is billed once "
                + "complete — its {} file, or {} without a change — into {}; processed/ and failed/ keep them. "
                + "Ctrl-C stops.", setup.inbox(), CompleteDropFilter.READY,
                CompleteDropFilter.humane(properties.quietPeriod()), setup.output());
    }
}
