package com.supportbilling.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers for the SVG the charts are drawn in: escaped text and coordinates in tenths of a pixel. */
final class Svg {

    private Svg() {
    }

    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** {@code value ÷ max × length}, in pixels to one decimal; 0 when max is 0 or value below 0. */
    static BigDecimal scaled(BigDecimal value, BigDecimal max, int length) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return value.multiply(BigDecimal.valueOf(length)).divide(max, 1, RoundingMode.HALF_UP);
    }

    static String number(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String number(int value) {
        return Integer.toString(value);
    }
}
