package com.supportbilling.output;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Where a revision's outputs live: written in a hidden staging folder beside the published one, and
 * moved into {@code <output>/<YYYY-MM>/} all together when the run completes (R10). A rerun's revision
 * takes that place and keeps the earlier ones in {@code <YYYY-MM>/revisions/R<n>/} (R11).
 */
public record OutputFolders(Path output, YearMonth month, int revision) {

    /** The folder inside a month's folder that keeps its earlier revisions. */
    public static final String REVISIONS = "revisions";

    public Path staging() {
        return output.resolve(".staging-" + month + "-R" + revision);
    }

    public Path published() {
        return output.resolve(month.toString());
    }

    /** Where revision {@code n} of the month is kept once a later revision is published (R11). */
    public Path archived(Path monthFolder, int n) {
        return monthFolder.resolve(REVISIONS).resolve("R" + n);
    }

    public Path staged(OutputFile file) {
        return staging().resolve(file.fileName());
    }

    /** A working file in the staging folder that is not published as it is. */
    public Path part(StagedPart part) {
        return staging().resolve(part.fileName());
    }
}
