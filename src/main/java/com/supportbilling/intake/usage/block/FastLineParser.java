package com.supportbilling.intake.usage.block;

import com.supportbilling.core.base.ChargeType;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.usage.AmountLimit;
import com.supportbilling.intake.usage.UsageLayout;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * Reads a line of a simple block of the native layout straight from its bytes, for the rows that are
 * plainly valid: twelve-digit known account, date YYYY-MM-DD in the month, amount of at most 18
 * digits and 10 decimals, USD, a known charge type. Such a row is accepted as the general validator
 * would accept it, with the same values; any other row is left to the general reader and validator,
 * so the outputs do not depend on which path read a row.
 */
final class FastLineParser {

    private static final int MAX_DIGITS = 18;
    private static final ChargeType[] TYPES = ChargeType.values();
    private static final byte[][] CHARGE_TYPES = new byte[TYPES.length][];

    static {
        for (ChargeType type : TYPES) {
            CHARGE_TYPES[type.ordinal()] = type.name().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final int year;
    private final int month;
    private final int days;
    private final AccountIndex accounts;
    private final byte[][] excludedServices;
    private final int width;
    private final int id;
    private final int account;
    private final int date;
    private final int service;
    private final int type;
    private final int amount;
    private final int currency;
    private final int[] fieldStart;
    private final long maxUnits;

    FastLineParser(YearMonth billed, AccountIndex accounts, FeeBasePolicy policy, UsageLayout.Columns columns,
            AmountLimit limit) {
        this.maxUnits = limit.maxUnits();
        this.year = billed.getYear();
        this.month = billed.getMonthValue();
        this.days = billed.lengthOfMonth();
        this.accounts = accounts;
        this.excludedServices = policy.excludedServices().stream()
                .map(service -> service.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.width = columns.width();
        this.id = columns.position(UsageLayout.Columns.ID);
        this.account = columns.position(UsageLayout.Columns.ACCOUNT);
        this.date = columns.position(UsageLayout.Columns.DATE);
        this.service = columns.position(UsageLayout.Columns.SERVICE);
        this.type = columns.position(UsageLayout.Columns.CHARGE_TYPE);
        this.amount = columns.position(UsageLayout.Columns.AMOUNT);
        this.currency = columns.position(UsageLayout.Columns.CURRENCY);
        this.fieldStart = new int[width + 1];
    }

    /** Reads {@code b[from, to)} into {@code out}; false when the row needs the general validator. */
    boolean parse(byte[] b, int from, int to, long lineNumber, ParsedBlock out) {
        int fields = 0;
        fieldStart[0] = from;
        for (int i = from; i < to; i++) {
            if (b[i] == ',') {
                if (++fields == width) {
                    return false;
                }
                fieldStart[fields] = i + 1;
            }
        }
        if (fields != width - 1) {
            return false;
        }
        fieldStart[width] = to + 1;

        int idFrom = trimStart(b, id);
        int idTo = trimEnd(b, id, idFrom);
        if (idFrom == idTo) {
            return false;
        }
        long accountDigits = accountDigits(b);
        int accountIndex = accountDigits < 0 ? -1 : accounts.indexOf(accountDigits);
        if (accountIndex < 0 || !dateInMonth(b) || !isUsd(b)) {
            return false;
        }
        int chargeType = chargeType(b);
        if (chargeType < 0) {
            return false;
        }
        int amountFrom = trimStart(b, amount);
        int amountTo = trimEnd(b, amount, amountFrom);
        boolean negative = false;
        int i = amountFrom;
        if (i < amountTo && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long units = 0;
        int digits = 0;
        int integerDigits = 0;
        int decimals = 0;
        boolean point = false;
        for (; i < amountTo; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    return false;
                }
                units = units * 10 + (c - '0');
                if (point) {
                    decimals++;
                } else {
                    integerDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        if (integerDigits == 0 || (point && decimals == 0) || decimals > ExactSum.UNIT_SCALE) {
            return false;
        }
        long scaled = ExactSum.toUnits(units, decimals);
        if (scaled == ExactSum.TOO_LARGE || scaled > maxUnits) {
            return false;
        }
        byte cause = TYPES[chargeType].isEligible()
                ? (isExcludedService(b) ? (byte) FeeBasePolicy.Exclusion.SERVICE.ordinal() : ParsedBlock.IN_BASE)
                : (byte) FeeBasePolicy.Exclusion.CHARGE_TYPE.ordinal();
        out.fast(Fingerprints.of(b, idFrom, idTo), accountIndex, negative ? -scaled : scaled, decimals, cause,
                lineNumber, from, to);
        return true;
    }

    /** The account as a number when it is exactly twelve digits, else −1. */
    private long accountDigits(byte[] b) {
        int from = trimStart(b, account);
        int to = trimEnd(b, account, from);
        if (to - from != 12) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private boolean dateInMonth(byte[] b) {
        int from = trimStart(b, date);
        int to = trimEnd(b, date, from);
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return false;
        }
        int y = digits(b, from, 4);
        int m = digits(b, from + 5, 2);
        int d = digits(b, from + 8, 2);
        return y == year && m == month && d >= 1 && d <= days;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private boolean isUsd(byte[] b) {
        int from = trimStart(b, currency);
        int to = trimEnd(b, currency, from);
        return to - from == 3 && upper(b[from]) == 'U' && upper(b[from + 1]) == 'S' && upper(b[from + 2]) == 'D';
    }

    /** The charge type's ordinal, case-insensitively, or −1. */
    private int chargeType(byte[] b) {
        int from = trimStart(b, type);
        int to = trimEnd(b, type, from);
        for (int t = 0; t < CHARGE_TYPES.length; t++) {
            byte[] name = CHARGE_TYPES[t];
            if (name.length == to - from && equalsUpper(b, from, name)) {
                return t;
            }
        }
        return -1;
    }

    private boolean isExcludedService(byte[] b) {
        int from = trimStart(b, service);
        int to = trimEnd(b, service, from);
        for (byte[] excluded : excludedServices) {
            if (excluded.length == to - from && equalsLower(b, from, excluded)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsUpper(byte[] b, int from, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            if (upper(b[from + i]) != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsLower(byte[] b, int from, byte[] name) {
        for (int i = 0; i < name.length; i++) {
            byte c = b[from + i];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static int upper(byte c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /** Where a field's text starts once leading white space is stripped, as {@code String.strip} does. */
    private int trimStart(byte[] b, int field) {
        int i = fieldStart[field];
        int end = fieldStart[field + 1] - 1;
        while (i < end && isSpace(b[i])) {
            i++;
        }
        return i;
    }

    private int trimEnd(byte[] b, int field, int from) {
        int i = fieldStart[field + 1] - 1;
        while (i > from && isSpace(b[i - 1])) {
            i--;
        }
        return i;
    }

    /**
     * ASCII white space as {@code Character.isWhitespace} sees it (a simple block has nothing else). Every one is
     * at most a space, so the letters and digits of a field are told apart by one comparison.
     */
    static boolean isSpace(byte c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F));
    }
}
