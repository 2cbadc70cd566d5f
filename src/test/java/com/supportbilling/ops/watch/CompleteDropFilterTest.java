package com.supportbilling.ops.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.ManualClock;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A half-written drop is never read: complete means _READY, or a quiet period seen without a change. */
class CompleteDropFilterTest {

    private static final Duration QUIET = Duration.ofMinutes(2);

    @TempDir
    Path inbox;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-04-01T03:00:00Z"));
    private CompleteDropFilter filter;
    private Path drop;

    @BeforeEach
    void aDropBeingWritten() throws Exception {
        filter = new CompleteDropFilter(QUIET, clock);
        drop = Files.createDirectories(inbox.resolve("2026-03"));
        Files.writeString(drop.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n");
    }

    @Test
    void aReadyFileCompletesADropAtOnce() throws Exception {
        Files.createFile(drop.resolve("_READY"));
        assertThat(passes()).isTrue();
    }

    @Test
    void withoutReadyADropIsCompleteOnceNothingInItChangedForTheQuietPeriod() throws Exception {
        assertThat(passes()).as("first seen").isFalse();
        clock.advance(QUIET.minusSeconds(1));
        assertThat(passes()).as("quiet for 1:59").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(passes()).as("quiet for 2:00").isTrue();
    }

    @Test
    void aFileThatGrowsStartsTheQuietPeriodAgain() throws Exception {
        passes();
        clock.advance(Duration.ofSeconds(90));
        Files.writeString(drop.resolve("accounts.csv"), "100000000001,Acme,,US\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(passes()).isFalse();
        clock.advance(Duration.ofSeconds(90));
        assertThat(passes()).as("only 1:30 since the change").isFalse();
        Files.writeString(drop.resolve("usage-a.csv"), "line_item_id\n");
        clock.advance(Duration.ofSeconds(119));
        assertThat(passes()).as("a new file").isFalse();
        clock.advance(QUIET);
        assertThat(passes()).isTrue();
    }

    /** cp -p, rsync -t and unzip give files old times: only what the watcher saw counts. */
    @Test
    void oldModificationTimesDoNotMakeADropComplete() throws Exception {
        Files.setLastModifiedTime(drop.resolve("accounts.csv"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(passes()).isFalse();
    }

    @Test
    void aFolderWithNoFileIsNeverComplete() throws Exception {
        Path empty = Files.createDirectories(inbox.resolve("2026-04/sub"));
        assertThat(filter.filterFiles(new File[] {empty.getParent().toFile()})).isEmpty();
        clock.advance(QUIET.multipliedBy(10));
        assertThat(filter.filterFiles(new File[] {empty.getParent().toFile()})).isEmpty();
    }

    private boolean passes() {
        List<File> complete = filter.filterFiles(new File[] {drop.toFile()});
        return complete.contains(drop.toFile());
    }
}
