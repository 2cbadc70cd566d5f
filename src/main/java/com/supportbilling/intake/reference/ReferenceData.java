package com.supportbilling.intake.reference;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.invoice.TaxTable;
import com.supportbilling.core.timeline.PlanTimeline;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.Rejection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a month is billed against besides usage: accounts and their payers, every account's plan
 * timeline, the tax table and the catalog, with the rows the input files had rejected and what the
 * summary should warn about them.
 */
public record ReferenceData(Map<AccountId, Account> accounts, Map<AccountId, PlanTimeline> timelines, TaxTable taxes,
        Catalog catalog, List<Rejection> rejections, List<FileCount> counts, List<String> warnings) {

    public boolean isKnown(AccountId account) {
        return accounts.containsKey(account);
    }

    public PlanTimeline timeline(AccountId account) {
        return timelines.getOrDefault(account, PlanTimeline.alwaysBasic());
    }

    /** Each payer with its accounts, by payer id, accounts by id. */
    public SortedMap<AccountId, List<Account>> accountsByPayer() {
        SortedMap<AccountId, List<Account>> byPayer = new TreeMap<>();
        accounts.values().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(account -> byPayer.computeIfAbsent(account.payer(), key -> new ArrayList<>()).add(account));
        return byPayer;
    }

    /** Each payer's country: from its own row, else from the first row that names it as payer. */
    public Map<AccountId, String> payerCountries() {
        Map<AccountId, String> countries = new HashMap<>();
        accounts.values().forEach(account -> {
            if (account.country() != null) {
                countries.putIfAbsent(account.payer(), account.country());
            }
        });
        accounts.values().forEach(account -> {
            if (account.isPayer() && account.country() != null) {
                countries.put(account.id(), account.country());
            }
        });
        return countries;
    }
}
