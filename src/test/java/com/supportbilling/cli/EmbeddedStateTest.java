package com.supportbilling.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

class EmbeddedStateTest {

    @TempDir
    Path state;

    @Test
    void aSecondOpenerIsRefusedWithTheHolderNamedUntilTheFirstCloses() {
        ConfigurableApplicationContext first = new EmbeddedState(state).open(EmbeddedStateTest::context, "billing 2026-03");
        assertThat(state.resolve(EmbeddedState.IN_USE_FILE)).content()
                .startsWith("pid " + ProcessHandle.current().pid() + " on ").contains(", billing 2026-03, since ");

        AtomicInteger starts = new AtomicInteger();
        assertThatThrownBy(() -> new EmbeddedState(state).open(() -> {
            starts.incrementAndGet();
            return context();
        }, "billing 2026-04"))
                .isInstanceOf(EmbeddedState.StateInUseException.class)
                .hasMessageContaining("is in use by another billing process (pid " + ProcessHandle.current().pid())
                .hasMessageContaining("billing 2026-03");
        assertThat(starts).as("refused before the application starts").hasValue(0);

        first.close();
        assertThat(state.resolve(EmbeddedState.IN_USE_FILE)).doesNotExist();
        try (ConfigurableApplicationContext second = new EmbeddedState(state).open(EmbeddedStateTest::context, "billing 2026-04")) {
            assertThat(state.resolve(EmbeddedState.IN_USE_FILE)).content().contains("billing 2026-04");
        }
    }

    @Test
    void aDatabaseLockLeftByACrashedProcessIsWaitedOut() {
        AtomicInteger starts = new AtomicInteger();
        try (ConfigurableApplicationContext context = new EmbeddedState(state).open(() -> {
            if (starts.incrementAndGet() == 1) {
                throw new IllegalStateException("Database lock acquisition failure: lockFile: …/ledger.lck");
            }
            return context();
        }, "billing 2026-03")) {
            assertThat(starts).hasValue(2);
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void aFailedStartLetsTheStateGo() {
        assertThatThrownBy(() -> new EmbeddedState(state).open(() -> {
            throw new IllegalStateException("no driver");
        }, "billing 2026-03")).hasMessage("no driver");

        assertThat(state.resolve(EmbeddedState.IN_USE_FILE)).doesNotExist();
        new EmbeddedState(state).open(EmbeddedStateTest::context, "billing 2026-03").close();
    }

    private static ConfigurableApplicationContext context() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        return context;
    }
}
