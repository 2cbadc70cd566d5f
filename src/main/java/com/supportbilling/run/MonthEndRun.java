package com.supportbilling.run;

import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.job.BillingJobConfiguration;
import com.supportbilling.job.RunParameters;
import com.supportbilling.job.summary.RunSummary;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.ledger.RunRecord;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Bills one month, as the operator, cron and the file drop ask for it (R11): holds the month so that
 * no other run bills it at once, refuses a month already billed unless a rerun is asked for, starts
 * the job — or resumes it after a failure or a kill — and says how it ended.
 */
@Service
public class MonthEndRun {

    private static final Logger log = LoggerFactory.getLogger("com.supportbilling.run");

    private final JobOperator jobOperator;
    private final JobRepository repository;
    private final Job job;
    private final Ledger ledger;
    private final MonthLock lock;
    private final DryRun dryRun;
    private final RunningExecution running;
    private final Json json;

    public MonthEndRun(JobOperator jobOperator, JobRepository repository, Job monthEndBilling, Ledger ledger,
            MonthLock lock, DryRun dryRun, RunningExecution running, Json json) {
        this.jobOperator = jobOperator;
        this.repository = repository;
        this.job = monthEndBilling;
        this.ledger = ledger;
        this.lock = lock;
        this.dryRun = dryRun;
        this.running = running;
        this.json = json;
    }

    /**
     * Asks the run in progress to stop at its next commit (SIGTERM): its running step ends STOPPED at a
     * chunk boundary, nothing is published, and the same command resumes it. False when nothing runs.
     * (JobOperator.stop would also close the step's writers from this thread, under the running chunk.)
     */
    public boolean stop() {
        return running.current().map(execution -> {
            log.info("stopping the run of {} at its next commit", execution.getJobParameters().getString("billingMonth"));
            execution.getStepExecutions().stream().filter(step -> step.getStatus().isRunning())
                    .forEach(StepExecution::setTerminateOnly);
            return true;
        }).orElse(false);
    }

    public RunOutcome run(RunRequest request) {
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
        Optional<RunRecord> billed = ledger.latestCompleted(request.month());
        Optional<RunRecord> unfinished = ledger.unfinished(request.month());
        if (billed.isPresent() && !request.rerun()) {
            return RunOutcome.refused(ExitCode.ALREADY_BILLED, request.month() + " is already billed (revision "
                    + billed.get().revision() + ", completed " + billed.get().completedAt().withNano(0)
                    + "); its outputs are in " + Path.of(billed.get().outputFolder()).resolve(request.month().toString())
                    + ". Nothing was changed; " + unfinished.map(run -> "revision " + run.revision()
                            + " was started and did not finish: run again with --rerun to resume it.")
                            .orElse("use --rerun to bill it again as a new revision."));
        }
        int revision = unfinished.map(RunRecord::revision).orElse(billed.map(run -> run.revision() + 1).orElse(1));
        OutputFolders folders = new OutputFolders(request.output().toAbsolutePath(), request.month(), revision);
        if (billed.isEmpty() && unfinished.isEmpty() && Files.exists(folders.published())) {
            return RunOutcome.refused(ExitCode.ALREADY_BILLED, folders.published() + " already exists, but the state "
                    + "in use has no record of billing " + request.month() + ". Move that folder away, or point --state "
                    + "at the state that billed it.");
        }
        RunParameters parameters;
        try {
            input.export().ifPresent(export -> log.info("usage of {} from the {}", request.month(), export.describe()));
            input.unreadUsageLookalikes().ifPresent(log::warn);
            parameters = new RunParameters(request.month(), revision, input.fingerprint(),
                    request.input().toAbsolutePath(), request.output().toAbsolutePath(),
                    request.catalog() == null ? null : request.catalog().toAbsolutePath());
            if (request.dryRun()) {
                return dryRun.bill(parameters);
            }
        } catch (InputRefusedException e) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, e.getMessage());
        }
        return launch(parameters, folders);
    }

    private RunOutcome launch(RunParameters parameters, OutputFolders folders) {
        JobParameters jobParameters = parameters.toJobParameters();
        Instant start = Instant.now();
        log.info("run start: month {} revision {} from {}", parameters.month(), parameters.revision(),
                parameters.inputFolder());
        JobExecution execution;
        try {
            recoverAbandonedExecution(jobParameters);
            execution = jobOperator.start(job, jobParameters);
        } catch (Exception e) {
            log.error("run of {} could not start", parameters.month(), e);
            return RunOutcome.refused(ExitCode.FAILED, "Billing " + parameters.month() + " could not start: "
                    + e.getMessage() + ".");
        }
        log.info("run end: month {} revision {} {} in {} s", parameters.month(), parameters.revision(),
                execution.getStatus(), Duration.between(start, Instant.now()).toSeconds());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new RunOutcome(ExitCode.BILLED, "Billed " + parameters.month() + " (revision " + parameters.revision()
                    + "): outputs in " + folders.published() + ".", readSummary(folders), folders.published());
        }
        return failure(parameters, execution);
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

    private RunOutcome failure(RunParameters parameters, JobExecution execution) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return RunOutcome.refused(ExitCode.FAILED, "Billing " + parameters.month() + " was stopped before it "
                    + "finished. Nothing was published; run the same command again to resume.");
        }
        Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        InputRefusedException refused = find(cause, InputRefusedException.class);
        if (refused != null) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, refused.getMessage());
        }
        String reason = cause == null ? "it ended " + execution.getStatus() + "." : rootMessage(cause);
        return RunOutcome.refused(ExitCode.FAILED, "Billing " + parameters.month() + " failed: " + reason
                + " Nothing was published; run the same command again to resume.");
    }

    private RunSummary readSummary(OutputFolders folders) {
        try {
            return json.read(Files.readString(folders.published().resolve(OutputFile.SUMMARY.fileName())),
                    RunSummary.class);
        } catch (IOException e) {
            throw new IllegalStateException("the published summary cannot be read: " + e.getMessage(), e);
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.endsWith(".") ? message : message + ".";
    }
}
