package com.supportbilling.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Bytes gathered in memory, without the lock every method of {@code ByteArrayOutputStream} takes: PDFBox writes
 * a document a few bytes at a time, and each drawing thread has its own (D132).
 */
class Bytes extends OutputStream {

    private byte[] bytes = new byte[8192];
    private int size;

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (size + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + len));
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    /** Writes what was gathered to {@code out}, in one write. */
    final void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** Forgets what was gathered, keeping the room it took. */
    final void clear() {
        size = 0;
    }
}
