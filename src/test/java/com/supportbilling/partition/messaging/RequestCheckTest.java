package com.supportbilling.partition.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.ObjectMessage;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.EmptyResultDataAccessException;

/** D92: what a worker executes from the queue, and what it refuses before anything runs. */
class RequestCheckTest {

    private final JobRepository repository = mock(JobRepository.class);
    private final RequestCheck check = new RequestCheck(repository);

    @Test
    void aRequestForAWaitingPartitionOfARunningJobIsExecuted() throws Exception {
        StepExecution partition = partition(12, 34, "usageIntakePartition:p0001", BatchStatus.STARTING, BatchStatus.STARTED);
        when(repository.getStepExecution(34)).thenReturn(partition);
        StepExecutionRequest request = check.check(text(new PartitionRequest("monthEndBilling", 12,
                "usageIntakePartition", 34).toJson(), false));
        assertThat(request.getStepExecutionId()).isEqualTo(34);
        assertThat(request.getStepName()).isEqualTo("usageIntakePartition");
    }

    @Test
    void aPartitionOfADeadWorkerIsTakenOverOnlyWhenTheBrokerDeliversItAgain() throws Exception {
        StepExecution partition = partition(12, 34, "usageIntakePartition:p0001", BatchStatus.STARTED, BatchStatus.STARTED);
        when(repository.getStepExecution(34)).thenReturn(partition);
        String json = new PartitionRequest("monthEndBilling", 12, "usageIntakePartition", 34).toJson();
        assertThat(check.check(text(json, true)).getStepExecutionId()).isEqualTo(34);
        assertThatThrownBy(() -> check.check(text(json, false))).isInstanceOf(RequestCheck.Refused.class)
                .hasMessage("usageIntakePartition:p0001 is STARTED, taken by another worker");
    }

    @Test
    void whatIsNotAPartitionOfARunningJobIsRefused() throws Exception {
        when(repository.getStepExecution(987654321)).thenThrow(new EmptyResultDataAccessException(1));
        assertRefused(text(new PartitionRequest("monthEndBilling", 1, "usageIntakePartition", 987654321).toJson(), false),
                "the job repository has no step execution 987654321");
        when(repository.getStepExecution(35)).thenReturn(partition(12, 35, "invoicing", BatchStatus.STARTED,
                BatchStatus.STARTED));
        assertRefused(text(new PartitionRequest("monthEndBilling", 12, "usageIntakePartition", 35).toJson(), false),
                "step execution 35 is invoicing of job execution 12, not a usage partition of job execution 12");
        when(repository.getStepExecution(36)).thenReturn(partition(12, 36, "usageIntakePartition:p0002",
                BatchStatus.STARTING, BatchStatus.FAILED));
        assertRefused(text(new PartitionRequest("monthEndBilling", 12, "usageIntakePartition", 36).toJson(), false),
                "its run, job execution 12, has ended FAILED");
        assertRefused(text(new PartitionRequest("otherJob", 12, "usageIntakePartition", 36).toJson(), false),
                "it is for the job otherJob, not monthEndBilling");
        assertRefused(text("{\"rm\":1}", false), "its type is not support-billing/usage-partition-request");
        assertRefused(mock(ObjectMessage.class), "it is not a text message");
    }

    private void assertRefused(jakarta.jms.Message message, String reason) {
        assertThatThrownBy(() -> check.check(message)).isInstanceOf(RequestCheck.Refused.class).hasMessageContaining(reason);
    }

    private static TextMessage text(String body, boolean redelivered) throws Exception {
        TextMessage message = mock(TextMessage.class);
        when(message.getText()).thenReturn(body);
        when(message.getJMSRedelivered()).thenReturn(redelivered);
        return message;
    }

    private static StepExecution partition(long jobExecutionId, long id, String name, BatchStatus status,
            BatchStatus jobStatus) {
        JobExecution job = new JobExecution(jobExecutionId, new JobInstance(1L, "monthEndBilling"), new JobParameters());
        job.setStatus(jobStatus);
        StepExecution step = new StepExecution(id, name, job);
        step.setStatus(status);
        return step;
    }
}
