package com.supportbilling.core.timeline;

import com.supportbilling.core.catalog.PlanCode;

/** An unbroken stretch of days on one plan, from one event to the next. */
public record PlanSpell(PlanCode plan, DayRange days) {
}
