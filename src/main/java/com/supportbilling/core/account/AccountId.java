package com.supportbilling.core.account;

import java.util.regex.Pattern;

/** An AWS account id: twelve digits, kept as text so leading zeros survive. */
public record AccountId(String value) implements Comparable<AccountId> {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public AccountId {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("an account id is 12 digits, not '" + value + "'");
        }
    }

    public static boolean isValid(String text) {
        return text != null && TWELVE_DIGITS.matcher(text).matches();
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
