package com.supportbilling.report;

import com.supportbilling.billed.MoneyText;
import java.math.BigDecimal;
import java.util.List;

/** A line chart in SVG: one point per month, from 0 to the largest value, the month names below. */
final class LineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    record Point(String label, BigDecimal value) {
    }

    private LineChart() {
    }

    static String svg(String title, List<Point> points) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        BigDecimal max = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart line-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Svg.text(title)).append("\">");
        int bottom = TOP + plotHeight;
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/>");
        svg.append("<text class=\"tick\" x=\"").append(LEFT - 8).append("\" y=\"").append(TOP + 4)
                .append("\" text-anchor=\"end\">").append(MoneyText.format(max)).append("</text>");
        svg.append("<text class=\"tick\" x=\"").append(LEFT - 8).append("\" y=\"").append(bottom + 4)
                .append("\" text-anchor=\"end\">0.00</text>");
        StringBuilder line = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        int step = points.size() > 1 ? plotWidth / (points.size() - 1) : 0;
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int x = LEFT + (points.size() > 1 ? i * step : plotWidth / 2);
            String y = Svg.number(BigDecimal.valueOf(bottom).subtract(Svg.scaled(point.value(), max, plotHeight)));
            line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
            marks.append("<g class=\"point\"><title>").append(Svg.text(point.label() + ": " + MoneyText.format(point.value())))
                    .append("</title><circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\"/></g>")
                    .append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(bottom + 18)
                    .append("\" text-anchor=\"middle\">").append(Svg.text(point.label())).append("</text>");
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
        }
        return svg.append(marks).append("</svg>").toString();
    }
}
