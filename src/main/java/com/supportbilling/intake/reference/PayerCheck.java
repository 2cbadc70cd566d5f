package com.supportbilling.intake.reference;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Payers that accounts.csv names but does not describe well (D54): a payer without its own row, and
 * a payer that is itself paid by another account (a chain, or two accounts paying for each other).
 * The month is billed as the file says — each account's lines go to the invoice of the payer on its
 * row — and the summary names the accounts, so that the export is fixed before the invoices go out.
 */
final class PayerCheck {

    private static final int NAMED = 5;

    private PayerCheck() {
    }

    static List<String> warnings(Map<AccountId, Account> accounts) {
        SortedMap<AccountId, List<AccountId>> missing = new TreeMap<>();
        SortedMap<AccountId, List<AccountId>> paidByAnother = new TreeMap<>();
        for (Account account : accounts.values()) {
            AccountId payer = account.payer();
            if (payer.equals(account.id())) {
                continue;
            }
            Account payerRow = accounts.get(payer);
            if (payerRow == null) {
                missing.computeIfAbsent(payer, key -> new ArrayList<>()).add(account.id());
            } else if (!payerRow.payer().equals(payer)) {
                paidByAnother.computeIfAbsent(payer, key -> new ArrayList<>()).add(account.id());
            }
        }
        List<String> warnings = new ArrayList<>();
        missing.forEach((payer, members) -> warnings.add("payer " + payer + " of " + accounts(members)
                + " has no row of its own in accounts.csv: its invoice is issued to that id, taxed by the country of "
                + "the accounts naming it; add its row"));
        paidByAnother.forEach((payer, members) -> {
            AccountId payersPayer = accounts.get(payer).payer();
            String how = accounts.get(payersPayer) != null && accounts.get(payersPayer).payer().equals(payer)
                    ? " and " + payersPayer + " are each other's payers"
                    : " is itself paid by " + payersPayer;
            warnings.add("payer " + payer + " of " + accounts(members) + how + " in accounts.csv: each account is "
                    + "invoiced to the payer on its own row; check the payers");
        });
        return warnings;
    }

    private static String accounts(List<AccountId> members) {
        String named = members.stream().limit(NAMED).map(AccountId::value).collect(Collectors.joining(", "));
        String more = members.size() > NAMED ? " and " + (members.size() - NAMED) + " more" : "";
        return (members.size() == 1 ? "account " : "accounts ") + named + more;
    }
}
