package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Invoice and refund ids: {@code INV-<YYYYMM>-<payer>}, to which a re-run's revision n ≥ 2 adds {@code -R<n>} (R11),
 * and {@code RF-<YYYYMM>-<subject>-<plan>} in every revision, as docs/file-formats.md gives them (D25).
 */
public record DocumentIds(YearMonth month, int revision) {

    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");

    public DocumentIds {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1, not " + revision);
        }
    }

    public String invoiceId(AccountId payer) {
        return "INV-" + month.format(YYYYMM) + "-" + payer + suffix();
    }

    public String refundId(AccountId subject, PlanCode plan) {
        return "RF-" + month.format(YYYYMM) + "-" + subject + "-" + plan;
    }

    private String suffix() {
        return revision == 1 ? "" : "-R" + revision;
    }
}
