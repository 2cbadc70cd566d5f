package com.supportbilling.job;

import com.supportbilling.application.RunParameters;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A run's parameters as the billing job's. A job instance is one attempt at one revision of one month
 * on one input: the month, the revision and the input's fingerprint identify it, so that the same
 * command after a failure resumes it, and changed input starts afresh (R11). No incrementer.
 */
public final class RunJobParameters {

    static final String MONTH = "billingMonth";
    static final String REVISION = "revision";
    static final String FINGERPRINT = "inputFingerprint";
    static final String INPUT = "inputFolder";
    static final String OUTPUT = "outputFolder";
    static final String CATALOG = "catalogFile";

    private RunJobParameters() {
    }

    public static JobParameters of(RunParameters run) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(MONTH, run.month().toString())
                .addLong(REVISION, (long) run.revision())
                .addString(FINGERPRINT, run.inputFingerprint())
                .addString(INPUT, run.inputFolder().toString(), false)
                .addString(OUTPUT, run.outputFolder().toString(), false);
        if (run.catalogFile() != null) {
            builder.addString(CATALOG, run.catalogFile().toString(), false);
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
