package com.supportbilling.partition.worker;

import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.job.usage.UsageIntakeConfiguration;
import com.supportbilling.ops.WorkGate;
import com.supportbilling.partition.BrokerSettings;
import com.supportbilling.partition.PartitionSettings;
import com.supportbilling.partition.messaging.RequestCheck;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.settings.PartitionRoles;
import jakarta.jms.Session;
import java.util.concurrent.Executor;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker ({@code worker --broker}, D90): one listener on the partition queue, which checks each message
 * before anything runs (D92), and the partition step, which Spring Batch's request handler executes for a
 * valid request: the usage of one partition read as the local intake reads it, its results written to the
 * shared folder for the manager to combine (D93).
 */
@Configuration(proxyBeanMethods = false)
@Profile(PartitionRoles.WORKER)
public class WorkerConfiguration {

    @Bean
    WorkGate workGate() {
        return new WorkGate();
    }

    /** Valid requests, handed to Spring Batch's request handler. */
    @Bean
    DirectChannel partitionRequestsIn() {
        return new DirectChannel();
    }

    /**
     * One message at a time, acknowledged once its partition is done: the message of a worker killed
     * mid-partition goes back to the queue for another worker (client acknowledgement). The raw JMS message
     * is checked; an object message is never deserialized.
     */
    @Bean
    IntegrationFlow partitionRequestsFromBroker(ActiveMQConnectionFactory brokerConnectionFactory, BrokerSettings broker,
            JobRepository repository, DirectChannel partitionRequestsIn, WorkGate workGate) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(Jms.container(brokerConnectionFactory, broker.queue())
                                .concurrentConsumers(1)
                                .maxConcurrentConsumers(1)
                                .sessionAcknowledgeMode(Session.CLIENT_ACKNOWLEDGE))
                        .extractPayload(false))
                .handle(new PartitionRequestListener(new RequestCheck(repository), partitionRequestsIn, workGate))
                .get();
    }

    @Bean
    IntakeWarmUp intakeWarmUp(PartitionSettings settings, BillingProperties properties,
            @Qualifier(UsageIntakeConfiguration.PARSERS) Executor usageParsers) {
        return new IntakeWarmUp(settings.warmUpRows(), properties.stateDir().resolve("warm-up"), properties, usageParsers);
    }

    @Bean
    WorkerRuns workerRuns(BillingProperties properties) {
        return new WorkerRuns(properties);
    }

    @Bean
    @StepScope
    PartitionReader partitionReader(@Value("#{stepExecution}") StepExecution partition, WorkerRuns workerRuns,
            BillingProperties properties, @Qualifier(UsageIntakeConfiguration.PARSERS) Executor usageParsers) {
        return new PartitionReader(partition, workerRuns, properties, usageParsers);
    }

    @Bean
    @StepScope
    PartitionWriter partitionWriter(PartitionReader partitionReader) {
        return new PartitionWriter(partitionReader);
    }

    @Bean
    Step usageIntakePartition(JobRepository repository, PlatformTransactionManager transactionManager,
            BeanFactory beanFactory, DirectChannel partitionRequestsIn, BillingProperties properties,
            PartitionReader partitionReader, PartitionWriter partitionWriter) {
        return new RemotePartitioningWorkerStepBuilder(PartitionRoles.WORKER_STEP, repository)
                .inputChannel(partitionRequestsIn)
                .beanFactory(beanFactory)
                .<ParsedBlock, ParsedBlock>chunk(properties.usageBlocksPerChunk())
                .transactionManager(transactionManager)
                .reader(partitionReader)
                .writer(partitionWriter)
                .listener(new PartitionListener(repository))
                .build();
    }
}
