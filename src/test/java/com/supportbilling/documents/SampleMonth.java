package com.supportbilling.documents;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.billed.BilledMonthReader;
import com.supportbilling.billed.MonthRows;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.intake.reference.ReferenceDataLoader;
import com.supportbilling.ledger.BilledHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** May 2026 of input-samples/, as its golden files and input give it: five invoices and Golf Ventures' refund. */
final class SampleMonth {

    static final Path GOLDEN = Path.of("src/test/resources/golden/input-samples/2026-05");
    static final LocalDate ISSUED = LocalDate.of(2026, 6, 1);
    static final SellerDetails SELLER = new SellerDetails("Test Reseller GmbH",
            List.of("Hauptstraße 1", "10115 Berlin"), "DE123456789", null);

    private SampleMonth() {
    }

    static BilledMonth billed() {
        return BilledMonthReader.read(MonthRows.of(GOLDEN));
    }

    static ReferenceData reference() {
        return ReferenceDataLoader.load(new InputFolder(Path.of("input-samples/2026-05"), null, java.time.YearMonth.of(2026, 5)));
    }

    static DocumentInputs inputs() {
        ReferenceData reference = reference();
        return new DocumentInputs(reference.accounts(), reference.catalog(),
                Map.of(new BilledHistory.AdvanceKey(new AccountId("100000000007"), new PlanCode("DEVELOPER")),
                        "INV-202604-100000000007"),
                ISSUED);
    }

    static DocumentSettings settings(String locale) {
        return new DocumentSettings(locale, 30, null, 2);
    }
}
