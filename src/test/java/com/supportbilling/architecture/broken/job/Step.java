package com.supportbilling.architecture.broken.job;

/** A step of the fixture's job. */
public class Step {
}
