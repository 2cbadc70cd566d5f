package com.supportbilling.core.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Calendar days {@code [start, end)}, whole days as the input's dates name them (R3). */
public record DayRange(LocalDate start, LocalDate end) {

    /** The end of a range that has not ended. */
    public static final LocalDate OPEN = LocalDate.MAX;

    public DayRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends " + end + " before it starts " + start);
        }
    }

    public static DayRange of(YearMonth month) {
        return new DayRange(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static DayRange from(LocalDate start) {
        return new DayRange(start, OPEN);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public boolean isOpen() {
        return end.equals(OPEN);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    public Optional<DayRange> intersect(DayRange other) {
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Optional.of(new DayRange(from, to)) : Optional.empty();
    }

    public long daysWithin(DayRange window) {
        return intersect(window).map(DayRange::days).orElse(0L);
    }

    /** The last day in the range; undefined for an open range. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /** Sorted, disjoint ranges covering exactly the days of {@code ranges}; touching ranges merge. */
    public static List<DayRange> union(List<DayRange> ranges) {
        List<DayRange> sorted = ranges.stream().filter(r -> !r.isEmpty())
                .sorted(Comparator.comparing(DayRange::start)).toList();
        List<DayRange> merged = new ArrayList<>();
        for (DayRange range : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !range.start().isAfter(merged.get(last).end())) {
                DayRange previous = merged.get(last);
                LocalDate end = previous.end().isAfter(range.end()) ? previous.end() : range.end();
                merged.set(last, new DayRange(previous.start(), end));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + (isOpen() ? "…" : end.toString()) + ")";
    }
}
