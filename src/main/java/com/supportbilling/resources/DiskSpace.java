package com.supportbilling.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Free space checked before a run writes, so that a full disk refuses it up front in one sentence. */
public final class DiskSpace {

    private DiskSpace() {
    }

    /**
     * Refuses when the file system of {@code folder} (or of its nearest existing parent) has less than
     * {@code needed} bytes free for {@code purpose} ("the month's staged outputs", …).
     */
    public static void require(Path folder, long needed, String purpose, String remedy) {
        Path existing = nearestExisting(folder.toAbsolutePath());
        long free;
        try {
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return;
        }
        if (free < needed) {
            throw new ResourceShortageException("The disk of " + folder.toAbsolutePath() + " has " + size(free)
                    + " free, and " + purpose + " needs about " + size(needed) + ": " + remedy);
        }
    }

    /** Whether {@code error} says that a disk is full (or the user's quota on it), as the JDK words it on Linux, macOS and Windows. */
    public static boolean isFull(IOException error) {
        String message = error.getMessage();
        return message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                || message.contains("There is not enough space on the disk"))
                || error.getClass().getSimpleName().equals("WriteFailedException");
    }

    /** "12.5 MB", for sentences. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }

    private static Path nearestExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path.getRoot() : existing;
    }
}
