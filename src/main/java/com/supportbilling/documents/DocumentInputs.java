package com.supportbilling.documents;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.ledger.BilledHistory;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the documents need besides the month's files: the accounts (names) and catalog of the month's
 * input, the invoices that billed the advances its refunds give back, and the date of issue.
 */
public record DocumentInputs(Map<AccountId, Account> accounts, Catalog catalog,
        Map<BilledHistory.AdvanceKey, String> advanceInvoices, LocalDate issued) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The account's name on one line: a name with line breaks or tabs (CSV allows them) is printed with spaces. */
    String name(AccountId account) {
        Account known = accounts.get(account);
        return known == null ? "" : WHITESPACE.matcher(known.name()).replaceAll(" ").strip();
    }
}
