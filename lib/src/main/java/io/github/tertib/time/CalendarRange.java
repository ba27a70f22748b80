package io.github.tertib.time;

import io.github.tertib.internal.Instants;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link WorkCalendar} answers for, and the exceptions that refuse the rest: instants in the
 * years 1 to 9999, durations no longer than those years, working-day sizes from a second to a day, and
 * dates inside the holiday data.
 */
final class CalendarRange {

    /** 0001-01-01T00:00:00Z. */
    static final long MIN_SECOND = -62_135_596_800L;
    /** 9999-12-31T23:59:59Z. */
    static final long MAX_SECOND = 253_402_300_799L;
    static final long NANOS = 1_000_000_000L;
    static final long DAY_SECONDS = 86_400;
    /** More working days than the years 1 to 9999 hold. */
    private static final long MAX_DAYS = 4_000_000;

    private CalendarRange() {
    }

    /** Returns the epoch second of an instant the calendar can answer for. */
    static long second(Instant t, String name) {
        Objects.requireNonNull(t, name);
        long s = t.getEpochSecond();
        if (s < MIN_SECOND || s > MAX_SECOND) {
            throw new CalendarRangeException("the instant " + t + " (" + name + ") lies outside the years 1 to 9999"
                    + " that a WorkCalendar answers for, " + Instants.MIN + " to " + Instants.MAX
                    + ": give an instant within them");
        }
        return s;
    }

    /** Refuses an answer past the year 9999. */
    static void requireAnswerInRange(long second) {
        if (second > MAX_SECOND) {
            throw new CalendarRangeException("the answer lies after " + Instants.MAX + ", the end of the year 9999, beyond what a WorkCalendar answers"
                    + " for: ask about a shorter span");
        }
    }

    static void requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException("the " + name + " to add is negative (" + d + "): working time only"
                    + " moves forward, so give a duration of zero or more");
        }
        if (d.getSeconds() > MAX_SECOND - MIN_SECOND) {
            throw new CalendarRangeException("the " + name + " " + d + " is longer than the years 1 to 9999 that a"
                    + " WorkCalendar answers for: give a shorter duration");
        }
    }

    static void requireDays(long days) {
        if (days < 0) {
            throw new IllegalArgumentException("the number of working days to add is negative (" + days
                    + "): give zero or more");
        }
        if (days > MAX_DAYS) {
            throw new CalendarRangeException(days + " working days is longer than the years 1 to 9999 that a"
                    + " WorkCalendar answers for: give fewer days");
        }
    }

    static long perDaySeconds(Duration perDay) {
        Objects.requireNonNull(perDay, "perDay");
        if (perDay.getNano() != 0 || perDay.getSeconds() < 1 || perDay.getSeconds() > DAY_SECONDS) {
            throw new IllegalArgumentException("a working day worth " + perDay + " cannot be used: give from one"
                    + " second to 24 hours, in whole seconds, such as Duration.ofMinutes(480)");
        }
        return perDay.getSeconds();
    }

    /** Returns the refusal of a date outside the years of {@code holidays}, which has data. */
    static OutsideHolidayDataException outside(Holidays holidays, LocalDate date) {
        return new OutsideHolidayDataException(date, holidays.firstYear().orElseThrow(),
                holidays.lastYear().orElseThrow());
    }
}
