package com.supportbilling.intake.csv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens input files: gzip when the name ends in .gz, the one file of a ZIP archive when it ends in .zip
 * (legacy CUR delivers {@code .csv.zip}, D71), counting the bytes read from disk for progress.
 */
public final class InputStreams {

    private InputStreams() {
    }

    public static Counted open(Path path) throws IOException {
        return open(path.getFileName().toString(), Files.newInputStream(path));
    }

    public static Counted open(String name, InputStream in) throws IOException {
        CountingStream counter = new CountingStream(new BufferedInputStream(in, 1 << 16));
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            InputStream content = lower.endsWith(".gz") ? new GZIPInputStream(counter, 1 << 16)
                    : lower.endsWith(".zip") ? new OneZipEntry(counter) : counter;
            return new Counted(content, counter);
        } catch (IOException e) {
            counter.close();
            throw e;
        }
    }

    /**
     * The content of the one file in a ZIP archive (folders and macOS's {@code __MACOSX/} copies aside). An
     * archive without a file — not a ZIP, empty, or damaged at its start — and one with a second file fail
     * like a damaged gzip file: the run is refused naming the file (D71).
     */
    private static final class OneZipEntry extends FilterInputStream {
        private final ZipInputStream zip;
        private final String entry;

        OneZipEntry(InputStream in) throws IOException {
            this(new ZipInputStream(in));
        }

        private OneZipEntry(ZipInputStream zip) throws IOException {
            super(zip);
            this.zip = zip;
            ZipEntry first = nextFile(zip);
            if (first == null) {
                throw new IOException("it holds no file: it is not a ZIP archive, or an empty or damaged one");
            }
            this.entry = first.getName();
        }

        @Override
        public int read() throws IOException {
            int b = zip.read();
            if (b < 0) {
                checkLast();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = zip.read(buffer, offset, length);
            if (n < 0) {
                checkLast();
            }
            return n;
        }

        private void checkLast() throws IOException {
            ZipEntry second = nextFile(zip);
            if (second != null) {
                throw new IOException("it holds more than one file (" + entry + ", " + second.getName()
                        + "); a usage ZIP holds one CSV file");
            }
        }

        private static ZipEntry nextFile(ZipInputStream zip) throws IOException {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/")) {
                    return entry;
                }
            }
            return null;
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
