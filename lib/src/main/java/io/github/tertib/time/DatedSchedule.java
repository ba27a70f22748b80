package io.github.tertib.time;

import java.time.LocalDate;

/** A weekly schedule in force from one date to another, both included: a {@link WorkCalendar}'s override. */
record DatedSchedule(LocalDate from, LocalDate to, WeeklySchedule schedule) {

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Returns whether this override shares a date with {@code other}. */
    boolean overlaps(DatedSchedule other) {
        return !other.from().isAfter(to) && !from.isAfter(other.to());
    }

    @Override
    public String toString() {
        return from + ".." + to + " " + schedule;
    }
}
