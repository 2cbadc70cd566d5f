package com.supportbilling.partition;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the manager cuts the usage into partitions and how long it waits for the workers (D91, D94).
 *
 * @param size the most bytes of a plain CSV file in one partition: a file is cut into the fewest equal pieces
 *        within it (D157); a compressed or Parquet file is one partition
 * @param workerWait how long a partition may wait for a worker to take it before the run gives up
 * @param stallTimeout how long a partition a worker took may show no progress (no commit) before the
 *        run takes its worker for gone
 * @param pollInterval how often the manager reads the workers' progress from the job repository
 * @param warmUpRows made-up usage lines a worker reads as it starts, before it takes partitions, so that its
 *        first partition runs compiled (D133); 0: none
 */
@ConfigurationProperties("billing.partition")
public record PartitionSettings(@DefaultValue("256MB") DataSize size, @DefaultValue("10m") Duration workerWait,
        @DefaultValue("2m") Duration stallTimeout, @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("500000") int warmUpRows) {
}
