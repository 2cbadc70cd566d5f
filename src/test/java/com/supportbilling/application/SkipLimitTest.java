package com.supportbilling.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkipLimitTest {

    /** R10: a percentage of the usage rows read, rounded down, and at least the minimum. */
    @ParameterizedTest(name = "{0} % of {2} rows, at least {1}: {3}")
    @CsvSource({
            "1,   100, 0,         100",
            "1,   100, 10000,     100",
            "1,   100, 10099,     100",
            "1,   100, 10100,     101",
            "1,   100, 10199,     101",
            "1,   100, 1000000,   10000",
            "0.5, 0,   999,       4",
            "0.5, 0,   1000,      5",
            "0,   7,   1000000,   7",
            "2.5, 10,  123456789, 3086419"})
    void allowsAShareOfTheRowsReadAtLeastTheMinimum(BigDecimal percent, long minimum, long rowsRead, long allowed) {
        assertThat(new SkipLimit(percent, minimum).allowed(rowsRead)).isEqualTo(allowed);
    }
}
