package com.supportbilling.billed;

import com.supportbilling.core.money.Money;
import java.math.BigDecimal;

/** Money as people read it: thousands separators and two decimals, e.g. {@code 56,600.72}. */
public final class MoneyText {

    private MoneyText() {
    }

    /**
     * The amount rounded to cents (R9) with a comma every three digits: what {@code String.format(Locale.ROOT,
     * "%,.2f", …)} prints, without the formatter and number format that call builds each time — a month's
     * documents format about a hundred thousand amounts (D120).
     */
    public static String format(BigDecimal amount) {
        String plain = Money.round(amount).toPlainString();
        int sign = plain.charAt(0) == '-' ? 1 : 0;
        int digits = plain.length() - Money.SCALE - 1 - sign;
        if (digits <= 3) {
            return plain;
        }
        StringBuilder text = new StringBuilder(plain.length() + (digits - 1) / 3);
        text.append(plain, 0, sign);
        for (int i = 0; i < digits; i++) {
            if (i > 0 && (digits - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(sign + i));
        }
        return text.append(plain, sign + digits, plain.length()).toString();
    }

    /** With a sign always: {@code +1,200.00}, {@code -35.10}, for changes. */
    public static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + format(amount);
    }
}
