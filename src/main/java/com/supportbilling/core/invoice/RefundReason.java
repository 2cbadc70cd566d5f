package com.supportbilling.core.invoice;

/** Why an advance is partly refunded (R8). */
public enum RefundReason {
    /** On BASIC on the month's last day (for a group: every member that was on the plan). */
    CANCELLATION,
    /** Moved to another plan during the month. */
    PLAN_CHANGE;

    /** R8: CANCELLATION when the subject is on BASIC on the month's last day, PLAN_CHANGE otherwise. */
    static RefundReason of(boolean onBasicOnLastDay) {
        return onBasicOnLastDay ? CANCELLATION : PLAN_CHANGE;
    }
}
