package com.supportbilling.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * A real Apache Artemis broker for the tests of several machines, started in the test JVM from the jars
 * Maven brings ({@code artemis-jakarta-server}) and listening on a free port of the loopback address, so
 * that workers and managers in other JVMs reach it as they reach a broker on another machine. Messages
 * are kept in memory: a test's broker lives as long as its test.
 */
public final class Broker implements AutoCloseable {

    private final EmbeddedActiveMQ server;
    private final String url;

    private Broker(EmbeddedActiveMQ server, String url) {
        this.server = server;
        this.url = url;
    }

    public static Broker start() {
        String url = "tcp://127.0.0.1:" + freePort();
        try {
            Configuration configuration = new ConfigurationImpl()
                    .addAcceptorConfiguration("tcp", url)
                    .setPersistenceEnabled(false)
                    .setSecurityEnabled(false)
                    .setJMXManagementEnabled(false);
            return new Broker(new EmbeddedActiveMQ().setConfiguration(configuration).start(), url);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Artemis broker did not start", e);
        }
    }

    /** Where clients connect: {@code tcp://127.0.0.1:PORT}. */
    public String url() {
        return url;
    }

    /**
     * Waits until this many consumers are on the broker. Tests that run workers as threads of their own JVM
     * use it so that a worker's Spring Boot start, which resets the JVM's one logging system, is over before a
     * manager starts in the same JVM: two starts at once can leave Boot's suppress-all filter in place.
     */
    public void awaitConsumers(long count, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(20))
                .until(() -> server.getActiveMQServer().getTotalConsumerCount() >= count);
    }

    /** Connections clients have opened to this broker since it started. */
    public long connectionsOpened() {
        return server.getActiveMQServer().getTotalConnectionCount();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Artemis broker did not stop", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
