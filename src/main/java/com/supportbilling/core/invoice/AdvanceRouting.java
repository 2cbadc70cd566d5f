package com.supportbilling.core.invoice;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * D6: which payer's month settles an advance the month before recorded. A group's advance is its payer's,
 * whose id the group's lines carry; an account's goes to the account's payer now, or, when accounts.csv no
 * longer lists the account, to the payer that paid it.
 */
public final class AdvanceRouting {

    private final Map<AccountId, Account> accounts;

    /** Routes by the accounts as accounts.csv lists them this month. */
    public AdvanceRouting(Map<AccountId, Account> accounts) {
        this.accounts = Map.copyOf(accounts);
    }

    public AccountId payerOf(RecordedAdvance recorded) {
        PriorAdvance advance = recorded.advance();
        if (advance.scope() == Scope.GROUP) {
            return advance.subject();
        }
        Account account = accounts.get(advance.subject());
        return account == null ? recorded.payer() : account.payer();
    }

    /** The advances each payer settles, by payer id; each payer's in the order recorded. */
    public SortedMap<AccountId, List<PriorAdvance>> byPayer(List<RecordedAdvance> advances) {
        SortedMap<AccountId, List<PriorAdvance>> byPayer = new TreeMap<>();
        for (RecordedAdvance recorded : advances) {
            byPayer.computeIfAbsent(payerOf(recorded), payer -> new ArrayList<>()).add(recorded.advance());
        }
        byPayer.replaceAll((payer, settled) -> List.copyOf(settled));
        return Collections.unmodifiableSortedMap(byPayer);
    }
}
