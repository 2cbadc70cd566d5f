package com.supportbilling.run;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What the operator asked: bill {@code month} from {@code input} into {@code output}; with
 * {@code rerun}, bill a completed month again as a new revision; with {@code dryRun}, compute and
 * report without writing or recording anything.
 */
public record RunRequest(YearMonth month, Path input, Path output, Path catalog, boolean rerun, boolean dryRun) {
}
