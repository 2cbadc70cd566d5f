package com.supportbilling.application;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.invoice.AdvanceRouting;
import com.supportbilling.core.invoice.MemberMonth;
import com.supportbilling.core.invoice.PayerMonth;
import com.supportbilling.core.invoice.PriorAdvance;
import com.supportbilling.core.invoice.RecordedAdvance;
import com.supportbilling.intake.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Gathers, payer by payer, what its month is billed from: its accounts with their timelines and fee
 * bases, and the advances of the previous month it settles ({@link AdvanceRouting}, D6).
 */
public final class PayerMonths {

    private final ReferenceData reference;
    private final Map<AccountId, BigDecimal> bases;
    private final SortedMap<AccountId, List<Account>> accountsByPayer;
    private final Map<AccountId, String> countries;
    private final SortedMap<AccountId, List<PriorAdvance>> advancesByPayer;

    public PayerMonths(ReferenceData reference, Map<AccountId, BigDecimal> bases, List<RecordedAdvance> advances) {
        this.reference = reference;
        this.bases = bases;
        this.accountsByPayer = reference.accountsByPayer();
        this.countries = reference.payerCountries();
        this.advancesByPayer = new AdvanceRouting(reference.accounts()).byPayer(advances);
    }

    /** Every payer with accounts or advances, by id. */
    public List<AccountId> payers() {
        TreeSet<AccountId> payers = new TreeSet<>(accountsByPayer.keySet());
        payers.addAll(advancesByPayer.keySet());
        return List.copyOf(payers);
    }

    public PayerMonth of(AccountId payer) {
        List<MemberMonth> members = new ArrayList<>();
        for (Account account : accountsByPayer.getOrDefault(payer, List.of())) {
            members.add(new MemberMonth(account.id(), reference.timeline(account.id()),
                    bases.getOrDefault(account.id(), BigDecimal.ZERO)));
        }
        return new PayerMonth(payer, countries.get(payer), members, advancesByPayer.getOrDefault(payer, List.of()));
    }
}
