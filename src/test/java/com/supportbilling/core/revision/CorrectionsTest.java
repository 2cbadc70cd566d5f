package com.supportbilling.core.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.invoice.LineType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R11, D26: revision n's lines and refunds matched with n − 1's by payer, account, type, plan and service
 * month; what changed is listed with both amounts, a line that appeared or vanished with 0.00.
 */
class CorrectionsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    /**
     * Entries and corrections are written "document payer account TYPE PLAN service-month amount" and
     * "invoice previous-invoice account TYPE PLAN service-month previous amount", a dash for an empty id;
     * P and Q are payers, A an account of P.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unchanged lines are not listed "
                    + "| INV-P P P MINIMUM BUSINESS 2026-03 100.00; RF-P-DEVELOPER P P REFUND DEVELOPER 2026-03 14.97 "
                    + "| INV-P-R2 P P MINIMUM BUSINESS 2026-03 100.00; RF-P-DEVELOPER-R2 P P REFUND DEVELOPER 2026-03 14.97 "
                    + "|",
            "a changed amount names both invoices "
                    + "| INV-P P A USAGE BUSINESS 2026-03 10.00 | INV-P-R2 P A USAGE BUSINESS 2026-03 12.50 "
                    + "| INV-P-R2 INV-P A USAGE BUSINESS 2026-03 10.00 12.50",
            "a line that appears counts 0.00 before, on the payer's invoice then "
                    + "| INV-P P P MINIMUM BUSINESS 2026-03 100.00 "
                    + "| INV-P-R2 P P MINIMUM BUSINESS 2026-03 100.00; INV-P-R2 P A COMMITMENT DEVELOPER 2026-03 0.94 "
                    + "| INV-P-R2 INV-P A COMMITMENT DEVELOPER 2026-03 0.00 0.94",
            "a payer without an invoice then has no previous invoice id "
                    + "| | INV-Q-R2 Q Q ADVANCE BUSINESS 2026-04 100.00 | INV-Q-R2 - Q ADVANCE BUSINESS 2026-04 0.00 100.00",
            "a line that vanishes counts 0.00 now, on the payer's invoice now "
                    + "| INV-P P P MINIMUM BUSINESS 2026-03 100.00; INV-P P A USAGE BUSINESS 2026-03 5.00 "
                    + "| INV-P-R2 P P MINIMUM BUSINESS 2026-03 100.00 "
                    + "| INV-P-R2 INV-P A USAGE BUSINESS 2026-03 5.00 0.00",
            "a payer left without an invoice gets the id its invoice would have "
                    + "| INV-Q Q Q MINIMUM BUSINESS 2026-03 100.00 | "
                    + "| INV-202603-222222222222-R2 INV-Q Q MINIMUM BUSINESS 2026-03 100.00 0.00",
            "a refund that appears has no previous document, one that vanishes the id it would have "
                    + "| RF-P-DEVELOPER P P REFUND DEVELOPER 2026-03 14.97 | RF-Q-BUSINESS-R2 Q Q REFUND BUSINESS 2026-03 3.00 "
                    + "| RF-202603-111111111111-DEVELOPER RF-P-DEVELOPER P REFUND DEVELOPER 2026-03 14.97 0.00; "
                    + "RF-Q-BUSINESS-R2 - Q REFUND BUSINESS 2026-03 0.00 3.00",
            "the k-th of equal keys is matched with the k-th "
                    + "| INV-P P P COMMITMENT DEVELOPER 2026-03 0.94; INV-P P P COMMITMENT DEVELOPER 2026-03 1.87 "
                    + "| INV-P-R2 P P COMMITMENT DEVELOPER 2026-03 0.94 "
                    + "| INV-P-R2 INV-P P COMMITMENT DEVELOPER 2026-03 1.87 0.00",
            "rows run by payer, account, then MINIMUM, USAGE, COMMITMENT, ADVANCE, REFUND, plan "
                    + "| | RF-A P A REFUND DEVELOPER 2026-03 1.00; INV-P P A ADVANCE BUSINESS 2026-04 1.00; "
                    + "INV-P P A USAGE DEVELOPER 2026-03 1.00; INV-P P A USAGE BUSINESS 2026-03 1.00; "
                    + "INV-P P P MINIMUM ENTERPRISE 2026-03 1.00 "
                    + "| INV-P - P MINIMUM ENTERPRISE 2026-03 0.00 1.00; INV-P - A USAGE BUSINESS 2026-03 0.00 1.00; "
                    + "INV-P - A USAGE DEVELOPER 2026-03 0.00 1.00; INV-P - A ADVANCE BUSINESS 2026-04 0.00 1.00; "
                    + "RF-A - A REFUND DEVELOPER 2026-03 0.00 1.00"})
    void whatTheSecondRevisionChanges(String rule, String previous, String current, String expected) {
        List<String> corrections = Corrections.between(entries(previous), entries(current), MARCH, 2).stream()
                .map(CorrectionsTest::render).toList();
        assertThat(corrections).containsExactlyElementsOf(rows(expected));
    }

    @Test
    void theDifferenceIsNowLessBeforeAndRefundsAreToldApart() {
        List<Correction> corrections = Corrections.between(
                entries("INV-P P P USAGE BUSINESS 2026-03 10.00; RF-P-DEVELOPER P P REFUND DEVELOPER 2026-03 14.97"),
                entries("INV-P-R2 P P USAGE BUSINESS 2026-03 7.50"), MARCH, 2);
        assertThat(corrections).extracting(Correction::difference)
                .containsExactly(new BigDecimal("-2.50"), new BigDecimal("-14.97"));
        assertThat(corrections).extracting(Correction::isRefund).containsExactly(false, true);
    }

    @Test
    void theEntryTypesAreTheLineTypesInInvoiceOrderThenRefund() {
        assertThat(Arrays.stream(EntryType.values()).map(EntryType::name)).containsExactlyElementsOf(
                Stream.concat(Arrays.stream(LineType.values()).map(LineType::name), Stream.of("REFUND")).toList());
    }

    private static List<LedgerEntry> entries(String cell) {
        return rows(cell).stream().map(entry -> entry.split(" ")).map(parts -> new LedgerEntry(parts[0], id(parts[1]),
                id(parts[2]), EntryType.valueOf(parts[3]), new PlanCode(parts[4]), YearMonth.parse(parts[5]),
                new BigDecimal(parts[6]))).toList();
    }

    private static String render(Correction correction) {
        return String.join(" ", alias(correction.invoiceId()), alias(correction.previousInvoiceId()),
                alias(correction.account().value()), correction.lineType().name(), correction.plan().value(),
                correction.serviceMonth().toString(), correction.previousAmount().toPlainString(),
                correction.amount().toPlainString());
    }

    private static AccountId id(String alias) {
        return new AccountId(switch (alias) {
            case "P" -> "111111111111";
            case "Q" -> "222222222222";
            case "A" -> "111111111112";
            default -> throw new IllegalArgumentException(alias);
        });
    }

    private static String alias(String value) {
        return switch (value) {
            case "" -> "-";
            case "111111111111" -> "P";
            case "222222222222" -> "Q";
            case "111111111112" -> "A";
            default -> value;
        };
    }

    private static List<String> rows(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }
}
