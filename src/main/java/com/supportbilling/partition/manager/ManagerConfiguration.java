package com.supportbilling.partition.manager;

import com.supportbilling.job.BillingJobConfiguration;
import com.supportbilling.job.usage.UsageIntakeConfiguration;
import com.supportbilling.partition.BrokerSettings;
import com.supportbilling.partition.PartitionSettings;
import com.supportbilling.partition.messaging.PartitionRequest;
import com.supportbilling.settings.PartitionRoles;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The usage intake of a manager ({@code run --broker}, D90): in place of the local intake, a step that
 * cuts the usage into partitions and sends one request per partition through the broker — Spring Batch's
 * remote partitioning, waiting on the workers by polling the shared job repository — then the step that
 * combines what the workers wrote into the month's bases, rejects and figures, exactly as the local
 * intake makes them. Every step after it runs here, unchanged.
 */
@Configuration(proxyBeanMethods = false)
@Profile(PartitionRoles.MANAGER)
public class ManagerConfiguration {

    static final String PARTITION_STEP = "usageIntakePartitions";

    @Bean
    DirectChannel partitionRequestsOut() {
        return new DirectChannel();
    }

    /** Each round of requests put on the queue in one broker transaction (D150). */
    @Bean
    PartitionRequestSender partitionRequestSender(ActiveMQConnectionFactory brokerConnectionFactory,
            BrokerSettings broker) {
        return new PartitionRequestSender(brokerConnectionFactory, broker.queue());
    }

    /** Each request as a JSON text message on the partition queue (D92). */
    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequestsOut,
            PartitionRequestSender partitionRequestSender) {
        return IntegrationFlow.from(partitionRequestsOut)
                .<StepExecutionRequest>handle((request, headers) -> new PartitionRequest(BillingJobConfiguration.JOB_NAME,
                        jobExecutionId(headers.get(IntegrationMessageHeaderAccessor.CORRELATION_ID)), request.getStepName(),
                        request.getStepExecutionId()).toJson())
                .handle(partitionRequestSender)
                .get();
    }

    /** The manager's usage intake: the partitions on the workers, then their results combined here. */
    @Bean
    Step usageIntakeStep(JobRepository repository, Step usagePartitionsStep, Step combinePartitionsStep) {
        Flow flow = new FlowBuilder<Flow>("usageIntakeOnWorkers").start(usagePartitionsStep).next(combinePartitionsStep)
                .build();
        return new StepBuilder("usageIntakeOnWorkers", repository).flow(flow).build();
    }

    @Bean
    Step usagePartitionsStep(JobRepository repository, UsagePartitioner usagePartitioner,
            DirectChannel partitionRequestsOut, PartitionSettings settings) {
        return new RemotePartitioningManagerStepBuilder(PARTITION_STEP, repository)
                .partitioner(PartitionRoles.WORKER_STEP, usagePartitioner)
                .outputChannel(partitionRequestsOut)
                .pollInterval(settings.pollInterval().toMillis())
                .aggregator(new PartitionOutcome())
                .listener(new PartitionWatch(repository, settings))
                .build();
    }

    @Bean
    Step combinePartitionsStep(JobRepository repository, PlatformTransactionManager transactionManager,
            CombinePartitions combinePartitions) {
        return new StepBuilder(UsageIntakeConfiguration.STEP, repository).tasklet(combinePartitions, transactionManager)
                .build();
    }

    /** Spring Batch's correlation id of a request is {@code <job execution id>:<step name>}. */
    private static long jobExecutionId(Object correlationId) {
        return Long.parseLong(String.valueOf(correlationId).split(":", 2)[0]);
    }
}
