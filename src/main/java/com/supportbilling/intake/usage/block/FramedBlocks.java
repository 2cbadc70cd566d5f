package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.intake.usage.UsageFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;

/**
 * The blocks of the first reading of the month's usage files, read again where they lay, in file order
 * (D151): each block's bytes in one read at its offset, with no framing, so that the reading thread keeps
 * ahead of the workers that scan them.
 */
final class FramedBlocks implements UsageBlocks, AutoCloseable {

    private final List<UsageFile> files;
    private final Iterator<BlockFrame> frames;
    private FileChannel channel;
    private int open = -1;

    FramedBlocks(List<UsageFile> files, List<BlockFrame> frames) {
        this.files = List.copyOf(files);
        this.frames = List.copyOf(frames).iterator();
    }

    @Override
    public UsageBlock next() {
        if (!frames.hasNext()) {
            return null;
        }
        BlockFrame frame = frames.next();
        UsageFile file = files.get(frame.fileIndex());
        try {
            if (frame.fileIndex() != open) {
                close();
                channel = FileChannel.open(file.path(), StandardOpenOption.READ);
                open = frame.fileIndex();
            }
            ByteBuffer bytes = ByteBuffer.allocate(frame.length());
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, frame.offset() + bytes.position()) < 0) {
                    throw new InputRefusedException(file.name() + " ends at " + (frame.offset() + bytes.position())
                            + " bytes, before the rows read from it earlier in this run: it changed during the run.");
                }
            }
            return new UsageBlock(frame.fileIndex(), file.name(), frame.columns(), frame.firstLine(), bytes.array(),
                    frame.length(), frame.offset());
        } catch (IOException e) {
            throw new InputRefusedException("Cannot read " + file.name() + " again: " + e.getMessage() + ".", e);
        }
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            channel = null;
            open = -1;
        }
    }
}
