package com.supportbilling.architecture.broken.job;

import com.supportbilling.architecture.broken.run.Launch;

/** Breaks "job does not use run, ops or cli". */
public class UsesRun {

    Launch launch;
}
