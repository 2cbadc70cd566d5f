package com.supportbilling.report;

import com.supportbilling.billed.MoneyText;
import java.math.BigDecimal;
import java.util.List;

/** A horizontal bar chart in SVG: one labelled bar per item, its length in proportion to the largest. */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int VALUE_WIDTH = 110;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;

    record Bar(String label, BigDecimal value) {
    }

    private BarChart() {
    }

    static String svg(String title, List<Bar> bars) {
        int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int height = Math.max(1, bars.size()) * (BAR_HEIGHT + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(Svg.text(title)).append("\">");
        int y = GAP;
        for (Bar bar : bars) {
            BigDecimal length = Svg.scaled(bar.value(), max, barSpace);
            svg.append("<g class=\"bar\"><title>").append(Svg.text(bar.label() + ": " + MoneyText.format(bar.value())))
                    .append("</title>")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Svg.text(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(Svg.number(length)).append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"/>")
                    .append("<text class=\"value\" x=\"").append(Svg.number(length.add(BigDecimal.valueOf(LABEL_WIDTH + 6))))
                    .append("\" y=\"").append(y + 15).append("\">").append(MoneyText.format(bar.value())).append("</text></g>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }
}
