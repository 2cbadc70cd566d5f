package com.supportbilling.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R3: BASIC before the first event; each event's plan from its date until the next one. */
class PlanTimelineTest {

    private static final AccountId ACCOUNT = new AccountId("000000000042");

    /** Events as "date plan" pairs, e.g. "2026-03-16 BUSINESS". */
    static PlanTimeline timeline(String... events) {
        List<PlanEvent> list = new ArrayList<>();
        for (String event : events) {
            String[] parts = event.split(" ");
            list.add(new PlanEvent(ACCOUNT, LocalDate.parse(parts[0]), new PlanCode(parts[1])));
        }
        return PlanTimeline.of(list);
    }

    @ParameterizedTest(name = "{0}: {1} in {2} → {3} days")
    @CsvSource(delimiter = '|', value = {
            // the seed: Developer from March 25 → 7 days, the start day included
            "2026-03-25 DEVELOPER | DEVELOPER | 2026-03 | 7",
            // upgrade on March 16: 15 days Developer, 16 Business
            "2026-02-01 DEVELOPER;2026-03-16 BUSINESS | DEVELOPER | 2026-03 | 15",
            "2026-02-01 DEVELOPER;2026-03-16 BUSINESS | BUSINESS | 2026-03 | 16",
            // events in any order
            "2026-03-16 BUSINESS;2026-02-01 DEVELOPER | DEVELOPER | 2026-03 | 15",
            // day 1 and last day
            "2026-03-01 DEVELOPER | DEVELOPER | 2026-03 | 31",
            "2026-03-31 DEVELOPER | DEVELOPER | 2026-03 | 1",
            "2026-01-01 DEVELOPER;2026-03-31 BASIC | DEVELOPER | 2026-03 | 30",
            "2026-01-01 DEVELOPER;2026-04-01 BASIC | DEVELOPER | 2026-03 | 31",
            // 28-, 29- and 30-day months
            "2026-01-01 BUSINESS | BUSINESS | 2026-02 | 28",
            "2028-01-01 BUSINESS | BUSINESS | 2028-02 | 29",
            "2026-01-01 BUSINESS | BUSINESS | 2026-04 | 30",
            "2028-02-29 BUSINESS | BUSINESS | 2028-02 | 1",
            // before the first event the account is on BASIC
            "2026-03-10 DEVELOPER | BASIC | 2026-03 | 9",
            "2026-05-01 DEVELOPER | DEVELOPER | 2026-03 | 0",
            // a plan left and taken again within the month
            "2026-03-01 DEVELOPER;2026-03-10 BASIC;2026-03-20 DEVELOPER | DEVELOPER | 2026-03 | 21"})
    void daysOnAPlan(String events, String plan, String month, long days) {
        PlanTimeline timeline = timeline(events.strip().split(";"));
        assertThat(timeline.daysOn(new PlanCode(plan), DayRange.of(YearMonth.parse(month)))).isEqualTo(days);
    }

    @Test
    void planOnADayStartsAtItsEffectiveDate() {
        PlanTimeline timeline = timeline("2026-02-01 DEVELOPER", "2026-03-16 BUSINESS");
        assertThat(timeline.planOn(LocalDate.of(2026, 1, 31))).isEqualTo(PlanCode.BASIC);
        assertThat(timeline.planOn(LocalDate.of(2026, 2, 1))).isEqualTo(new PlanCode("DEVELOPER"));
        assertThat(timeline.planOn(LocalDate.of(2026, 3, 15))).isEqualTo(new PlanCode("DEVELOPER"));
        assertThat(timeline.planOn(LocalDate.of(2026, 3, 16))).isEqualTo(new PlanCode("BUSINESS"));
        assertThat(timeline.planOn(LocalDate.of(2099, 1, 1))).isEqualTo(new PlanCode("BUSINESS"));
    }

    @Test
    void paidPlansWithinAMonthAreSortedAndExcludeBasic() {
        PlanTimeline timeline = timeline("2026-02-01 DEVELOPER", "2026-03-16 BUSINESS", "2026-03-20 BASIC");
        assertThat(timeline.paidPlansWithin(DayRange.of(YearMonth.of(2026, 3))))
                .containsExactly(new PlanCode("BUSINESS"), new PlanCode("DEVELOPER"));
        assertThat(timeline.paidPlansWithin(DayRange.of(YearMonth.of(2026, 4)))).isEmpty();
    }

    @Test
    void aPaidPeriodRunsFromRegistrationToCancellationAcrossPlanChanges() {
        PlanTimeline timeline = timeline("2026-03-10 DEVELOPER", "2026-03-20 BUSINESS", "2026-04-02 BASIC",
                "2026-06-01 ENTERPRISE");
        assertThat(timeline.paidPeriods()).containsExactly(
                new PaidPeriod(new DayRange(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 2)), new PlanCode("BUSINESS")),
                new PaidPeriod(DayRange.from(LocalDate.of(2026, 6, 1)), new PlanCode("ENTERPRISE")));
        PaidPeriod first = timeline.paidPeriods().get(0);
        assertThat(first.length()).isEqualTo(23);
        assertThat(first.endsIn(YearMonth.of(2026, 4))).isTrue();
        assertThat(first.endsIn(YearMonth.of(2026, 3))).isFalse();
        assertThat(timeline.paidPeriods().get(1).hasEnded()).isFalse();
    }

    @Test
    void aCancellationOnTheFirstIsSettledByThePreviousMonth() {
        PaidPeriod period = timeline("2026-03-20 DEVELOPER", "2026-04-01 BASIC").paidPeriods().get(0);
        assertThat(period.length()).isEqualTo(12);
        assertThat(period.endsIn(YearMonth.of(2026, 3))).isTrue();
        assertThat(period.endsIn(YearMonth.of(2026, 4))).isFalse();
    }

    @Test
    void twoEventsOnOneDateAreRefused() {
        assertThatThrownBy(() -> timeline("2026-03-01 DEVELOPER", "2026-03-01 BUSINESS"))
                .hasMessageContaining("two events of 000000000042 on 2026-03-01");
    }

    @Test
    void unionMergesOverlappingAndTouchingRanges() {
        LocalDate d1 = LocalDate.of(2026, 3, 1);
        List<DayRange> union = DayRange.union(List.of(
                new DayRange(d1.plusDays(10), d1.plusDays(20)),
                new DayRange(d1, d1.plusDays(5)),
                new DayRange(d1.plusDays(5), d1.plusDays(8)),
                new DayRange(d1.plusDays(15), d1.plusDays(25))));
        assertThat(union).containsExactly(new DayRange(d1, d1.plusDays(8)), new DayRange(d1.plusDays(10), d1.plusDays(25)));
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-25 DEVELOPER | 2026-03 | 2026-03-25 BASIC>DEVELOPER",
            "2026-02-01 DEVELOPER;2026-03-16 BUSINESS | 2026-03 | 2026-03-16 DEVELOPER>BUSINESS",
            // day 1 and the last day are in the month, the day after is not
            "2026-03-01 DEVELOPER;2026-03-31 BASIC | 2026-03 | 2026-03-01 BASIC>DEVELOPER;2026-03-31 DEVELOPER>BASIC",
            "2026-01-01 DEVELOPER;2026-04-01 BASIC | 2026-03 | ''",
            "2028-02-29 BUSINESS | 2028-02 | 2028-02-29 BASIC>BUSINESS",
            // an event that repeats the plan changes nothing
            "2026-02-01 DEVELOPER;2026-03-10 DEVELOPER | 2026-03 | ''",
            "2026-03-01 DEVELOPER;2026-03-10 BASIC;2026-03-20 DEVELOPER | 2026-03 | "
                    + "2026-03-01 BASIC>DEVELOPER;2026-03-10 DEVELOPER>BASIC;2026-03-20 BASIC>DEVELOPER",
            "2026-03-20 ENTERPRISE;2026-03-05 BUSINESS | 2026-03 | 2026-03-05 BASIC>BUSINESS;2026-03-20 BUSINESS>ENTERPRISE"})
    void changesWithinAMonthAreTheDaysWhosePlanDiffersFromTheDayBefore(String events, String month, String expected) {
        PlanTimeline timeline = timeline(events.strip().split(";"));
        YearMonth yearMonth = YearMonth.parse(month);

        List<String> changes = timeline.changesWithin(DayRange.of(yearMonth)).stream()
                .map(change -> change.date() + " " + change.from() + ">" + change.to()).toList();

        assertThat(changes).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(";")));
        List<String> dayByDay = new ArrayList<>();
        for (LocalDate day = yearMonth.atDay(1); !day.isAfter(yearMonth.atEndOfMonth()); day = day.plusDays(1)) {
            PlanCode before = timeline.planOn(day.minusDays(1));
            if (!timeline.planOn(day).equals(before)) {
                dayByDay.add(day + " " + before + ">" + timeline.planOn(day));
            }
        }
        assertThat(changes).as("the same as looking at every day").isEqualTo(dayByDay);
    }
}
