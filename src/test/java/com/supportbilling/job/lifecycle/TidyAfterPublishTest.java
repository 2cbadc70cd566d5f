package com.supportbilling.job.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.application.RunParameters;
import com.supportbilling.job.RunJobParameters;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The tidying waits for a completed run; a run that failed, stopped or is still going keeps what it made (D153). */
class TidyAfterPublishTest {

    private static final RunParameters RUN = new RunParameters(YearMonth.of(2026, 3), 2, "fingerprint", Path.of("in"),
            Path.of("out"), null);

    @ParameterizedTest
    @EnumSource(BatchStatus.class)
    void tidiesOnlyOnceTheRunHasCompleted(BatchStatus status) {
        List<RunParameters> tidied = new ArrayList<>();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("tidying", (AfterPublish) tidied::add);
        JobExecution execution = new JobExecution(1L, new JobInstance(1L, "monthEndBilling"), RunJobParameters.of(RUN));
        execution.setStatus(status);

        new TidyAfterPublish(beans.getBeanProvider(AfterPublish.class)).afterJob(execution);

        assertThat(tidied).isEqualTo(status == BatchStatus.COMPLETED ? List.of(RUN) : List.of());
    }
}
