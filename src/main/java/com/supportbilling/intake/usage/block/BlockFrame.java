package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageLayout;

/**
 * Where a block of the first reading lay in its file: from {@code offset}, {@code length} bytes of whole
 * records starting on physical line {@code firstLine}. The same bytes read again are the same block, its rows
 * and their lines, without framing the file again (D151).
 */
record BlockFrame(int fileIndex, UsageLayout.Columns columns, long firstLine, long offset, int length) {

    /** Where {@code block} lay, or null when it cannot be read again at a position (gzip, ZIP, Parquet). */
    static BlockFrame of(UsageBlock block) {
        if (block.offset() < 0 || block.bytes() == null) {
            return null;
        }
        return new BlockFrame(block.fileIndex(), block.columns(), block.firstLine(), block.offset(), block.length());
    }
}
