package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * {@link SecondRunIT} on PostgreSQL, where separate JVMs share the database: a second process of the
 * month meets the month lock the first holds in the database, while a run of another month bills in
 * parallel with it.
 */
class PostgresSecondRunIT extends SecondRunIT {

    @Override
    BillingState state() {
        return BillingState.postgres(work.resolve("state"));
    }

    @Override
    List<String> refusalOfTheSameMonth(long pid) {
        return List.of("2026-03 is being billed right now by pid " + pid + " on ", "billing 2026-03 from ",
                "wait for that run to finish.");
    }

    /** January bills in parallel with March, which holds its month meanwhile. */
    @Override
    void assertAnotherMonthMeanwhile(int exitCode, String err, long marchPid) throws Exception {
        assertThat(exitCode).as(err).isZero();
        assertMatchesGolden("walkthrough/2026-01");
        assertThat(work.resolve("out/2026-03")).as("March still being billed").doesNotExist();
    }
}
