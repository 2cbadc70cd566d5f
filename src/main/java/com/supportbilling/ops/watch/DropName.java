package com.supportbilling.ops.watch;

import com.supportbilling.application.BillableMonths;
import java.io.File;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drop's month is in its folder name, as YYYY-MM: {@code 2026-03}, {@code 2026-03-fix},
 * {@code acme-2026-03}. A name with no month, or with two different ones, names no drop: guessing
 * which month to bill would be worse than leaving it for a person. A month outside those the job bills
 * ({@link BillableMonths}, as {@code run --month} checks) is no month: {@code x-1999-12} is a typo.
 */
final class DropName {

    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})(?!\\d)");

    /** Months first, so that drops landing together are billed in order (a month needs the one before). */
    static final Comparator<File> ORDER = Comparator
            .comparing((File file) -> monthOf(file.getName()).orElse(YearMonth.of(9999, 12)))
            .thenComparing(File::getName);

    private DropName() {
    }

    static Optional<YearMonth> monthOf(String name) {
        Set<YearMonth> months = new LinkedHashSet<>();
        Matcher matcher = MONTH.matcher(name);
        while (matcher.find()) {
            try {
                YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                if (BillableMonths.contains(month)) {
                    months.add(month);
                }
            } catch (DateTimeException notAMonth) {
                // 2026-13 is no month; the name may still hold a real one
            }
        }
        return months.size() == 1 ? Optional.of(months.iterator().next()) : Optional.empty();
    }

    /** Why a name is not a drop's, for the one line that reports it. */
    static String whyNot(String name) {
        return MONTH.matcher(name).results().count() > 1 ? "its name holds more than one month"
                : "its name holds no month as YYYY-MM from " + BillableMonths.FIRST + " to " + BillableMonths.LAST;
    }
}
