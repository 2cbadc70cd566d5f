package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.intake.csv.CsvRecordReader;
import com.supportbilling.intake.csv.InputStreams;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageFiles;
import com.supportbilling.intake.usage.UsageLayout;
import com.supportbilling.intake.usage.UsageRows;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the month's usage files in name order as blocks of whole records of about
 * {@code blockSize} bytes, each with the physical line it starts on. Each file's header is read
 * first and decides its layout; a byte order mark is dropped. Blocks can then be parsed apart. A file whose
 * rows come already split (Parquet) gives blocks of its rows instead, about as many as fill a block (D76).
 */
public final class UsageBlockReader implements UsageBlocks, Closeable {

    /** Bytes of a row, to cut a file of rows already split into blocks of about {@code blockSize}. */
    private static final int TYPICAL_ROW = 100;

    private final List<UsageFile> files;
    private final int blockSize;
    private final long totalBytes;
    private int nextFile;
    private int fileIndex = -1;
    private String fileName;
    private InputStreams.Counted input;
    private UsageLayout.Columns columns;
    private UsageRows rows;
    private byte[] carried = new byte[0];
    private int carriedLength;
    private boolean ended;
    private long nextLine;
    private long bytesOfClosedFiles;
    /** Where {@code carried[0]} lies in the file on disk; −1 when the file is unpacked as it is read (gzip, ZIP). */
    private long carriedOffset;

    public UsageBlockReader(List<UsageFile> files, int blockSize) {
        this.files = List.copyOf(files);
        this.blockSize = blockSize;
        long total = 0;
        for (UsageFile file : files) {
            try {
                total += Files.size(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.totalBytes = total;
    }

    /** The next block, or null when every file has been read. */
    @Override
    public UsageBlock next() {
        try {
            while (true) {
                if (input == null && rows == null && !openNextFile()) {
                    return null;
                }
                UsageBlock block = columns == null ? null : rows != null ? nextRows() : nextBlock();
                if (block != null) {
                    return block;
                }
                closeFile();
            }
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read " + fileName + ": " + e.getMessage() + ".", e);
        }
    }

    public List<String> fileNames() {
        return files.stream().map(UsageFile::name).toList();
    }

    public long bytesRead() {
        return bytesOfClosedFiles + (rows != null ? rows.bytesRead() : input == null ? 0 : input.bytesRead());
    }

    public long totalBytes() {
        return totalBytes;
    }

    private boolean openNextFile() throws IOException {
        if (nextFile == files.size()) {
            return false;
        }
        fileIndex = nextFile++;
        UsageFile file = files.get(fileIndex);
        fileName = file.name();
        if (file.isParquet()) {
            rows = UsageFiles.open(file);
            columns = rows.columns();
            return true;
        }
        input = InputStreams.open(file.path());
        carried = new byte[blockSize];
        carriedLength = 0;
        ended = false;
        nextLine = 1;
        carriedOffset = input.isPlain() ? 0 : -1;
        columns = readHeader();
        return true;
    }

    /** The header: the first record that is not a blank line. A file without one has no rows. */
    private UsageLayout.Columns readHeader() throws IOException {
        fill(carried.length);
        int start = 0;
        if (carriedLength >= 3 && (carried[0] & 0xff) == 0xEF && (carried[1] & 0xff) == 0xBB && (carried[2] & 0xff) == 0xBF) {
            start = 3;
        }
        while (true) {
            RecordFramer framer = new RecordFramer(0);
            byte[] from = Arrays.copyOfRange(carried, start, carriedLength);
            framer.scan(from, from.length, ended, true);
            while (framer.boundary() == 0 && !ended) {
                fill(carried.length * 2);
                from = Arrays.copyOfRange(carried, start, carriedLength);
                framer.scan(from, from.length, ended, true);
            }
            if (framer.boundary() == 0) {
                return null;
            }
            String text = new String(from, 0, framer.boundary(), StandardCharsets.UTF_8);
            start += framer.boundary();
            nextLine += framer.linesAtBoundary();
            if (!text.isBlank()) {
                drop(start);
                CsvRecord header = new CsvRecordReader(new StringReader(text), false).next();
                return UsageLayout.detect(fileName, header.isMalformed() ? new CsvHeader(List.of()) : CsvHeader.of(fileName, header.fields()));
            }
        }
    }

    /** The next rows of a file of rows already split, or null after its last. */
    private UsageBlock nextRows() {
        List<CsvRecord> records = new ArrayList<>();
        int wanted = Math.max(1, blockSize / TYPICAL_ROW);
        while (records.size() < wanted) {
            CsvRecord record = rows.next();
            if (record == null) {
                break;
            }
            records.add(record);
        }
        return records.isEmpty() ? null : UsageBlock.ofRecords(fileIndex, fileName, columns, records);
    }

    private UsageBlock nextBlock() throws IOException {
        fill(Math.max(blockSize, carriedLength));
        if (carriedLength == 0) {
            return null;
        }
        RecordFramer framer = new RecordFramer(0);
        framer.scan(carried, carriedLength, ended, false);
        while (framer.boundary() == 0 && !ended) {
            fill(carried.length * 2);
            framer.scan(carried, carriedLength, ended, false);
        }
        byte[] bytes = carried;
        int length = framer.boundary();
        UsageBlock block = new UsageBlock(fileIndex, fileName, columns, nextLine, bytes, length, carriedOffset);
        nextLine += framer.linesAtBoundary();
        carriedOffset = carriedOffset < 0 ? -1 : carriedOffset + length;
        carried = new byte[Math.max(blockSize, carriedLength - length)];
        System.arraycopy(bytes, length, carried, 0, carriedLength - length);
        carriedLength -= length;
        return block;
    }

    /** Reads until {@code capacity} bytes are carried or the file ends, growing the buffer as needed. */
    private void fill(int capacity) throws IOException {
        if (carried.length < capacity) {
            carried = Arrays.copyOf(carried, capacity);
        }
        while (!ended && carriedLength < capacity) {
            int n = input.content().read(carried, carriedLength, capacity - carriedLength);
            if (n < 0) {
                ended = true;
            } else {
                carriedLength += n;
            }
        }
    }

    private void drop(int count) {
        System.arraycopy(carried, count, carried, 0, carriedLength - count);
        carriedLength -= count;
        carriedOffset = carriedOffset < 0 ? -1 : carriedOffset + count;
    }

    private void closeFile() throws IOException {
        if (rows != null) {
            bytesOfClosedFiles += rows.bytesRead();
            rows.close();
            rows = null;
        } else {
            bytesOfClosedFiles += input.bytesRead();
            input.content().close();
            input = null;
        }
        columns = null;
    }

    @Override
    public void close() {
        if (input != null || rows != null) {
            try {
                closeFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
