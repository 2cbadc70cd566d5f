package com.supportbilling.ledger;

import java.time.LocalDateTime;
import java.time.YearMonth;

/** A revision of a month as the ledger knows it. */
public record RunRecord(YearMonth month, int revision, RunStatus status, Long jobInstanceId, String inputFolder,
        String outputFolder, LocalDateTime startedAt, LocalDateTime completedAt) {
}
