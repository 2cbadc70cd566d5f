package com.supportbilling.application;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What one run bills: a month's revision from an input folder (identified by its fingerprint) into an
 * output folder, with an optional catalog file. The job keeps them as its parameters
 * ({@code job.RunJobParameters}); the dry run uses them as they are.
 */
public record RunParameters(YearMonth month, int revision, String inputFingerprint, Path inputFolder, Path outputFolder,
        Path catalogFile) {
}
