package com.supportbilling;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings an operator may change ({@code billing.*} in application.properties or on the command line).
 *
 * @param stateDir where the embedded database (job repository and ledger) and the logs live
 * @param excludedServices services whose lines never count toward the fee base (R2)
 * @param skipLimitPercent rejected rows allowed, as a percentage of the usage rows read (R10)
 * @param skipLimitMinimum rejected rows allowed at least (R10)
 * @param zone the billing time zone: days start at 00:00 there (R3) and the schedule ticks in it
 * @param usageChunkSize usage rows per chunk transaction
 * @param invoicingChunkSize payers per chunk transaction
 */
@ConfigurationProperties("billing")
public record BillingProperties(
        @DefaultValue("billing-state") Path stateDir,
        @DefaultValue({"AWSDeveloperSupport", "AWSSupportBusiness", "AWSSupportEnterprise", "AWSEnterpriseOnRamp",
                "AWSSupport", "AWSManagedServices", "AWSProfessionalServices", "AWSMarketplace"})
        List<String> excludedServices,
        @DefaultValue("1") BigDecimal skipLimitPercent,
        @DefaultValue("100") long skipLimitMinimum,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("5000") int usageChunkSize,
        @DefaultValue("500") int invoicingChunkSize) {
}
