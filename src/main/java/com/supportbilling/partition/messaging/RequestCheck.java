package com.supportbilling.partition.messaging;

import com.supportbilling.job.BillingJobConfiguration;
import com.supportbilling.settings.PartitionRoles;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Decides whether a message from the queue is a partition request this worker may execute (D92), before
 * anything runs: a JSON text message of our type and version, for the billing job and the partition step,
 * naming a step execution that the job repository has, of that job execution, whose run is still going
 * and which no worker is executing — or which a worker that died was executing: the broker then
 * delivers it again, marked redelivered, and this worker takes it over.
 */
public final class RequestCheck {

    private final JobRepository repository;

    public RequestCheck(JobRepository repository) {
        this.repository = repository;
    }

    /**
     * The request to execute.
     *
     * @throws Refused saying why the message is not executed
     */
    public StepExecutionRequest check(Message message) {
        PartitionRequest request;
        try {
            if (!(message instanceof TextMessage text)) {
                throw new Refused("it is not a text message (" + kind(message) + ")");
            }
            request = PartitionRequest.fromJson(text.getText());
        } catch (PartitionRequest.NotARequest e) {
            throw new Refused(e.getMessage());
        } catch (JMSException e) {
            throw new Refused("it cannot be read: " + e.getMessage());
        }
        if (!request.job().equals(BillingJobConfiguration.JOB_NAME)) {
            throw new Refused("it is for the job " + request.job() + ", not " + BillingJobConfiguration.JOB_NAME);
        }
        if (!request.step().equals(PartitionRoles.WORKER_STEP)) {
            throw new Refused("it is for the step " + request.step() + ", not " + PartitionRoles.WORKER_STEP);
        }
        StepExecution step = stepExecution(request.stepExecutionId());
        if (step == null) {
            throw new Refused("the job repository has no step execution " + request.stepExecutionId());
        }
        JobExecution job = step.getJobExecution();
        if (job.getId() != request.jobExecutionId()
                || !job.getJobInstance().getJobName().equals(BillingJobConfiguration.JOB_NAME)
                || !step.getStepName().startsWith(PartitionRoles.WORKER_STEP + ":")) {
            throw new Refused("step execution " + step.getId() + " is " + step.getStepName() + " of job execution "
                    + job.getId() + ", not a usage partition of job execution " + request.jobExecutionId());
        }
        if (!job.isRunning()) {
            throw new Refused("its run, job execution " + job.getId() + ", has ended " + job.getStatus());
        }
        BatchStatus status = step.getStatus();
        boolean redelivered = redelivered(message);
        if (status != BatchStatus.STARTING && !(status == BatchStatus.STARTED && redelivered)) {
            throw new Refused(step.getStepName() + " is " + status
                    + (status == BatchStatus.STARTED ? ", taken by another worker" : ""));
        }
        return new StepExecutionRequest(request.step(), request.stepExecutionId());
    }

    /** The step execution, or null when the job repository has none of that id (its DAO then throws). */
    private StepExecution stepExecution(long id) {
        try {
            return repository.getStepExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            return false;
        }
    }

    private static String kind(Message message) {
        return message == null ? "nothing" : message.getClass().getSimpleName();
    }

    /** A message that is not executed, and why. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }
}
