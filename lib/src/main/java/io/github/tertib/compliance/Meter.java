package io.github.tertib.compliance;

import io.github.tertib.sop.TimeStandard;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * A policy read against a calendar, with the one question {@link TimePolicy} does not answer: the instant
 * at which a given amount of the policy's measure has passed, which the due instant of a suspended visit
 * needs (the standard is used up in pieces around the suspensions).
 */
final class Meter {

    private enum Kind { CALENDAR_TIME, WORKING_MINUTES, WORKING_DAYS }

    // Under a working-days policy the standard of one Hari Kerja is the worth of a working day; it
    // depends on neither the calendar's dates nor the activation, so any instant will do.
    private static final TimeStandard ONE_WORKING_DAY = TimeStandard.of(1, TimeStandard.Unit.WORKING_DAYS);
    private static final Duration MINUTES_480 = Duration.ofMinutes(480);

    final WorkCalendar calendar;
    final TimePolicy policy;
    private final Kind kind;
    private final Duration perDay;

    Meter(WorkCalendar calendar, TimePolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
        if (policy == TimePolicy.workingDays()) {
            kind = Kind.WORKING_DAYS;
            perDay = MINUTES_480;
        } else if (policy.equals(TimePolicy.calendarTime())) {
            kind = Kind.CALENDAR_TIME;
            perDay = null;
        } else if (policy.equals(TimePolicy.workingMinutes())) {
            kind = Kind.WORKING_MINUTES;
            perDay = null;
        } else {
            kind = Kind.WORKING_DAYS;
            perDay = policy.standard(calendar, Instant.EPOCH, ONE_WORKING_DAY);
        }
    }

    /** The policy's measure from {@code from} to {@code to}: what {@link TimePolicy#measure} answers. */
    Duration measure(Instant from, Instant to) {
        return switch (kind) {
            case CALENDAR_TIME -> Duration.between(from, to);
            case WORKING_MINUTES -> calendar.workingTimeBetween(from, to);
            case WORKING_DAYS -> calendar.workingDaysBetween(from, to, perDay);
        };
    }

    /** The earliest instant at which {@code amount} of the policy's measure has passed since {@code from}. */
    Instant plus(Instant from, Duration amount) {
        return switch (kind) {
            case CALENDAR_TIME -> from.plus(amount);
            case WORKING_MINUTES -> calendar.plusWorkingTime(from, amount);
            case WORKING_DAYS -> calendar.plusWorkingDays(from, amount, perDay);
        };
    }

    /**
     * The measure of the suspended spans {@code [from[i], until[i])} of a visit, {@code i < count}; a span
     * not resumed by {@code end} (its {@code until} null or later) is counted to {@code end}.
     */
    Duration suspended(Instant[] from, Instant[] until, int count, Instant end) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < count; i++) {
            if (from[i].isBefore(end)) {
                total = total.plus(measure(from[i], until[i] != null && until[i].isBefore(end) ? until[i] : end));
            }
        }
        return total;
    }

    /**
     * The due instant of a visit activated at {@code activated} with the given standard: where the time
     * counted outside its suspensions reaches the standard. A suspension not resumed by {@code end} is
     * taken to end there, which gives the earliest the due instant can be.
     */
    Instant due(Instant activated, Duration standard, Instant[] from, Instant[] until, int count, Instant end) {
        Duration remaining = standard;
        Instant cursor = activated;
        for (int i = 0; i < count; i++) {
            Instant due = plus(cursor, remaining);
            if (!due.isAfter(from[i])) {
                return due;
            }
            remaining = remaining.minus(measure(cursor, from[i]));
            if (remaining.isNegative()) {
                remaining = Duration.ZERO;
            }
            cursor = until[i] != null && until[i].isBefore(end) ? until[i] : end;
        }
        return plus(cursor, remaining);
    }
}
