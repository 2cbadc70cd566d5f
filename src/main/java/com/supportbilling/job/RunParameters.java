package com.supportbilling.job;

import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The billing job's parameters. A job instance is one attempt at one revision of one month on one
 * input: the month, the revision and the input's fingerprint identify it, so that the same command
 * after a failure resumes it, and changed input starts afresh (R11). No incrementer.
 */
public record RunParameters(YearMonth month, int revision, String inputFingerprint, Path inputFolder, Path outputFolder,
        Path catalogFile) {

    static final String MONTH = "billingMonth";
    static final String REVISION = "revision";
    static final String FINGERPRINT = "inputFingerprint";
    static final String INPUT = "inputFolder";
    static final String OUTPUT = "outputFolder";
    static final String CATALOG = "catalogFile";

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(MONTH, month.toString())
                .addLong(REVISION, (long) revision)
                .addString(FINGERPRINT, inputFingerprint)
                .addString(INPUT, inputFolder.toString(), false)
                .addString(OUTPUT, outputFolder.toString(), false);
        if (catalogFile != null) {
            builder.addString(CATALOG, catalogFile.toString(), false);
        }
        return builder.toJobParameters();
    }

    public static RunParameters from(JobParameters parameters) {
        String catalog = parameters.getString(CATALOG);
        return new RunParameters(YearMonth.parse(parameters.getString(MONTH)),
                parameters.getLong(REVISION).intValue(), parameters.getString(FINGERPRINT),
                Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)),
                catalog == null ? null : Path.of(catalog));
    }
}
