package com.supportbilling.documents;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.billed.MoneyText;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.RateTable;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A line's arithmetic in words, from the plan's price in the catalog of its service month (R1, R4,
 * R5, R7): the prorated minimum m = round(minimum × n ÷ D) and what was billed in advance; the fee on the
 * prorated base band by band, less m; the days a short commitment still owes. A USAGE line's bands are
 * shown on the base as printed (rounded to cents), its fee is the one billed, from the exact base (R9).
 * A plan the catalog no longer has is described by the line's own description.
 */
final class LineWords {

    private final DocumentLanguage language;
    private final Catalog catalog;
    private final Map<YearMonth, String> months = new ConcurrentHashMap<>();

    LineWords(DocumentLanguage language, Catalog catalog) {
        this.language = language;
        this.catalog = catalog;
    }

    String heading(BilledMonth.Line line, String planName) {
        return switch (line.type()) {
            case MINIMUM, USAGE -> language.say("line." + line.type(), planName, line.days(), line.daysInMonth(),
                    month(line.serviceMonth()));
            case COMMITMENT -> language.say("line.COMMITMENT", planName, line.days());
            case ADVANCE -> language.say("line.ADVANCE", planName, month(line.serviceMonth()));
        };
    }

    String words(BilledMonth.Line line) {
        Optional<Plan> plan = plan(line);
        if (plan.isEmpty()) {
            return line.description();
        }
        BigDecimal minimum = plan.get().minimum();
        BigDecimal prorated = Money.divideToCents(minimum.multiply(BigDecimal.valueOf(line.days())), line.daysInMonth());
        return switch (line.type()) {
            case MINIMUM -> {
                BigDecimal advance = prorated.subtract(line.amount());
                yield advance.signum() == 0
                        ? language.say("words.MINIMUM", money(minimum), line.days(), line.daysInMonth(), money(prorated))
                        : language.say("words.MINIMUM.advance", money(minimum), line.days(), line.daysInMonth(),
                                money(prorated), money(advance));
            }
            case USAGE -> line.feeBase() == null ? line.description() : language.say("words.USAGE", money(line.feeBase()),
                    line.days(), line.daysInMonth(), bands(plan.get().rates(), line.feeBase()),
                    money(line.amount().add(prorated)), money(prorated));
            case COMMITMENT -> language.say("words.COMMITMENT", 30 - line.days(), money(minimum), line.days(),
                    line.daysInMonth(), money(line.amount()));
            case ADVANCE -> language.say("words.ADVANCE", month(line.serviceMonth()));
        };
    }

    Optional<Plan> plan(BilledMonth.Line line) {
        return catalog.inForce(line.serviceMonth()).find(line.plan());
    }

    /** The month in words, formatted once per month for the thousands of lines that name it. */
    String month(YearMonth month) {
        return months.computeIfAbsent(month, language::month);
    }

    private String bands(RateTable rates, BigDecimal base) {
        StringJoiner charged = new StringJoiner(" + ");
        for (RateTable.BandCharge band : rates.breakdown(base)) {
            if (band.portion().signum() > 0) {
                charged.add(language.say("words.band",
                        band.band().rate().movePointRight(2).stripTrailingZeros().toPlainString(), money(band.portion())));
            }
        }
        return charged.length() > 0 ? charged.toString() : language.say("words.band", "0", money(BigDecimal.ZERO));
    }

    private static String money(BigDecimal amount) {
        return MoneyText.format(amount);
    }
}
