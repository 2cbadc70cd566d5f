package com.supportbilling.core.invoice;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Country (ISO 3166-1 alpha-2) → tax rate (R8). */
public final class TaxTable {

    private final Map<String, BigDecimal> rates;

    public TaxTable(Map<String, BigDecimal> rates) {
        this.rates = new TreeMap<>();
        rates.forEach((country, rate) -> this.rates.put(normalize(country), rate));
    }

    public Optional<TaxRate> rateFor(String country) {
        if (country == null || country.isBlank()) {
            return Optional.empty();
        }
        String code = normalize(country);
        BigDecimal rate = rates.get(code);
        return rate == null ? Optional.empty() : Optional.of(new TaxRate(code, rate));
    }

    public int size() {
        return rates.size();
    }

    public static String normalize(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }
}
