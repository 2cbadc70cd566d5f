package com.supportbilling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
