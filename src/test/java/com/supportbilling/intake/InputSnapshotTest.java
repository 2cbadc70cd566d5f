package com.supportbilling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** D15, D52: the input as a run began, and what changed under it. */
class InputSnapshotTest {

    private final InputSnapshot began = new InputSnapshot(List.of(
            new InputSnapshot.FileState("/in/accounts.csv", 120, 1_000),
            new InputSnapshot.FileState("/in/usage-a.csv", 68_000_000, 2_000),
            new InputSnapshot.FileState("/in/usage-b.csv", 500, 3_000)));

    @Test
    void nothingChangedSaysNothingAndKeepsTheFingerprint() {
        InputSnapshot again = InputSnapshot.fromText(began.toText());
        assertThat(began.changesTo(again)).isEmpty();
        assertThat(again.fingerprint()).isEqualTo(began.fingerprint()).hasSize(16);
    }

    @Test
    void everyChangeIsNamedWithItsFile() {
        InputSnapshot now = new InputSnapshot(List.of(
                new InputSnapshot.FileState("/in/accounts.csv", 120, 1_500),
                new InputSnapshot.FileState("/in/usage-a.csv", 8_288, 2_500),
                new InputSnapshot.FileState("/in/usage-c.csv", 10, 4_000)));
        assertThat(began.changesTo(now)).containsExactly(
                "/in/accounts.csv was modified at 1970-01-01T00:00:01.500Z",
                "/in/usage-a.csv changed size from 68000000 to 8288 bytes",
                "/in/usage-b.csv was removed",
                "/in/usage-c.csv was added");
        assertThat(now.fingerprint()).isNotEqualTo(began.fingerprint());
    }

    @Test
    void aPathWithTabsOrSpacesSurvivesTheJobContext() {
        InputSnapshot odd = new InputSnapshot(List.of(new InputSnapshot.FileState("/in/my usage\tfile.csv", 1, 2)));
        assertThat(InputSnapshot.fromText(odd.toText())).isEqualTo(odd);
    }
}
