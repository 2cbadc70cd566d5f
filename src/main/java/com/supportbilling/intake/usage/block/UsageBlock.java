package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageLayout;

/**
 * Whole records of one usage file, as bytes: {@code bytes[0, length)} starts at physical line
 * {@code firstLine}, at a record boundary, and ends at one. {@code offset} is where {@code bytes[0]}
 * lies in the file, for reading a row again by its position (D80), or −1 when the file cannot be read
 * at a position (a gzip file).
 */
public record UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes,
        int length, long offset) {

    /** A block whose rows cannot be read again by their position. */
    public UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes, int length) {
        this(fileIndex, file, columns, firstLine, bytes, length, -1);
    }
}
