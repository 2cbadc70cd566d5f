package com.supportbilling.core.timeline;

import com.supportbilling.core.catalog.PlanCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan history of one account (R3): on BASIC before its first event, then on each event's plan
 * from its date until the next event's date, whole calendar days (R3). Events may arrive in any order.
 */
public final class PlanTimeline {

    private final List<PlanSpell> spells;

    private PlanTimeline(List<PlanSpell> spells) {
        this.spells = spells;
    }

    /** Builds the timeline; the caller has rejected events that share a date (R10 CONFLICTING_EVENTS). */
    public static PlanTimeline of(List<PlanEvent> events) {
        List<PlanEvent> sorted = events.stream().sorted(Comparator.comparing(PlanEvent::effectiveDate)).toList();
        List<PlanSpell> spells = new ArrayList<>();
        LocalDate start = LocalDate.MIN;
        PlanCode plan = PlanCode.BASIC;
        for (PlanEvent event : sorted) {
            if (event.effectiveDate().equals(start)) {
                throw new IllegalArgumentException("two events of " + event.account() + " on " + start);
            }
            spells.add(new PlanSpell(plan, new DayRange(start, event.effectiveDate())));
            start = event.effectiveDate();
            plan = event.plan();
        }
        spells.add(new PlanSpell(plan, DayRange.from(start)));
        return new PlanTimeline(List.copyOf(spells));
    }

    public static PlanTimeline alwaysBasic() {
        return of(List.of());
    }

    public PlanCode planOn(LocalDate day) {
        for (PlanSpell spell : spells) {
            if (spell.days().contains(day)) {
                return spell.plan();
            }
        }
        throw new IllegalStateException("no plan on " + day);
    }

    /**
     * The days of {@code window} whose plan differs from the day before's, in date order: only a spell's first
     * day can be one, and an event that repeats the plan is none.
     */
    public List<PlanChange> changesWithin(DayRange window) {
        List<PlanChange> changes = new ArrayList<>();
        for (int i = 1; i < spells.size(); i++) {
            PlanSpell before = spells.get(i - 1);
            PlanSpell spell = spells.get(i);
            if (window.contains(spell.days().start()) && !spell.plan().equals(before.plan())) {
                changes.add(new PlanChange(spell.days().start(), before.plan(), spell.plan()));
            }
        }
        return changes;
    }

    /** n(p): the days of {@code window} on {@code plan}. */
    public long daysOn(PlanCode plan, DayRange window) {
        return rangesOn(plan).stream().mapToLong(range -> range.daysWithin(window)).sum();
    }

    /** Every stretch of days on {@code plan}, in date order. */
    public List<DayRange> rangesOn(PlanCode plan) {
        return spells.stream().filter(spell -> spell.plan().equals(plan)).map(PlanSpell::days).toList();
    }

    /** The paid plans the account is on for at least one day of {@code window}, by code. */
    public Set<PlanCode> paidPlansWithin(DayRange window) {
        Set<PlanCode> plans = new TreeSet<>();
        for (PlanSpell spell : spells) {
            if (spell.plan().isPaid() && spell.days().intersect(window).isPresent()) {
                plans.add(spell.plan());
            }
        }
        return plans;
    }

    /** Paid periods (R7): maximal runs of consecutive paid spells. */
    public List<PaidPeriod> paidPeriods() {
        List<PaidPeriod> periods = new ArrayList<>();
        LocalDate start = null;
        PlanSpell last = null;
        for (PlanSpell spell : spells) {
            if (spell.plan().isPaid()) {
                if (start == null) {
                    start = spell.days().start();
                }
                last = spell;
            } else if (start != null) {
                periods.add(new PaidPeriod(new DayRange(start, spell.days().start()), last.plan()));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new PaidPeriod(new DayRange(start, last.days().end()), last.plan()));
        }
        return List.copyOf(periods);
    }
}
