package com.supportbilling.intake.csv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens input files: gzip when the name ends in .gz, counting the bytes read from disk for progress. */
public final class InputStreams {

    private InputStreams() {
    }

    public static Counted open(Path path) throws IOException {
        return open(path.getFileName().toString(), Files.newInputStream(path));
    }

    public static Counted open(String name, InputStream in) throws IOException {
        CountingStream counter = new CountingStream(new BufferedInputStream(in, 1 << 16));
        try {
            InputStream content = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(counter, 1 << 16)
                    : counter;
            return new Counted(content, counter);
        } catch (IOException e) {
            counter.close();
            throw e;
        }
    }

    /** A file's content, and how many of its bytes on disk were read so far. */
    public record Counted(InputStream content, CountingStream counter) {
        public long bytesRead() {
            return counter.count;
        }
    }

    /** Counts the bytes that pass through it. */
    public static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
