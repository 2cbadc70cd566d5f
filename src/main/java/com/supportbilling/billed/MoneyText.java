package com.supportbilling.billed;

import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** Money as people read it: thousands separators and two decimals, e.g. {@code 56,600.72}. */
public final class MoneyText {

    private MoneyText() {
    }

    public static String format(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", Money.round(amount));
    }

    /** With a sign always: {@code +1,200.00}, {@code -35.10}, for changes. */
    public static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + format(amount);
    }
}
