package com.supportbilling.ledger;

/** A revision is STARTED until its outputs are published, then COMPLETED for good. */
public enum RunStatus {
    STARTED,
    COMPLETED
}
