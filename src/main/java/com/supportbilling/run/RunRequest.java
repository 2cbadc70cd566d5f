package com.supportbilling.run;

import java.nio.file.Path;
import java.time.YearMonth;

/** What the operator asked: bill {@code month} from {@code input} into {@code output}. */
public record RunRequest(YearMonth month, Path input, Path output, Path catalog) {
}
