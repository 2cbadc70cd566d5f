package com.supportbilling.core.account;

import java.util.Objects;

/**
 * A row of accounts.csv: the account, its display name, the account that pays for it (itself when
 * standalone, R6) and the payer's country for tax (R8; null when not given).
 */
public record Account(AccountId id, String name, AccountId payer, String country) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payer, "payer");
        name = name == null ? "" : name;
    }

    public boolean isPayer() {
        return id.equals(payer);
    }
}
