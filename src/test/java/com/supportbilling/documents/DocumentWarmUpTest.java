package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** D132: the warm-up draws what it is asked through the month's own drawing, and stops when told. */
class DocumentWarmUpTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    @Test
    void drawsTheInvoicesAndCreditNotesItWasAskedFor() {
        AtomicInteger drawn = new AtomicInteger();

        DocumentWarmUp.draw(SampleMonth.SELLER, SampleMonth.inputs(), MAY, 60, drawn);

        assertThat(drawn).hasValue(60);
    }

    @Test
    void stopsAfterTheDocumentAtHand() {
        DocumentWarmUp warmUp = DocumentWarmUp.start(SampleMonth.SELLER, SampleMonth.inputs(), MAY, 1_000_000);

        assertThat(warmUp.stop()).isLessThan(1_000_000);
    }

    @Test
    void aMonthWithoutAccountsWarmsNothingUp() {
        DocumentInputs none = new DocumentInputs(Map.of(), SampleMonth.inputs().catalog(), Map.of(), SampleMonth.ISSUED);
        AtomicInteger drawn = new AtomicInteger();

        DocumentWarmUp.draw(SampleMonth.SELLER, none, MAY, 10, drawn);

        assertThat(drawn).hasValue(0);
    }
}
