package com.supportbilling.core.invoice;

/** The kinds of invoice line (R5, R7), in the order an invoice lists them for one subject. */
public enum LineType {
    /** round(m) of a plan for the month, less what was billed in advance for it. */
    MINIMUM,
    /** round(F) − round(m): the usage-based fee above the minimum. */
    USAGE,
    /** The rest of the 30-day minimum commitment of a paid period that ended early (R7). */
    COMMITMENT,
    /** Next month's minimum, billed in advance. */
    ADVANCE
}
