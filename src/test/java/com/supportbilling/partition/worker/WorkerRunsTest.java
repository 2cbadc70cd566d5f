package com.supportbilling.partition.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.application.RunParameters;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.job.RunJobParameters;
import com.supportbilling.settings.BillingProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A worker reads and indexes a run's accounts once, for all of the run's partitions it takes (D144, D154). */
class WorkerRunsTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 3);

    @TempDir
    Path input;

    @Test
    void thePartitionsOfOneRunShareItsAccountIndexAndAnotherRunHasItsOwn() throws IOException {
        Files.writeString(input.resolve("accounts.csv"), """
                account_id,account_name,payer_account_id,country
                222222222222,Second,,DE
                111111111111,First,,US
                """);
        WorkerRuns runs = new WorkerRuns(properties());
        JobExecution run = job(1L);

        WorkerRuns.WorkerRun first = runs.of(run);
        Files.delete(input.resolve("accounts.csv")); // read once: a later partition of the run does not read it again
        WorkerRuns.WorkerRun later = runs.of(job(1L));

        assertThat(later).isSameAs(first);
        assertThat(later.accounts().size()).isEqualTo(2);
        assertThat(later.accounts().account(0)).as("numbered in the accounts' order, as the manager numbers them")
                .isEqualTo(new AccountId("111111111111"));
        Files.writeString(input.resolve("accounts.csv"), "account_id,account_name,payer_account_id,country\n"
                + "333333333333,Third,,GB\n");
        assertThat(runs.of(job(2L)).accounts().size()).as("another run reads its own accounts").isEqualTo(1);
    }

    private JobExecution job(long id) {
        RunParameters parameters = new RunParameters(MONTH, 1, "fingerprint", input, input.resolve("out"), null);
        return new JobExecution(id, new JobInstance(id, "monthEndBilling"), RunJobParameters.of(parameters));
    }

    private static BillingProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("billing", BillingProperties.class);
    }
}
