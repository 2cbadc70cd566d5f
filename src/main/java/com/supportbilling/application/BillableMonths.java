package com.supportbilling.application;

import java.time.YearMonth;

/** The months this job bills, 2000-01 to 2999-12: a year outside them is a typo, caught before anything runs. */
public final class BillableMonths {

    public static final YearMonth FIRST = YearMonth.of(2000, 1);
    public static final YearMonth LAST = YearMonth.of(2999, 12);

    private BillableMonths() {
    }

    public static boolean contains(YearMonth month) {
        return !month.isBefore(FIRST) && !month.isAfter(LAST);
    }
}
