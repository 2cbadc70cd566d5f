package com.supportbilling.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.state.StateInUse;
import com.supportbilling.testing.Folders;
import com.supportbilling.testing.Postgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** D101: whether the database can be reached, checked without holding it. */
class DatabaseHealthTest {

    @TempDir
    Path work;

    private Health embedded(Path state) {
        return new DatabaseHealth("jdbc:hsqldb:file:" + state + "/ledger;shutdown=true", "SA", "", state).health();
    }

    @Test
    void anEmbeddedStateNotYetCreatedIsUpAndTheCheckCreatesNothing() {
        Health health = embedded(work.resolve("state"));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("database", "the embedded state in " + work.resolve("state"));
        assertThat(work.resolve("state")).doesNotExist();
    }

    @Test
    void aFileWhereTheStateShouldBeIsDown() throws IOException {
        Path state = Files.writeString(work.resolve("state"), "not a folder");

        Health health = embedded(state);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", state + " is a file, not a folder");
    }

    @Test
    void aStateHeldByAnotherLiveProcessIsDownNamingIt() throws IOException {
        Path state = Files.createDirectories(work.resolve("state"));
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        String holder = "pid " + other + " on " + InetAddress.getLocalHost().getHostName() + ", billing 2026-04, since "
                + "2026-05-01T03:00:00";
        Files.writeString(state.resolve(StateInUse.FILE), holder + "\n");

        Health health = embedded(state);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "in use by another process: " + holder);
        assertThat(Folders.entries(state)).as("nothing opened").hasSize(1);
    }

    /** This watcher billing a drop, or a process that crashed and left its line behind: nobody else holds it. */
    @Test
    void aStateHeldByThisProcessOrByOneThatIsGoneIsUp() throws Exception {
        Path state = Files.createDirectories(work.resolve("state"));
        String host = InetAddress.getLocalHost().getHostName();
        Files.writeString(state.resolve(StateInUse.FILE), "pid " + ProcessHandle.current().pid() + " on " + host
                + ", watch, billing 2026-03 from the drop 2026-03, since 2026-04-01T03:00:00\n");
        assertThat(embedded(state).getStatus()).isEqualTo(Status.UP);

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(state.resolve(StateInUse.FILE), "pid " + gone.pid() + " on " + host
                + ", billing 2026-03, since 2026-04-01T03:00:00\n");
        assertThat(embedded(state).getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aPostgresqlThatAnswersIsUp() {
        String url = Postgres.newDatabaseUrl();

        Health health = new DatabaseHealth(url, "postgres", "postgres", work).health();

        assertThat(health.getStatus()).as(health.getDetails().toString()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("database").toString()).startsWith("PostgreSQL at localhost:");
    }

    @Test
    void aPostgresqlThatIsNotThereIsDownWithItsDriversSentence() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Health health = new DatabaseHealth("jdbc:postgresql://127.0.0.1:" + closed + "/billing", "billing", "secret",
                work).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("database", "PostgreSQL at 127.0.0.1:" + closed);
        assertThat(health.getDetails().get("error").toString()).contains("refused").doesNotContain("secret");
    }
}
