package com.supportbilling.job.progress;

import com.supportbilling.job.usage.UsageReading;
import com.supportbilling.settings.BillingProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Progress of the long steps, shown as {@code billing.progress} says (auto, terminal, log or off). */
@Configuration(proxyBeanMethods = false)
public class ProgressConfiguration {

    @Bean
    ProgressDisplay progressDisplay(BillingProperties properties) {
        return ProgressDisplay.of(properties.progress());
    }

    @Bean
    @StepScope
    UsageProgress usageProgress(UsageReading usageReading, ProgressDisplay progressDisplay) {
        return new UsageProgress(usageReading, progressDisplay);
    }

    @Bean
    @StepScope
    InvoicingProgress invoicingProgress(ProgressDisplay progressDisplay) {
        return new InvoicingProgress(progressDisplay);
    }
}
