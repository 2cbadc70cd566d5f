package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.R1Catalog;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/** Billing months for domain tests: R1's catalog and a tax table of US 0 %, KR 10 %, DE 19 %. */
final class BillingMonths {

    static final TaxTable TAXES = new TaxTable(Map.of("US", BigDecimal.ZERO, "KR", new BigDecimal("0.10"),
            "DE", new BigDecimal("0.19")));

    private BillingMonths() {
    }

    static BillingMonth of(String month) {
        return of(month, R1Catalog.catalog(), 1);
    }

    static BillingMonth of(String month, Catalog catalog, int revision) {
        YearMonth m = YearMonth.parse(month);
        return new BillingMonth(m, new DocumentIds(m, revision), catalog.inForce(m), catalog.inForce(m.plusMonths(1)),
                TAXES);
    }
}
