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
        if (known == null) {
            return "";
        }
        String name = known.name();
        return onOneLine(name) ? name : WHITESPACE.matcher(name).replaceAll(" ").strip();
    }

    /** Whether {@code name} is printed as it is: single spaces between words, none at its ends; most names are. */
    private static boolean onOneLine(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < name.length() && name.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return name.isEmpty() || !Character.isWhitespace(name.charAt(0))
                && !Character.isWhitespace(name.charAt(name.length() - 1));
    }
}
