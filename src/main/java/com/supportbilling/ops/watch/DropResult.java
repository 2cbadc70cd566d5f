package com.supportbilling.ops.watch;

import com.supportbilling.run.ExitCode;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How billing a drop ended, and so where it goes.
 *
 * @param kind what the watcher does with the drop
 * @param exitCode what {@code run} would have exited with
 * @param sentence the run's one sentence
 * @param summary the run's human summary (billed only)
 * @param outputs the published month folder (billed only)
 */
record DropResult(Kind kind, ExitCode exitCode, String sentence, @Nullable String summary, @Nullable Path outputs) {

    enum Kind {
        /** Billed now: to processed/. */
        BILLED,
        /** Billed from this very folder by a watcher that stopped before moving it: to processed/, not billed again. */
        BILLED_BEFORE,
        /** Refused or failed: to failed/. */
        FAILED,
        /** Its month is being billed by another run, or the billing application is unavailable: stays, tried again later. */
        NOT_NOW
    }

    static DropResult notNow(String sentence) {
        return new DropResult(Kind.NOT_NOW, ExitCode.ALREADY_BILLED, sentence, null, null);
    }

    String folder() {
        return kind == Kind.FAILED ? DropArchive.FAILED : DropArchive.PROCESSED;
    }
}
