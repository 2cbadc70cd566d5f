package com.supportbilling.ops.health;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The watcher's inbox (D101): DOWN when it is no folder, cannot be listed, or cannot be written —
 * drops would then never be seen, or never be moved to processed/ or failed/.
 */
public final class InboxHealth implements HealthIndicator {

    private final Path inbox;

    public InboxHealth(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder().withDetail("inbox", inbox.toString());
        if (!Files.isDirectory(inbox)) {
            return health.down().withDetail("error", "it does not exist or is not a folder").build();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            entries.iterator().hasNext(); // reading an entry is what fails on a folder that cannot be read
        } catch (IOException | RuntimeException e) {
            return health.down().withDetail("error", "it cannot be read: " + e.getMessage()).build();
        }
        if (!Files.isWritable(inbox)) {
            return health.down().withDetail("error", "it cannot be written: drops cannot be moved to processed/ "
                    + "or failed/").build();
        }
        return health.up().build();
    }
}
