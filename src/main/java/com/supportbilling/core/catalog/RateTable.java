package com.supportbilling.core.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Marginal percentage bands, like tax brackets (R1): the tiered amount of a base B is
 * Σ rate × (portion of B inside the band). An empty table charges nothing.
 */
public record RateTable(List<Band> bands) {

    public static final RateTable NONE = new RateTable(List.of());

    public RateTable {
        bands = List.copyOf(bands);
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1);
            if (previous.upper() == null || previous.upper().compareTo(bands.get(i).lower()) != 0) {
                throw new IllegalArgumentException("bands must follow each other without gap or overlap: "
                        + previous + " then " + bands.get(i));
            }
        }
        if (!bands.isEmpty() && bands.get(0).lower().signum() != 0) {
            throw new IllegalArgumentException("the first band starts at 0, not " + bands.get(0).lower());
        }
    }

    /** The exact tiered amount of {@code base}. */
    public BigDecimal tieredAmount(BigDecimal base) {
        return tieredAmount(base, BigDecimal.ONE);
    }

    /**
     * The exact tiered amount of {@code base ÷ scale}, times {@code scale}. Used with a prorated base
     * B' = X ÷ D, so that no division happens before the line is rounded (R9).
     */
    public BigDecimal tieredAmount(BigDecimal base, BigDecimal scale) {
        BigDecimal total = BigDecimal.ZERO;
        for (Band band : bands) {
            total = total.add(band.rate().multiply(band.portionOf(base, scale)));
        }
        return total;
    }

    /** Band by band: the portion of {@code base} in each band and its exact amount, for quotes. */
    public List<BandCharge> breakdown(BigDecimal base) {
        List<BandCharge> charges = new ArrayList<>();
        for (Band band : bands) {
            BigDecimal portion = band.portionOf(base, BigDecimal.ONE);
            charges.add(new BandCharge(band, portion, band.rate().multiply(portion)));
        }
        return List.copyOf(charges);
    }

    /** What one band contributes to a tiered amount. */
    public record BandCharge(Band band, BigDecimal portion, BigDecimal amount) {
    }
}
