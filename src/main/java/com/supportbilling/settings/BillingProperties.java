package com.supportbilling.settings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings an operator may change ({@code billing.*} in application.properties or on the command line).
 *
 * @param stateDir where the embedded database (job repository and ledger) and the logs live
 * @param excludedServices services whose lines never count toward the fee base (R2)
 * @param skipLimitPercent rejected rows allowed, as a percentage of the usage rows read (R10)
 * @param skipLimitMinimum rejected rows allowed at least (R10)
 * @param zone the time zone the schedule ticks in (D34); plan events and usage are calendar dates as
 *        written, a CUR timestamp counting on its UTC date (D24)
 * @param usageIntake how usage is read: {@code parallel} (blocks of rows parsed by {@code usageThreads}
 *        threads) or {@code sequential} (row by row, the straightforward path)
 * @param usageThreads threads that parse blocks of usage (0: one per processor)
 * @param usageBlockSize bytes of usage per block: under half a heap region, so that blocks are not
 *        humongous objects to the garbage collector
 * @param usageMemory memory the parallel intake's duplicate check may hold before it spills to disk
 *        under the state folder (0: a quarter of the heap, D80)
 * @param usageBlocksPerChunk blocks per chunk transaction of the parallel usage intake
 * @param usageChunkSize usage rows per chunk transaction of the sequential usage intake
 * @param invoicingChunkSize payers per chunk transaction
 * @param maxLineAmount the largest amount a usage line may have, either sign; beyond it the line is
 *        rejected as INVALID_AMOUNT (D56)
 * @param progress how progress is shown: auto, terminal, log or off (D37)
 * @param diskHeadroom free space a run needs at least in its output and state folders, besides its
 *        estimate of what it writes (D47)
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
        @DefaultValue("parallel") String usageIntake,
        @DefaultValue("0") int usageThreads,
        @DefaultValue(BillingProperties.USAGE_BLOCK_SIZE_DEFAULT) int usageBlockSize,
        @DefaultValue("0") DataSize usageMemory,
        @DefaultValue("16") int usageBlocksPerChunk,
        @DefaultValue("5000") int usageChunkSize,
        @DefaultValue("500") int invoicingChunkSize,
        @DefaultValue("1000000000000") BigDecimal maxLineAmount,
        @DefaultValue("64MB") DataSize diskHeadroom,
        @DefaultValue("auto") ProgressMode progress) {

    /** The setting of {@code usageBlockSize}, and its default, for what reads it before the application starts (D149). */
    public static final String USAGE_BLOCK_SIZE = "billing.usage-block-size";
    public static final String USAGE_BLOCK_SIZE_DEFAULT = "500000";


    public BillingProperties {
        if (!usageIntake.equals("parallel") && !usageIntake.equals("sequential")) {
            throw new IllegalArgumentException("billing.usage-intake is parallel or sequential, not " + usageIntake);
        }
    }

    /** Threads that parse blocks of usage. */
    public int usageThreadCount() {
        return usageThreads > 0 ? usageThreads : Runtime.getRuntime().availableProcessors();
    }

    /** Bytes the duplicate check may hold in memory: {@code usageMemory}, or a quarter of the heap. */
    public long usageMemoryBytes() {
        return usageMemory.toBytes() > 0 ? usageMemory.toBytes() : Runtime.getRuntime().maxMemory() / 4;
    }
}
