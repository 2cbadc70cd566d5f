package com.supportbilling.ops.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DropNameTest {

    @ParameterizedTest
    @CsvSource({
            "2026-03, 2026-03",
            "2026-03-fix, 2026-03",
            "acme-2026-03, 2026-03",
            "acme_2026-12_v2, 2026-12",
            "2026-03-20261128-220533, 2026-03", // a processed drop moved back keeps its month
            "2026-13-2026-04, 2026-04",
            "2000-01, 2000-01",
            "2999-12, 2999-12",
            "1999-12-2026-05, 2026-05"}) // only one of them is a month this job bills
    void aDropNamesItsMonth(String name, String month) {
        assertThat(DropName.monthOf(name)).contains(YearMonth.parse(month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"misc", "march", "2026", "202603", "2026-3", "12026-03", "2026-031", "2026-13",
            "2026-03-to-2026-04", "x-1999-12", "3000-01"}) // the years run --month refuses too
    void otherNamesAreNoDrops(String name) {
        assertThat(DropName.monthOf(name)).isEmpty();
    }

    @Test
    void dropsLandingTogetherAreBilledInTheOrderOfTheirMonths() {
        List<File> drops = Stream.of("zeta-2026-03", "2026-04", "acme-2026-05", "2026-03").map(File::new)
                .sorted(DropName.ORDER).toList();
        assertThat(drops).extracting(File::getName).containsExactly("2026-03", "zeta-2026-03", "2026-04", "acme-2026-05");
    }
}
