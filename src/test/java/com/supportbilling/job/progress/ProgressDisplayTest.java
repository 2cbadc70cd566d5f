package com.supportbilling.job.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Progress on a terminal is one line rewritten in place; shown at most every so often unless forced. */
class ProgressDisplayTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void aTerminalLineIsRewrittenInPlaceAndClearedOfLongerOnes() {
        ProgressDisplay display = new ProgressDisplay(terminal, true, Duration.ZERO);
        display.show("usage: 10 rows", false);
        display.show("usage: 9", false);
        display.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rusage: 10 rows\rusage: 9      \n");
    }

    @Test
    void linesComeAtMostEverySoOftenUnlessForced() {
        ProgressDisplay display = new ProgressDisplay(terminal, true, Duration.ofHours(1));
        display.show("too soon", false);
        display.show("last", true);
        display.show("too soon again", false);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\rlast");
    }

    @Test
    void offShowsNothing() {
        ProgressDisplay display = new ProgressDisplay(terminal, false, Duration.ZERO);
        display.show("anything", true);
        display.finish();
        assertThat(bytes.size()).isZero();
    }
}
