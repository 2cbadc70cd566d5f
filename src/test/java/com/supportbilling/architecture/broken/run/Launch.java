package com.supportbilling.architecture.broken.run;

/** The fixture's run. */
public class Launch {
}
