package com.supportbilling.partition.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.partition.PartitionState;
import com.supportbilling.partition.UsagePartition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** The sentence and exit code a failed partition leaves for the manager: a full disk is the machine's, exit 5 (D81, D94). */
class PartitionListenerTest {

    private final PartitionListener listener = new PartitionListener(null);

    @Test
    void aFullDiskIsAShortageOfTheMachine() {
        StepExecution partition = failed(new UncheckedIOException(new IOException("No space left on device")));
        assertThat(PartitionState.failureKind(partition.getExecutionContext())).isEqualTo(PartitionState.FailureKind.RESOURCES);
        assertThat(PartitionState.failure(partition.getExecutionContext())).contains("usage-2026-03.csv")
                .contains("found its disk full (No space left on device)").contains("free space");
    }

    @Test
    void anyOtherReadingFailureIsTheWorkers() {
        StepExecution partition = failed(new UncheckedIOException(new IOException("Connection reset")));
        assertThat(PartitionState.failureKind(partition.getExecutionContext())).isEqualTo(PartitionState.FailureKind.OTHER);
        assertThat(PartitionState.failure(partition.getExecutionContext())).contains("Connection reset");
    }

    private StepExecution failed(Throwable failure) {
        StepExecution partition = MetaDataInstanceFactory.createStepExecution();
        UsagePartition usage = new UsagePartition("usageIntakePartition:p1", 1, 3, 0, "usage-2026-03.csv",
                Path.of("in/usage-2026-03.csv"), 0, 1024, 1, false);
        usage.toContext().entrySet().forEach(entry -> partition.getExecutionContext().put(entry.getKey(), entry.getValue()));
        partition.setStartTime(LocalDateTime.now());
        partition.setStatus(BatchStatus.FAILED);
        partition.addFailureException(failure);
        listener.afterStep(partition);
        return partition;
    }
}
