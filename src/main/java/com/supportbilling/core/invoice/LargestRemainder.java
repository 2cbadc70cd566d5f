package com.supportbilling.core.invoice;

import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Splits an amount of cents in proportion to weights so that the parts sum exactly to it (R6):
 * every part gets the floor of its exact share, and the cents left go one each to the largest
 * remainders; equal remainders go to the lower key.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    public static <K extends Comparable<K>> Map<K, BigDecimal> split(BigDecimal amount, SortedMap<K, BigDecimal> weights) {
        BigDecimal totalWeight = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.isEmpty() || totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("weights must be positive in sum: " + weights);
        }
        BigDecimal cents = amount.movePointRight(Money.SCALE).setScale(0, RoundingMode.UNNECESSARY);
        List<Share<K>> shares = new ArrayList<>();
        BigDecimal handedOut = BigDecimal.ZERO;
        for (Map.Entry<K, BigDecimal> weight : weights.entrySet()) {
            BigDecimal numerator = cents.multiply(weight.getValue());
            BigDecimal floor = numerator.divide(totalWeight, 0, RoundingMode.FLOOR);
            // the remainder's numerator over the common denominator totalWeight: comparable as is
            shares.add(new Share<>(weight.getKey(), floor, numerator.subtract(floor.multiply(totalWeight))));
            handedOut = handedOut.add(floor);
        }
        int left = cents.subtract(handedOut).intValueExact();
        List<Share<K>> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.<Share<K>, BigDecimal>comparing(Share::remainder).reversed()
                .thenComparing(Share::key));
        Map<K, BigDecimal> extra = new LinkedHashMap<>();
        for (int i = 0; i < left; i++) {
            extra.put(byRemainder.get(i).key(), BigDecimal.ONE);
        }
        Map<K, BigDecimal> parts = new LinkedHashMap<>();
        for (Share<K> share : shares) {
            BigDecimal partCents = share.floor().add(extra.getOrDefault(share.key(), BigDecimal.ZERO));
            parts.put(share.key(), partCents.movePointLeft(Money.SCALE).setScale(Money.SCALE));
        }
        return parts;
    }

    private record Share<K>(K key, BigDecimal floor, BigDecimal remainder) {
    }
}
