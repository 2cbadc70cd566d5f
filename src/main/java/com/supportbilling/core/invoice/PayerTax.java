package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * R8, D8: the rate a payer's invoice and refunds are taxed at, from its country. A payer without a
 * country, or with one the tax table lacks, is taxed at 0 with a warning.
 */
record PayerTax(TaxRate rate, Optional<String> warning) {

    PayerTax {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(warning, "warning");
    }

    static PayerTax of(TaxTable taxes, AccountId payer, String country) {
        Optional<TaxRate> rate = taxes.rateFor(country);
        if (rate.isPresent()) {
            return new PayerTax(rate.get(), Optional.empty());
        }
        if (country == null || country.isBlank()) {
            return new PayerTax(TaxRate.NONE, Optional.of("payer " + payer + " has no country: taxed at 0"));
        }
        String code = TaxTable.normalize(country);
        return new PayerTax(new TaxRate(code, BigDecimal.ZERO),
                Optional.of("country " + code + " of payer " + payer + " is not in the tax table: taxed at 0"));
    }

    /** D8: the summary warns only about a payer that has an invoice or a refund. */
    List<String> warnings(boolean billed) {
        return billed ? warning.stream().toList() : List.of();
    }
}
