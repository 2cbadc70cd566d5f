package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.UsageLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Reads bytes {@code [start, end)} of a plain CSV usage file as blocks of whole records, as
 * {@link UsageBlockReader} frames them, for one partition of a month read on a worker (D91): {@code start}
 * and {@code end} are record boundaries and {@code start} is on physical line {@code firstLine}, both found
 * by the manager with the same framer, so the rows, their lines and their positions are those the local
 * intake reads. The file's layout comes from its header, read first.
 */
public final class UsageRangeReader implements UsageBlocks, AutoCloseable {

    private final int fileIndex;
    private final UsageFile file;
    private final int blockSize;
    private final long end;
    private final FileChannel channel;
    private UsageLayout.Columns columns;
    private long offset;
    private long line;
    private byte[] carried;
    private int carriedLength;
    /** Where {@code carried[0]} lies in the file. */
    private long carriedOffset;

    public UsageRangeReader(int fileIndex, UsageFile file, long start, long end, long firstLine, int blockSize) {
        this.fileIndex = fileIndex;
        this.file = file;
        this.blockSize = blockSize;
        this.end = end;
        this.offset = start;
        this.carriedOffset = start;
        this.line = firstLine;
        this.carried = new byte[blockSize];
        try {
            this.channel = FileChannel.open(file.path(), StandardOpenOption.READ);
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read " + file.name() + ": " + e.getMessage() + ".", e);
        }
    }

    @Override
    public UsageBlock next() {
        try {
            if (columns == null) {
                columns = layout();
            }
            fill(Math.max(blockSize, carriedLength));
            if (carriedLength == 0) {
                return null;
            }
            boolean ended = offset == end;
            RecordFramer framer = new RecordFramer(0);
            framer.scan(carried, carriedLength, ended, false);
            while (framer.boundary() == 0 && !ended) {
                fill(carried.length * 2);
                ended = offset == end;
                framer.scan(carried, carriedLength, ended, false);
            }
            byte[] bytes = carried;
            int length = framer.boundary();
            UsageBlock block = new UsageBlock(fileIndex, file.name(), columns, line, bytes, length, carriedOffset);
            line += framer.linesAtBoundary();
            carriedOffset += length;
            carried = new byte[Math.max(blockSize, carriedLength - length)];
            System.arraycopy(bytes, length, carried, 0, carriedLength - length);
            carriedLength -= length;
            return block;
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read " + file.name() + ": " + e.getMessage() + ".", e);
        }
    }

    /** The file's layout, from its header, as the local intake reads it. */
    private UsageLayout.Columns layout() {
        try (UsageBlockReader header = new UsageBlockReader(List.of(file), blockSize)) {
            UsageBlock first = header.next();
            if (first == null) {
                throw new InputRefusedException(file.name() + " has no rows, though its partition has bytes: it "
                        + "changed during the run.");
            }
            return first.columns();
        }
    }

    /** Reads until {@code capacity} bytes are carried or the range ends, growing the buffer as needed. */
    private void fill(int capacity) throws IOException {
        if (carried.length < capacity) {
            carried = Arrays.copyOf(carried, capacity);
        }
        while (offset < end && carriedLength < capacity) {
            int want = (int) Math.min(capacity - carriedLength, end - offset);
            int n = channel.read(ByteBuffer.wrap(carried, carriedLength, want), offset);
            if (n < 0) {
                throw new InputRefusedException(file.name() + " ends at " + offset + " bytes, before the end of its "
                        + "partition at " + end + ": it changed during the run.");
            }
            carriedLength += n;
            offset += n;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
