package com.supportbilling.output;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Where a revision's outputs live: written in a hidden staging folder beside the published one, and
 * moved into {@code <output>/<YYYY-MM>/} all together when the run completes (R10).
 */
public record OutputFolders(Path output, YearMonth month, int revision) {

    public Path staging() {
        return output.resolve(".staging-" + month + "-R" + revision);
    }

    public Path published() {
        return output.resolve(month.toString());
    }

    public Path staged(OutputFile file) {
        return staging().resolve(file.fileName());
    }

    /** A working file in the staging folder that is not published as it is. */
    public Path part(StagedPart part) {
        return staging().resolve(part.fileName());
    }
}
