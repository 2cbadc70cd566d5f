package com.supportbilling.run;

import com.supportbilling.application.RunParameters;
import com.supportbilling.application.RunSummary;
import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.job.BillingJobConfiguration;
import com.supportbilling.job.RunJobParameters;
import com.supportbilling.job.lifecycle.RunningExecution;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.ledger.RunRecord;
import com.supportbilling.logging.OperatorLog;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.output.OutputLock;
import com.supportbilling.resources.ResourceShortageException;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.state.DatabaseNames;
import com.supportbilling.state.StateDurability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Bills one month, as the operator, cron and the file drop ask for it (R11): holds the month so that
 * no other run bills it at once, refuses a month already billed unless a rerun is asked for, and a
 * month whose next month is billed already (D48), holds the month's output folder (D49), starts the
 * job — or resumes it after a failure or a kill — and says how it ended, in one sentence with its exit
 * code.
 */
@Service
public class MonthEndRun {

    private static final Logger log = OperatorLog.get();
    private static final Logger details = LoggerFactory.getLogger(MonthEndRun.class);

    private final JobOperator jobOperator;
    private final JobRepository repository;
    private final Job job;
    private final Ledger ledger;
    private final MonthLock lock;
    private final DryRun dryRun;
    private final RunningExecution running;
    private final Json json;
    private final StateDurability durability;
    private final BillingProperties properties;
    private final String databaseUrl;
    private volatile boolean stopRequested;

    public MonthEndRun(JobOperator jobOperator, JobRepository repository, Job monthEndBilling, Ledger ledger,
            MonthLock lock, DryRun dryRun, RunningExecution running, Json json, StateDurability durability,
            BillingProperties properties, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jobOperator = jobOperator;
        this.repository = repository;
        this.job = monthEndBilling;
        this.ledger = ledger;
        this.lock = lock;
        this.dryRun = dryRun;
        this.running = running;
        this.json = json;
        this.durability = durability;
        this.properties = properties;
        this.databaseUrl = databaseUrl;
    }

    /**
     * Asks the run to stop (SIGTERM, Ctrl-C): a run not started yet does not start, a running step ends
     * STOPPED at its next commit and no further step starts, so nothing is published and the same
     * command resumes it (D50). A run already publishing finishes.
     */
    public void stop() {
        stopRequested = true;
        running.requestStop();
    }

    public RunOutcome run(RunRequest request) {
        if (stopRequested) {
            return stoppedBeforeStart(request.month());
        }
        InputFolder input = new InputFolder(request.input(), request.catalog(), request.month());
        try {
            input.check();
        } catch (InputRefusedException e) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, e.getMessage());
        }
        if (request.dryRun()) {
            return plan(request, input);
        }
        Optional<MonthLock.Held> held = lock.acquire(request.month(), "billing " + request.month() + " from "
                + request.input().toAbsolutePath());
        if (held.isEmpty()) {
            return RunOutcome.refused(ExitCode.ALREADY_BILLED, lock.holder(request.month())
                    .map(holder -> request.month() + " is being billed right now by " + holder.holder() + " since "
                            + holder.acquiredAt().withNano(0) + "; wait for that run to finish.")
                    .orElse(request.month() + " is being billed right now by another run; wait for it to finish."));
        }
        try (MonthLock.Held month = held.get()) {
            return plan(request, input);
        }
    }

    /** Decides the revision to bill and bills it, for real or as a dry run. */
    private RunOutcome plan(RunRequest request, InputFolder input) {
        YearMonth month = request.month();
        Optional<RunRecord> billed = ledger.latestCompleted(month);
        Optional<RunRecord> unfinished = ledger.unfinished(month);
        if (billed.isPresent() && !request.rerun()) {
            return RunOutcome.refused(ExitCode.ALREADY_BILLED, alreadyBilled(month, billed.get(), unfinished));
        }
        Optional<RunRecord> next = ledger.latestCompleted(month.plusMonths(1)).or(() -> ledger.unfinished(month.plusMonths(1)));
        if (billed.isEmpty() && next.isPresent() && !request.rerun()) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, "Refused to bill " + month + ": " + month.plusMonths(1)
                    + ", the month after it, is already billed on this state without the advance " + month
                    + " bills for it, so billing " + month + " now would charge that advance twice. Nothing was "
                    + "changed. Bill " + month + " with --rerun (its first revision), then bill " + month.plusMonths(1)
                    + " again with --rerun: its corrections.csv credits the minimums it charged in full.");
        }
        int revision = unfinished.map(RunRecord::revision).orElse(billed.map(run -> run.revision() + 1).orElse(1));
        OutputFolders folders = new OutputFolders(request.output().toAbsolutePath(), month, revision);
        if (billed.isEmpty() && unfinished.isEmpty() && Files.exists(folders.published())) {
            return RunOutcome.refused(ExitCode.ALREADY_BILLED, folders.published() + " already exists, but the state "
                    + "in use has no record of billing " + month + ". Move that folder away, or point --state "
                    + "at the state that billed it.");
        }
        RunParameters parameters;
        try {
            input.export().ifPresent(export -> log.info("usage of {} from the {}", month, export.describe()));
            input.unreadUsageLookalikes().ifPresent(log::warn);
            parameters = new RunParameters(month, revision, input.fingerprint(), request.input().toAbsolutePath(),
                    request.output().toAbsolutePath(), request.catalog() == null ? null : request.catalog().toAbsolutePath());
            if (request.dryRun()) {
                return dryRun.bill(parameters);
            }
            SpaceCheck.outputs(folders.output(), input, properties.diskHeadroom().toBytes());
            if (isEmbedded()) {
                SpaceCheck.embeddedState(properties.stateDir(), properties.diskHeadroom().toBytes());
            }
        } catch (InputRefusedException e) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, e.getMessage());
        } catch (ResourceShortageException e) {
            return RunOutcome.failed(ExitCode.NEEDS_RESOURCES, e.getMessage());
        }
        OutputLock.Taken output;
        try {
            output = OutputLock.take(folders.output(), month, "billing " + month + " revision " + revision
                    + " with the state " + (isEmbedded() ? properties.stateDir().toAbsolutePath() : database()));
        } catch (IOException e) {
            return failures(parameters).of(e);
        }
        if (output.lock().isEmpty()) {
            return RunOutcome.refused(ExitCode.ALREADY_BILLED, "The output folder " + folders.output() + " is being "
                    + "written for " + month + " by " + output.holder() + ". Nothing was changed; wait for that run, "
                    + "and bill the months of one output folder from one state.");
        }
        try (OutputLock held = output.lock().get()) {
            return launch(parameters, folders);
        } catch (IOException e) {
            details.warn("the output lock of {} could not be let go", month, e);
            return RunOutcome.failed(ExitCode.FAILED, "The output lock of " + month + " in " + folders.output()
                    + " could not be let go: " + e.getMessage());
        }
    }

    private String alreadyBilled(YearMonth month, RunRecord billed, Optional<RunRecord> unfinished) {
        Path outputs = Path.of(billed.outputFolder()).resolve(month.toString());
        String where = Files.isDirectory(outputs) ? "its outputs are in " + outputs
                : "its outputs were published in " + outputs + ", which no longer exists";
        return month + " is already billed (revision " + billed.revision() + ", completed "
                + billed.completedAt().withNano(0) + "); " + where + ". Nothing was changed; "
                + unfinished.map(run -> "revision " + run.revision()
                        + " was started and did not finish: run again with --rerun to resume it.")
                        .orElse("use --rerun to bill it again as a new revision.");
    }

    private RunOutcome launch(RunParameters parameters, OutputFolders folders) {
        if (stopRequested) {
            return stoppedBeforeStart(parameters.month());
        }
        JobParameters jobParameters = RunJobParameters.of(parameters);
        Instant start = Instant.now();
        log.info("run start: month {} revision {} from {}", parameters.month(), parameters.revision(),
                parameters.inputFolder());
        JobExecution execution;
        try {
            recoverAbandonedExecution(jobParameters);
            execution = jobOperator.start(job, jobParameters);
        } catch (Exception e) {
            details.error("the run of {} ended in an error", parameters.month(), e);
            return failures(parameters).of(e);
        }
        log.info("run end: month {} revision {} {} in {} s", parameters.month(), parameters.revision(),
                execution.getStatus(), Duration.between(start, Instant.now()).toSeconds());
        if (execution.getStatus() == BatchStatus.COMPLETED || isPublished(parameters)) {
            try {
                durability.secure("Its outputs were published in " + folders.published() + ", but the ledger does "
                        + "not know it yet; the same command, once there is space, records them without billing "
                        + parameters.month() + " again.");
            } catch (ResourceShortageException e) {
                details.error("the run of {} completed, but the state could not be made durable", parameters.month(), e);
                return RunOutcome.failed(ExitCode.NEEDS_RESOURCES, e.getMessage());
            }
            return RunOutcome.billed("Billed " + parameters.month() + " (revision " + parameters.revision()
                    + "): outputs in " + folders.published() + ".", readSummary(folders), folders.published());
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return RunOutcome.stopped("Billing " + parameters.month() + " was stopped before it "
                    + "finished. Nothing was published; run the same command again to resume.");
        }
        Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (cause == null) {
            return RunOutcome.failed(ExitCode.FAILED, "Billing " + parameters.month() + " ended "
                    + execution.getStatus() + ". Nothing was published; run the same command again to resume.");
        }
        return failures(parameters).of(cause);
    }

    /** The revision was published and recorded, whatever the job's status says (a stop during publishing). */
    private boolean isPublished(RunParameters parameters) {
        return ledger.latestCompleted(parameters.month()).filter(run -> run.revision() == parameters.revision()).isPresent();
    }

    private RunOutcome stoppedBeforeStart(YearMonth month) {
        return RunOutcome.stopped("Billing " + month + " was stopped before it started. Nothing "
                + "was billed or published; run the same command again to bill it.");
    }

    /**
     * A run killed mid-way leaves its execution marked running. This process holds the month, so no
     * one is running it: mark it failed, so that it restarts.
     */
    private void recoverAbandonedExecution(JobParameters jobParameters) {
        JobExecution last = repository.getLastJobExecution(BillingJobConfiguration.JOB_NAME, jobParameters);
        if (last != null && last.isRunning()) {
            log.warn("execution {} of this run was left running by a process that stopped; resuming it", last.getId());
            jobOperator.recover(last);
        }
    }

    private RunFailures failures(RunParameters parameters) {
        return new RunFailures(parameters.month(), database(),
                isEmbedded() ? List.of(parameters.outputFolder(), properties.stateDir()) : List.of(parameters.outputFolder()));
    }

    private boolean isEmbedded() {
        return databaseUrl.isEmpty() || databaseUrl.startsWith("jdbc:hsqldb:file:");
    }

    private String database() {
        return DatabaseNames.describe(databaseUrl, properties.stateDir());
    }

    private RunSummary readSummary(OutputFolders folders) {
        try {
            return json.read(Files.readString(folders.published().resolve(OutputFile.SUMMARY.fileName())),
                    RunSummary.class);
        } catch (IOException e) {
            throw new IllegalStateException("the published summary cannot be read: " + e.getMessage(), e);
        }
    }
}
