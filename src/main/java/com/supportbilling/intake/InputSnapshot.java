package com.supportbilling.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input file a run reads, as it was when the run began: its path, size and modification time.
 * Its fingerprint identifies the input (D15); compared again before publishing, it tells whether a
 * file changed under the run (D52).
 */
public record InputSnapshot(List<FileState> files) {

    public InputSnapshot {
        files = List.copyOf(files);
    }

    public record FileState(String path, long size, long modifiedMillis) {
    }

    /** The first 16 hex digits of a SHA-256 over every file's path, size and modification time. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (FileState file : files) {
                digest.update((file.path() + "|" + file.size() + "|" + file.modifiedMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per file, for the job's execution context. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        files.forEach(file -> text.append(file.size()).append('\t').append(file.modifiedMillis()).append('\t')
                .append(file.path()).append('\n'));
        return text.toString();
    }

    public static InputSnapshot fromText(String text) {
        List<FileState> files = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                String[] fields = line.split("\t", 3);
                files.add(new FileState(fields[2], Long.parseLong(fields[0]), Long.parseLong(fields[1])));
            }
        }
        return new InputSnapshot(files);
    }

    /** What changed from this snapshot to {@code now}, one phrase per file; empty when nothing did. */
    public List<String> changesTo(InputSnapshot now) {
        Map<String, FileState> after = new LinkedHashMap<>();
        now.files().forEach(file -> after.put(file.path(), file));
        List<String> changes = new ArrayList<>();
        for (FileState before : files) {
            FileState file = after.remove(before.path());
            if (file == null) {
                changes.add(before.path() + " was removed");
            } else if (file.size() != before.size()) {
                changes.add(before.path() + " changed size from " + before.size() + " to " + file.size() + " bytes");
            } else if (file.modifiedMillis() != before.modifiedMillis()) {
                changes.add(before.path() + " was modified at " + Instant.ofEpochMilli(file.modifiedMillis()));
            }
        }
        after.keySet().forEach(path -> changes.add(path + " was added"));
        return changes;
    }
}
