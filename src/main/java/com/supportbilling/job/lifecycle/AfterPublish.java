package com.supportbilling.job.lifecycle;

import com.supportbilling.application.RunParameters;

/**
 * Tidying that a run leaves for after it has published: what, done sooner, would slow the run's own steps
 * (D153). It runs once the job has completed, and reports its own failures: the month is billed and published
 * whatever becomes of it.
 */
public interface AfterPublish {

    void tidy(RunParameters run);
}
