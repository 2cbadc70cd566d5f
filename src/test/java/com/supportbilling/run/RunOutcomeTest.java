package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** D114: refusals and failures are named apart, each with its own exit codes. */
class RunOutcomeTest {

    @ParameterizedTest
    @EnumSource(value = ExitCode.class, names = {"INPUT_REFUSED", "ALREADY_BILLED"})
    void aRefusalIsExit3Or4AndNotAFailure(ExitCode code) {
        assertThat(RunOutcome.refused(code, "Refused.").exitCode()).isEqualTo(code);
        assertThatThrownBy(() -> RunOutcome.failed(code, "Failed.")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ExitCode.class, names = {"FAILED", "NEEDS_RESOURCES"})
    void aFailureIsExit1Or5AndNotARefusal(ExitCode code) {
        assertThat(RunOutcome.failed(code, "Failed.").exitCode()).isEqualTo(code);
        assertThatThrownBy(() -> RunOutcome.refused(code, "Refused.")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ExitCode.class, names = {"BILLED", "BAD_ARGUMENTS", "STOPPED"})
    void otherCodesAreNeitherRefusalsNorFailures(ExitCode code) {
        assertThatThrownBy(() -> RunOutcome.refused(code, "Refused.")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RunOutcome.failed(code, "Failed.")).isInstanceOf(IllegalArgumentException.class);
    }
}
