package com.supportbilling.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
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
                .isInstanceOf(BillingState.StateInUseException.class)
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
                throw new IllegalStateException("the pool could not start", new SQLException(
                        "Database lock acquisition failure: lockFile: …/ledger.lck", "S1000", -451));
            }
            return context();
        }, "billing 2026-03")) {
            assertThat(starts).hasValue(2);
            assertThat(context.isActive()).isTrue();
        }
    }

    /** D113: HSQLDB's lock is its vendor code -451, whatever its message says; other errors are not waited out. */
    @Test
    void onlyHsqldbsLockIsWaitedOut() {
        AtomicInteger starts = new AtomicInteger();
        assertThatThrownBy(() -> new EmbeddedState(state).open(() -> {
            starts.incrementAndGet();
            throw new IllegalStateException("the pool could not start", new SQLException(
                    "Database lock acquisition failure: lockFile: …/ledger.lck", "S1000", -452));
        }, "billing 2026-03")).hasMessage("the pool could not start");

        assertThat(starts).hasValue(1);
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
