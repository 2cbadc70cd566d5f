package com.supportbilling.ops.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** D101: the watcher's inbox is a folder it can list and write, or the watcher is DOWN. */
class InboxHealthTest {

    @TempDir
    Path work;

    @Test
    void aFolderIsUpAFileIsDown() throws IOException {
        assertThat(new InboxHealth(work).health().getStatus()).isEqualTo(Status.UP);

        Path file = Files.writeString(work.resolve("inbox"), "");
        Health health = new InboxHealth(file).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("inbox", file.toString())
                .containsEntry("error", "it does not exist or is not a folder");
    }
}
