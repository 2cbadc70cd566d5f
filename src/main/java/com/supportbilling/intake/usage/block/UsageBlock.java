package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageLayout;

/**
 * Whole records of one usage file, as bytes: {@code bytes[0, length)} starts at physical line
 * {@code firstLine}, at a record boundary, and ends at one.
 */
public record UsageBlock(int fileIndex, String file, UsageLayout.Columns columns, long firstLine, byte[] bytes,
        int length) {
}
