package com.supportbilling.report;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.timeline.PlanTimeline;
import com.supportbilling.ledger.BilledHistory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the report needs besides the month's files: the accounts (names) and plan timelines of its
 * input, the catalog version that priced it, and from the ledger the months billed before it (oldest
 * first) with what each payer was invoiced in the last of them.
 */
public record ReportInputs(Map<AccountId, Account> accounts, Map<AccountId, PlanTimeline> timelines,
        CatalogVersion catalog, List<BilledHistory.MonthTotal> monthsBefore, Map<AccountId, BigDecimal> previousByPayer) {

    public String name(AccountId account) {
        Account known = accounts.get(account);
        return known == null ? "" : known.name();
    }

    public String planName(PlanCode plan) {
        return catalog.find(plan).map(Plan::name).orElse(plan.value());
    }
}
