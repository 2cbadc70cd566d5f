package com.supportbilling.job.reference;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.Rejection;
import com.supportbilling.output.CsvRows;
import com.supportbilling.output.OutputRows;
import com.supportbilling.output.StagedPart;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Reads and validates accounts.csv, subscriptions.csv, tax-rates.csv and the catalog (R1, R3, R8,
 * R10), and stages their rejected rows. Rewrites its part whole, so a rerun of the step is harmless.
 */
@Component
public class ReferenceIntake implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReferenceIntake.class);

    private final RunContext run;

    public ReferenceIntake(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var reference = run.reference();
        CsvRows rows = new CsvRows();
        try (BufferedWriter out = Files.newBufferedWriter(run.folders().part(StagedPart.REFERENCE_REJECTS),
                StandardCharsets.UTF_8)) {
            for (Rejection rejection : reference.rejections()) {
                out.write(rows.format(OutputRows.rejection(rejection)));
                out.write('\n');
            }
        }
        log.info("reference: {} accounts, {} with plan events, {} rows rejected", reference.accounts().size(),
                reference.timelines().size(), reference.rejections().size());
        return RepeatStatus.FINISHED;
    }
}
