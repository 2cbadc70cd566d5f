package com.supportbilling.partition.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.testing.Broker;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;

/** D150: a round of partition requests reaches the queue whole, with its last request, or not at all. */
class PartitionRequestSenderTest {

    private static final String QUEUE = "support-billing.usage-partitions";

    private Broker broker;
    private ActiveMQConnectionFactory factory;
    private Connection reader;
    private MessageConsumer queue;

    @BeforeEach
    void startBroker() throws JMSException {
        broker = Broker.start();
        factory = new ActiveMQConnectionFactory(broker.url());
        reader = factory.createConnection();
        reader.start();
        Session session = reader.createSession(false, Session.AUTO_ACKNOWLEDGE);
        queue = session.createConsumer(session.createQueue(QUEUE));
    }

    @AfterEach
    void stopBroker() throws JMSException {
        reader.close();
        factory.close();
        broker.close();
    }

    @Test
    void aRoundIsOnTheQueueOnceItsLastRequestIsSentAndEveryRoundAfterItToo() throws JMSException {
        PartitionRequestSender sender = new PartitionRequestSender(factory, QUEUE);
        try {
            sender.handleMessage(request("p1", 0, 3));
            sender.handleMessage(request("p2", 1, 3));
            assertThat(queue.receive(200)).as("two of three requests: none on the queue yet").isNull();
            sender.handleMessage(request("p3", 2, 3));
            assertThat(texts(3)).containsExactly("p1", "p2", "p3");

            sender.handleMessage(request("p2 again", 0, 1));
            assertThat(texts(1)).as("a later round, of one").containsExactly("p2 again");
            sender.handleMessage(MessageBuilder.withPayload("no round").build());
            assertThat(texts(1)).as("a request that names no round is sent alone").containsExactly("no round");
        } finally {
            sender.destroy();
        }
        assertThat(broker.connectionsOpened()).as("the reader's connection and the sender's one").isEqualTo(2);
    }

    @Test
    void aRequestThatCannotBeSentTakesItsRoundWithIt() throws JMSException {
        PartitionRequestSender sender = new PartitionRequestSender(factory, QUEUE);
        try {
            sender.handleMessage(request("p1", 0, 3));
            assertThatThrownBy(() -> sender.handleMessage(MessageBuilder.withPayload(42).setSequenceSize(3).build()))
                    .as("a request that is no text").isInstanceOf(ClassCastException.class);
            assertThat(queue.receive(500)).as("the round's first request").isNull();
            sender.handleMessage(request("p1", 0, 1));
            assertThat(texts(1)).as("the next round, on a connection of its own").containsExactly("p1");
        } finally {
            sender.destroy();
        }
    }

    @Test
    void aBrokerOutOfReachIsSaid() {
        PartitionRequestSender sender = new PartitionRequestSender(new ActiveMQConnectionFactory("tcp://127.0.0.1:1"),
                QUEUE);
        assertThatThrownBy(() -> sender.handleMessage(request("p1", 0, 1))).isInstanceOf(MessageDeliveryException.class)
                .hasMessageContaining("the partition request could not be put on " + QUEUE);
    }

    private static Message<String> request(String text, int number, int size) {
        return MessageBuilder.withPayload(text).setSequenceNumber(number).setSequenceSize(size).build();
    }

    private List<String> texts(int count) throws JMSException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TextMessage message = (TextMessage) queue.receive(5_000);
            assertThat(message).as("request %d of %d", i + 1, count).isNotNull();
            texts.add(message.getText());
        }
        assertThat(queue.receive(200)).as("nothing more").isNull();
        return texts;
    }
}
