package com.supportbilling.core.catalog;

/** Who a plan bills (R6): each account on its own, or the payer's accounts on the plan together. */
public enum Scope {
    ACCOUNT,
    GROUP
}
