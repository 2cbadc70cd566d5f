package com.supportbilling.partition.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.supportbilling.settings.BillingProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A worker's warm-up (D133) reads its made-up month through the intake, leaves nothing, and never stops a worker. */
class IntakeWarmUpTest {

    @TempDir
    Path state;

    private final ExecutorService parsers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopParsers() {
        parsers.shutdownNow();
    }

    @Test
    void readsEveryMadeUpLineRejectingThoseOfUnknownAccountsAndRemovesItsFolder() {
        Path folder = state.resolve("warm-up");
        IntakeWarmUp.Read read = new IntakeWarmUp(20_000, folder, properties(), parsers).run();
        assertThat(read.rows()).isEqualTo(20_000);
        assertThat(read.rejected()).as("about one line in a hundred names an unknown account").isBetween(100L, 400L);
        assertThat(folder).doesNotExist();
    }

    @Test
    void noLinesNoWarmUp() {
        IntakeWarmUp none = new IntakeWarmUp(0, state.resolve("warm-up"), properties(), parsers);
        none.start();
        assertThat(none.isRunning()).isTrue();
        assertThat(state.resolve("warm-up")).doesNotExist();
    }

    @Test
    void aWarmUpThatCannotWriteLetsTheWorkerStartAllTheSame() throws IOException {
        Path file = Files.writeString(state.resolve("a-file"), "not a folder");
        IntakeWarmUp blocked = new IntakeWarmUp(1_000, file.resolve("warm-up"), properties(), parsers);
        assertThatCode(blocked::start).doesNotThrowAnyException();
        assertThat(blocked.isRunning()).isTrue();
    }

    /** Spring Integration's endpoints, the listener on the partition queue among them, start in phase 0 or later. */
    @Test
    void runsBeforeTheListenerOnThePartitionQueue() {
        assertThat(new IntakeWarmUp(1, state, properties(), parsers).getPhase()).isLessThan(0);
    }

    private static BillingProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("billing", BillingProperties.class);
    }
}
