package com.supportbilling.architecture.broken.intake;

import com.supportbilling.architecture.broken.job.Step;

/** Breaks "intake, ledger and output do not use job, run, ops or cli". */
public class UsesJob {

    Step step;
}
