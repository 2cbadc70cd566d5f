package com.supportbilling.job.usage;

/** How far the reading of the month's usage files is: for progress and the time left. */
public interface UsageReading {

    long bytesRead();

    long totalBytes();
}
