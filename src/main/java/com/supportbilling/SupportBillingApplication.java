package com.supportbilling;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The billing application: the context one run bills in. It scans only the packages of a run (D110):
 * the commands ({@code cli}) start it, and watch's and schedule's own small applications ({@code ops})
 * stay out of it. The application starts in {@code cli.BillingCommandLine} (under {@code java -jar}, after
 * {@code launch.Launcher}).
 */
@SpringBootApplication(scanBasePackages = {"com.supportbilling.settings", "com.supportbilling.state",
        "com.supportbilling.ledger", "com.supportbilling.output", "com.supportbilling.documents",
        "com.supportbilling.report", "com.supportbilling.job", "com.supportbilling.run",
        "com.supportbilling.partition"}, proxyBeanMethods = false) // no @Bean methods: no CGLIB subclass to make
@ConfigurationPropertiesScan({"com.supportbilling.settings", "com.supportbilling.documents", "com.supportbilling.partition"})
public class SupportBillingApplication {
}
