package com.supportbilling.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts' geometry: bars and points in proportion to their values, labels escaped, money formatted. */
class ChartsTest {

    @Test
    void barsAreInProportionToTheLargestAndNegativeOrZeroBarsHaveNoLength() {
        String svg = BarChart.svg("Fees by plan", List.of(new BarChart.Bar("Enterprise", new BigDecimal("21370.00")),
                new BarChart.Bar("Business <B&B>", new BigDecimal("10685.00")),
                new BarChart.Bar("Developer", BigDecimal.ZERO), new BarChart.Bar("Credit", new BigDecimal("-5"))));

        assertThat(values(svg, "width=\"([0-9.]+)\" height")).containsExactly("360.0", "180.0", "0.0", "0.0");
        assertThat(svg).contains("Business &lt;B&amp;B&gt;").contains(">21,370.00</text>").contains(">-5.00</text>")
                .startsWith("<svg class=\"chart bar-chart\"").endsWith("</svg>");
    }

    @Test
    void pointsRiseFromTheAxisToTheTopInProportionAndAreJoinedByOneLine() {
        String svg = LineChart.svg("Invoiced", List.of(new LineChart.Point("Mar 26", new BigDecimal("50981.61")),
                new LineChart.Point("Apr 26", BigDecimal.ZERO), new LineChart.Point("May 26", new BigDecimal("25490.805"))));

        assertThat(values(svg, "cy=\"([0-9.]+)\"")).containsExactly("20.0", "200.0", "110.0");
        assertThat(values(svg, "cx=\"([0-9.]+)\"")).containsExactly("90", "355", "620");
        assertThat(svg).contains("<polyline class=\"line\" points=\"90,20.0 355,200.0 620,110.0\"/>")
                .contains(">50,981.61</text>").contains(">May 26</text>");
    }

    @Test
    void aSingleMonthIsOnePointInTheMiddleWithoutALine() {
        String svg = LineChart.svg("Invoiced", List.of(new LineChart.Point("Mar 26", new BigDecimal("10.00"))));
        assertThat(values(svg, "cx=\"([0-9.]+)\"")).containsExactly("355");
        assertThat(svg).doesNotContain("polyline");
    }

    private static List<String> values(String svg, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(svg);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
