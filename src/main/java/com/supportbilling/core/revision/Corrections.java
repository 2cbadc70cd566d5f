package com.supportbilling.core.revision;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.invoice.DocumentIds;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R11, D26: what a revision changes against the one before, line by line — what the operator must credit
 * or charge. Lines are the same line when payer, account, type, plan and service month match (the k-th
 * of equal keys with the k-th); a line that appeared or vanished counts with 0 on the other side.
 */
public final class Corrections {

    /** By payer, account, then MINIMUM, USAGE, COMMITMENT, ADVANCE, REFUND, plan and service month. */
    private static final Comparator<Correction> ORDER = Comparator.comparing(Correction::payer)
            .thenComparing(Correction::account).thenComparing(Correction::lineType).thenComparing(Correction::plan)
            .thenComparing(Correction::serviceMonth);

    private Corrections() {
    }

    public static List<Correction> between(List<LedgerEntry> previous, List<LedgerEntry> current, YearMonth month,
            int revision) {
        Map<Occurrence, LedgerEntry> before = byOccurrence(previous);
        Map<Occurrence, LedgerEntry> after = byOccurrence(current);
        Map<AccountId, String> previousInvoices = invoiceIds(previous);
        Map<AccountId, String> currentInvoices = invoiceIds(current);
        DocumentIds ids = new DocumentIds(month, revision);
        Map<Occurrence, LedgerEntry> all = new LinkedHashMap<>(after);
        before.forEach(all::putIfAbsent);
        List<Correction> corrections = new ArrayList<>();
        all.forEach((occurrence, line) -> {
            LedgerEntry was = before.get(occurrence);
            LedgerEntry is = after.get(occurrence);
            BigDecimal wasAmount = was == null ? Money.ZERO : was.amount();
            BigDecimal isAmount = is == null ? Money.ZERO : is.amount();
            if (wasAmount.compareTo(isAmount) == 0) {
                return;
            }
            boolean refund = line.isRefund();
            String document = is != null ? is.documentId()
                    : refund ? ids.refundId(line.account(), line.plan())
                    : currentInvoices.getOrDefault(line.payer(), ids.invoiceId(line.payer()));
            String previousDocument = was != null ? was.documentId()
                    : refund ? "" : previousInvoices.getOrDefault(line.payer(), "");
            corrections.add(new Correction(line.payer(), document, previousDocument, line.account(), line.type(),
                    line.plan(), line.serviceMonth(), Money.round(wasAmount), Money.round(isAmount)));
        });
        corrections.sort(ORDER);
        return List.copyOf(corrections);
    }

    private static Map<Occurrence, LedgerEntry> byOccurrence(List<LedgerEntry> entries) {
        Map<Occurrence, LedgerEntry> map = new LinkedHashMap<>();
        Map<LedgerEntry.Key, Integer> seen = new HashMap<>();
        for (LedgerEntry entry : entries) {
            int nth = seen.merge(entry.key(), 1, Integer::sum);
            map.put(new Occurrence(entry.key(), nth), entry);
        }
        return map;
    }

    private static Map<AccountId, String> invoiceIds(List<LedgerEntry> entries) {
        Map<AccountId, String> ids = new HashMap<>();
        entries.stream().filter(entry -> !entry.isRefund())
                .forEach(entry -> ids.putIfAbsent(entry.payer(), entry.documentId()));
        return ids;
    }

    private record Occurrence(LedgerEntry.Key key, int nth) {
    }
}
