package com.supportbilling.intake;

/** Why an input row was rejected (R10); the codes are part of rejects.csv's contract. */
public enum RejectReason {
    MALFORMED_ROW,
    INVALID_ACCOUNT_ID,
    INVALID_DATE,
    WRONG_PERIOD,
    INVALID_AMOUNT,
    UNSUPPORTED_CURRENCY,
    UNKNOWN_CHARGE_TYPE,
    DUPLICATE_LINE_ITEM,
    UNKNOWN_ACCOUNT,
    UNKNOWN_PLAN,
    CONFLICTING_EVENTS,
    DUPLICATE_ACCOUNT
}
