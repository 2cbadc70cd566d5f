package com.supportbilling.core.timeline;

import com.supportbilling.core.catalog.PlanCode;
import java.time.LocalDate;

/** A day whose plan differs from the day before's (R3). */
public record PlanChange(LocalDate date, PlanCode from, PlanCode to) {
}
