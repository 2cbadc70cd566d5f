package com.supportbilling.core.revision;

/**
 * What a ledger entry is: an invoice line of one of the line types (R5, R7), or a refund (R8). Listed in
 * the order corrections.csv lists them for one account (D26); the ledger stores the name.
 */
public enum EntryType {
    MINIMUM,
    USAGE,
    COMMITMENT,
    ADVANCE,
    REFUND
}
