package com.supportbilling.partition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The message broker the manager and the workers share (D90): {@code --broker URL} sets {@code url};
 * the user and password are settings ({@code --billing.broker.user}, or Spring's own
 * {@code spring.artemis.user} / {@code .password}), never part of the command's words.
 *
 * @param url the broker's address, e.g. {@code tcp://broker.internal:61616}
 * @param queue the queue the partition requests go through; one per installation
 */
@ConfigurationProperties("billing.broker")
public record BrokerSettings(String url, String user, String password,
        @DefaultValue("support-billing.usage-partitions") String queue) {
}
