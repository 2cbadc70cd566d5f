package com.supportbilling.ops.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.run.ExitCode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What a failed drop's REPORT.txt tells the operator to do next. */
class DropReportTest {

    private static final Path DROP = Path.of("/srv/inbox/2026-04-fix");
    private static final Path LOG = Path.of("/srv/billing-state/logs/support-billing.log");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    private static String report(ExitCode code, String sentence) {
        return DropReport.of(DROP, YearMonth.of(2026, 4), new DropResult(DropResult.Kind.FAILED, code, sentence, null, null),
                NOW, LOG);
    }

    @Test
    void aFailureNamesTheLogFileItself() {
        assertThat(report(ExitCode.FAILED, "Billing 2026-04 failed: the disk went away."))
                .contains("the full log is in /srv/billing-state/logs/support-billing.log.")
                .doesNotContain("<state>");
    }

    /** A refusal may ask for a corrected folder or for a command run by hand: the advice defers to the sentence. */
    @Test
    void aRefusalSendsTheOperatorToTheSentence() {
        String report = report(ExitCode.INPUT_REFUSED, "2026-05 is already billed on the advances of 2026-04: bill "
                + "2026-04 again by hand with --rerun, then 2026-05.");
        assertThat(report).contains("Nothing was billed from this drop. Do what the sentence says; when that is a change "
                + "to its files, drop the corrected folder into the inbox again.");
    }
}
