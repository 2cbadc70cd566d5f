package com.supportbilling.ops.watch;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.integration.file.filters.FileListFilter;

/**
 * Keeps the drops among the inbox's entries: folders whose name holds a month. Anything else —
 * loose files, folders without a month — is not read, not moved, and reported once, in one line.
 * The inbox's own processed/ and failed/ are passed over in silence.
 */
final class DropFilter implements FileListFilter<File> {

    static final Set<String> OWN_FOLDERS = Set.of(DropArchive.PROCESSED, DropArchive.FAILED);

    private static final Logger log = WatchLog.LOG;

    private final Set<String> reported = new HashSet<>();

    @Override
    public synchronized List<File> filterFiles(File @Nullable [] files) {
        if (files == null) {
            return List.of();
        }
        List<File> drops = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (File file : files) {
            String name = file.getName();
            present.add(name);
            if (OWN_FOLDERS.contains(name)) {
                continue;
            }
            if (file.isDirectory() && DropName.monthOf(name).isPresent()) {
                drops.add(file);
            } else if (reported.add(name)) {
                log.warn("inbox: leaving {} {} alone: {}; a drop is a folder whose name holds its month (2026-03, "
                        + "acme-2026-03)", file.isDirectory() ? "the folder" : "the file", name,
                        file.isDirectory() ? DropName.whyNot(name) : "loose files are not drops");
            }
        }
        // an entry removed and put back is reported again
        reported.retainAll(present);
        return drops;
    }
}
