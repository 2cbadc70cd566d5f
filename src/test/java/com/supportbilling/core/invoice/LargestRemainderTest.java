package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R6: allocations sum exactly to the group fee; the left cents go to the largest remainders, ties to the lower id. */
class LargestRemainderTest {

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            // the walkthrough's January and February groups
            "15840.00 | a=140000 b=22000 | a=13688.89 b=2151.11",
            "16960.00 | a=150000 b=28000 | a=14292.13 b=2667.87",
            // equal remainders: the lower key gets the cent
            "100.00 | a=1 b=1 c=1 | a=33.34 b=33.33 c=33.33",
            "0.02 | a=1 b=1 c=1 | a=0.01 b=0.01 c=0.00",
            "0.01 | c=1 b=1 | b=0.01 c=0.00",
            // exact shares need no remainder
            "90.00 | a=1 b=2 | a=30.00 b=60.00",
            // zero weight gets nothing
            "10.00 | a=0 b=3 | a=0.00 b=10.00"})
    void splitsToTheCent(String amount, String weights, String expected) {
        Map<String, BigDecimal> parts = LargestRemainder.split(new BigDecimal(amount), parse(weights));
        assertThat(parts).isEqualTo(parse(expected));
        assertThat(parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
    }

    private static TreeMap<String, BigDecimal> parse(String pairs) {
        TreeMap<String, BigDecimal> map = new TreeMap<>();
        for (String pair : pairs.split(" ")) {
            String[] kv = pair.split("=");
            map.put(kv[0], new BigDecimal(kv[1]));
        }
        return map;
    }
}
