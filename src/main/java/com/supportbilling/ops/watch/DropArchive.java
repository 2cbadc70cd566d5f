package com.supportbilling.ops.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where handled drops go: {@code <inbox>/processed/<name>-<timestamp>/} or
 * {@code <inbox>/failed/<name>-<timestamp>/}, each with its REPORT.txt. The report is written into
 * the drop first, then the drop is moved by one rename (the two folders are inside the inbox, on its
 * file system): a drop is in the inbox or in its new place, never half-moved. A crash between the two
 * leaves the drop in the inbox with its report, and the next watcher handles it again (D33).
 */
final class DropArchive {

    static final String PROCESSED = "processed";
    static final String FAILED = "failed";
    static final String REPORT = "REPORT.txt";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path inbox;

    DropArchive(Path inbox) {
        this.inbox = inbox;
    }

    /** Writes the report into the drop and moves it into {@code folder}; returns where it went. */
    Path file(Path drop, String folder, String report, LocalDateTime handledAt) throws IOException {
        Path part = drop.resolve("." + REPORT + ".part");
        Files.writeString(part, report, StandardCharsets.UTF_8);
        Files.move(part, drop.resolve(REPORT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path target = freeName(Files.createDirectories(inbox.resolve(folder)), drop.getFileName() + "-"
                + STAMP.format(handledAt));
        return Files.move(drop, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The same drop name handled twice in a second gets -2, -3, … */
    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(name + "-" + n);
        }
        return target;
    }
}
