package com.supportbilling.partition.messaging;

import com.supportbilling.partition.BrokerSettings;
import com.supportbilling.settings.PartitionRoles;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.LoggerFactory;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The connection to the Artemis broker of a manager or a worker (D90), and Spring Batch's integration
 * support; only in those roles, so that a single-machine run starts nothing of it.
 */
@Configuration(proxyBeanMethods = false)
@Profile({PartitionRoles.MANAGER, PartitionRoles.WORKER})
@EnableBatchIntegration
public class BrokerConfiguration {

    /**
     * No messages are buffered in a consumer ({@code consumerWindowSize=0}): a worker takes one partition
     * when it is free, so that a second worker is not left idle while the first holds the queue in its buffer.
     */
    @Bean(destroyMethod = "close")
    ActiveMQConnectionFactory brokerConnectionFactory(BrokerSettings broker,
            @Value("${spring.artemis.user:#{null}}") String springUser,
            @Value("${spring.artemis.password:#{null}}") String springPassword) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
        String user = broker.user() != null ? broker.user() : springUser;
        if (user != null) {
            factory.setUser(user);
            factory.setPassword(broker.user() != null ? broker.password() : springPassword);
        }
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /**
     * Connects once as the application starts, so that a broker out of reach or a wrong password is said
     * at once, in one sentence, rather than retried in the log while the operator waits (D92). The connection is
     * made on a thread of its own while the rest of the application is made, and awaited once all of it is: it
     * took a third of a second of a manager's start (D146).
     */
    @Bean
    SmartInitializingSingleton brokerConnectionCheck(ActiveMQConnectionFactory brokerConnectionFactory,
            BrokerSettings broker) {
        CompletableFuture<JMSException> refused = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = brokerConnectionFactory.createConnection()) {
                connection.getMetaData();
                return null;
            } catch (JMSException e) {
                return e;
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "broker-connection-check");
            thread.setDaemon(true);
            thread.start();
        });
        return () -> {
            JMSException e;
            try {
                e = refused.join();
            } catch (CompletionException failed) { // anything but the broker's refusal, as it was thrown
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            if (e != null) {
                LoggerFactory.getLogger(BrokerConfiguration.class).error("cannot connect to {}", broker.url(), e);
                throw new BrokerUnreachableException("Cannot connect to the broker " + broker.url() + ": "
                        + e.getMessage() + ". Check that it runs there and that --billing.broker.user and "
                        + "--billing.broker.password (or spring.artemis.user and .password) are a user of it; nothing "
                        + "was read or billed.");
            }
        };
    }

    /** The broker cannot be reached, or refused the user: the sentence says which and what to check. */
    static final class BrokerUnreachableException extends RuntimeException {
        BrokerUnreachableException(String sentence) {
            super(sentence);
        }
    }
}
