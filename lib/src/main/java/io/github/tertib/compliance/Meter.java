package io.github.tertib.compliance;

import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;

/** A policy read against a calendar, with the sums a visit with suspensions needs. */
final class Meter {

    final WorkCalendar calendar;
    final TimePolicy policy;

    Meter(WorkCalendar calendar, TimePolicy policy) {
        this.calendar = calendar;
        this.policy = policy;
    }

    /** The policy's measure from {@code from} to {@code to}. */
    Duration measure(Instant from, Instant to) {
        return policy.measure(calendar, from, to);
    }

    /** The earliest instant at which {@code amount} of the policy's measure has passed since {@code from}. */
    Instant plus(Instant from, Duration amount) {
        return policy.plus(calendar, from, amount);
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
     * The measure of a visit from {@code activated} to {@code end} outside its suspended spans
     * {@code [from[i], until[i])}, {@code i < count}, span by span: time that passes while the case is
     * suspended adds nothing to it. A span not resumed by {@code end} is counted to {@code end}.
     */
    Duration outside(Instant activated, Instant[] from, Instant[] until, int count, Instant end) {
        Duration total = Duration.ZERO;
        Instant cursor = activated;
        for (int i = 0; i < count && cursor.isBefore(end); i++) {
            Instant stop = from[i].isBefore(end) ? from[i] : end;
            if (stop.isAfter(cursor)) {
                total = total.plus(measure(cursor, stop));
            }
            Instant resumed = until[i] != null && until[i].isBefore(end) ? until[i] : end;
            if (resumed.isAfter(cursor)) {
                cursor = resumed;
            }
        }
        return cursor.isBefore(end) ? total.plus(measure(cursor, end)) : total;
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
