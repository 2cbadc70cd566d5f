package com.supportbilling.core.invoice;

import java.math.BigDecimal;

/** The tax rate applied to a payer, as a fraction (0.10 is 10 %), and the country it came from. */
public record TaxRate(String country, BigDecimal rate) {

    public static final TaxRate NONE = new TaxRate("", BigDecimal.ZERO);
}
