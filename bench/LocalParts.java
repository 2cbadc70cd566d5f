import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.postoffice.RoutingStatus;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * The shared parts of bench/several-machines.sh on one machine: a PostgreSQL 17 server (the tests'
 * io.zonky.test binaries) with a database for each run, and an Artemis broker (artemis-jakarta-server, the
 * tests' jars) that counts the messages sent through it and their bytes as the broker encodes them.
 *
 * <p>{@code java -cp <test class path> bench/LocalParts.java DIR}: writes {@code DIR/parts.env}
 * (PG_SINGLE, PG_SEVERAL, BROKER), keeps {@code DIR/broker.txt} ("messages bytes") up to date, and stops
 * when {@code DIR/stop} appears.
 */
public class LocalParts {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE bench_single");
            statement.execute("CREATE DATABASE bench_several");
        }
        AtomicLong messages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:61616");
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setJMXManagementEnabled(false);
        configuration.registerBrokerPlugin(new ActiveMQServerMessagePlugin() {
            @Override
            public void afterSend(ServerSession session, Transaction tx, Message message, boolean direct,
                    boolean noAutoCreateQueue, RoutingStatus result) {
                messages.incrementAndGet();
                bytes.addAndGet(message.getEncodeSize());
                try {
                    Files.writeString(dir.resolve("broker.txt"), messages.get() + " " + bytes.get() + "\n");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(configuration).start();
        Files.writeString(dir.resolve("broker.txt"), "0 0\n");
        Files.writeString(dir.resolve("parts.env"), "PG_SINGLE=" + postgres.getJdbcUrl("postgres", "bench_single")
                + "\nPG_SEVERAL=" + postgres.getJdbcUrl("postgres", "bench_several") + "\nBROKER=tcp://127.0.0.1:61616\n");
        while (!Files.exists(dir.resolve("stop"))) {
            Thread.sleep(200);
        }
        broker.stop();
        postgres.close();
    }
}
