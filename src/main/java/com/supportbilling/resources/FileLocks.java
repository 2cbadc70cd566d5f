package com.supportbilling.resources;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;

/** An OS file lock taken without waiting, the same way for the state folder and the output folder. */
public final class FileLocks {

    private FileLocks() {
    }

    /**
     * The channel's lock, or null when another process holds it, or this JVM does through another channel
     * (which the JDK reports by an exception rather than by null).
     */
    public static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }
}
