package com.supportbilling.intake;

/** Rows of one input file: read = accepted + rejected (R10). */
public record FileCount(String file, long read, long rejected) {

    public long accepted() {
        return read - rejected;
    }
}
