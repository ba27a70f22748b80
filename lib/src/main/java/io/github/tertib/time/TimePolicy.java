package io.github.tertib.time;

import io.github.tertib.internal.Instants;
import io.github.tertib.sop.TimeStandard;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * How the Waktu of a step (a {@link TimeStandard} such as {@code "2400 Menit"}) is read against a
 * {@link WorkCalendar}: when a step activated at some instant is due, and how elapsed time is measured
 * to compare with the standard.
 *
 * <ul>
 *   <li>{@link #calendarTime()}: the wall clock. Elapsed time is plain time; a standard is its nominal
 *       length ({@link TimeStandard#duration()}: Hari 24 hours, Hari Kerja 480 minutes, Minggu 7 days).
 *   <li>{@link #workingMinutes()}: elapsed time is the working time on the calendar. Menit and Jam are
 *       that much working time; Hari, Hari Kerja and Minggu count working days (see below). The
 *       compliance reports read standards so unless given another policy: minutes stay minutes.
 *   <li>{@link #workingDays(int)}, and {@link #workingDays()} at 480 minutes a day: elapsed time is counted
 *       in working days, each working date worth {@code minutesPerDay} minutes whatever its length, part
 *       of a date as its share of that date's working time. Menit and Jam are converted at that rate, so
 *       {@code "2400 Menit"} is exactly five working days, but a 450-minute ASN day measures 480 minutes
 *       and 15 minutes of its working time measure 16.
 * </ul>
 *
 * <p><b>Day-based units</b> under the two working policies count working days: Hari and Hari Kerja one
 * working date each, Minggu five (the working week of Perpres No. 21 Tahun 2023), the due instant being
 * the same position in the working day that many working dates later ({@link WorkCalendar#plusWorkingDays}).
 * <b>Bulan</b> is a calendar month under every policy: the standard is what the policy measures from
 * the activation to the same local date and time that many months later (in the calendar's zone, the day
 * clamped to the end of a shorter month). A range such as {@code "15-30 Menit"} is read by its upper
 * bound.
 *
 * <p><b>Due and lateness.</b> {@link #due} is the earliest instant at which the standard is used up,
 * and {@link #measure} of the activation and the due instant is exactly {@link #standard}. A step is
 * late when its measure exceeds its standard; finishing after the due instant but before any more
 * working time passes (in the break, on the evening or weekend after it) is not late. Measures are exact
 * to the nanosecond, except {@code workingDays}, which is exact to the second.
 *
 * <pre>{@code
 * WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
 * Instant monday9 = Instant.parse("2026-01-05T02:00:00Z");                         // 09:00 WIB
 * TimeStandard step1 = TimeStandard.parse("15 Menit");
 * TimeStandard step4 = TimeStandard.parse("2400 Menit");
 * TimePolicy.workingMinutes().due(cal, monday9, step1);    // 09:15
 * TimePolicy.workingDays().due(cal, monday9, step1);       // 09:14:03.75: 15/480 of a 450-minute day
 * TimePolicy.workingDays().due(cal, monday9, step4);       // Monday 12 January, 09:00: five working days
 * TimePolicy.workingMinutes().due(cal, monday9, step4);    // Monday 12 January, 11:30: 5 x 450 + 150
 * TimePolicy.workingDays().standard(cal, monday9, step4);  // PT40H
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when of the same kind and day length.
 */
public final class TimePolicy {

    private enum Kind { CALENDAR_TIME, WORKING_MINUTES, WORKING_DAYS }

    private static final int WORKING_WEEK_DAYS = 5;
    private static final TimePolicy CALENDAR_TIME = new TimePolicy(Kind.CALENDAR_TIME, 0);
    private static final TimePolicy WORKING_MINUTES = new TimePolicy(Kind.WORKING_MINUTES, 0);
    private static final TimePolicy WORKING_DAYS = new TimePolicy(Kind.WORKING_DAYS, 480);

    private final Kind kind;
    private final int minutesPerDay;

    private TimePolicy(Kind kind, int minutesPerDay) {
        this.kind = kind;
        this.minutesPerDay = minutesPerDay;
    }

    /**
     * Returns the policy of the wall clock: standards are read nominally and elapsed time is plain time,
     * whatever the calendar's working hours.
     *
     * @return the calendar-time policy
     */
    public static TimePolicy calendarTime() {
        return CALENDAR_TIME;
    }

    /**
     * Returns the policy of working minutes: elapsed time is working time on the calendar, and day-based
     * standards count working days.
     *
     * @return the working-minutes policy
     */
    public static TimePolicy workingMinutes() {
        return WORKING_MINUTES;
    }

    /**
     * Returns the policy of working days worth 480 minutes each, the SOP format's rule of thumb for a
     * working day.
     *
     * @return {@code workingDays(480)}
     */
    public static TimePolicy workingDays() {
        return WORKING_DAYS;
    }

    /**
     * Returns the policy of working days worth {@code minutesPerDay} minutes each: elapsed time counts each
     * working date as one such day, whatever its length.
     *
     * @param minutesPerDay what one working day is worth, from 1 to 1440 minutes
     * @return the working-days policy
     * @throws IllegalArgumentException if {@code minutesPerDay} is out of range
     */
    public static TimePolicy workingDays(int minutesPerDay) {
        if (minutesPerDay < 1 || minutesPerDay > 1440) {
            throw new IllegalArgumentException("a working day of " + minutesPerDay + " minutes cannot be used: give"
                    + " from 1 to 1440 minutes, such as 480");
        }
        return minutesPerDay == 480 ? WORKING_DAYS : new TimePolicy(Kind.WORKING_DAYS, minutesPerDay);
    }

    private Duration perDay() {
        return Duration.ofMinutes(minutesPerDay);
    }

    /**
     * Returns the earliest instant at which a step activated at {@code activated} has used up its
     * standard.
     *
     * @param calendar the office's calendar
     * @param activated when the step became current
     * @param standard the step's Waktu; a range is read by its upper bound
     * @return the due instant; {@code activated} itself for a zero standard
     * @throws OutsideHolidayDataException if the answer depends on dates outside the calendar's holiday data
     */
    public Instant due(WorkCalendar calendar, Instant activated, TimeStandard standard) {
        Objects.requireNonNull(calendar, "calendar");
        accepted(activated, "activated");
        Objects.requireNonNull(standard, "standard");
        long n = standard.maxAmount();
        TimeStandard.Unit unit = standard.unit();
        return switch (kind) {
            case CALENDAR_TIME -> unit == TimeStandard.Unit.MONTHS ? monthsLater(calendar, activated, n)
                    : later(activated, standard.duration());
            case WORKING_MINUTES -> switch (unit) {
                case MINUTES, HOURS -> calendar.plusWorkingTime(activated, standard.duration());
                case MONTHS -> calendar.plusWorkingTime(activated,
                        calendar.workingTimeBetween(activated, monthsLater(calendar, activated, n)));
                case DAYS, WORKING_DAYS, WEEKS -> calendar.plusWorkingDays(activated, workingDates(unit, n));
            };
            case WORKING_DAYS -> calendar.plusWorkingDays(activated, standard(calendar, activated, standard), perDay());
        };
    }

    /**
     * Returns the standard in this policy's measure, for a step activated at {@code activated}: the
     * {@link #measure} from {@code activated} to {@link #due}. It depends on the activation only for
     * Bulan, and under {@link #workingMinutes()} for day-based units.
     *
     * @param calendar the office's calendar
     * @param activated when the step became current
     * @param standard the step's Waktu; a range is read by its upper bound
     * @return the standard as a duration comparable with {@link #measure}
     * @throws OutsideHolidayDataException if the answer depends on dates outside the calendar's holiday data
     */
    public Duration standard(WorkCalendar calendar, Instant activated, TimeStandard standard) {
        Objects.requireNonNull(calendar, "calendar");
        accepted(activated, "activated");
        Objects.requireNonNull(standard, "standard");
        long n = standard.maxAmount();
        TimeStandard.Unit unit = standard.unit();
        if (unit == TimeStandard.Unit.MONTHS) {
            return measure(calendar, activated, monthsLater(calendar, activated, n));
        }
        return switch (kind) {
            case CALENDAR_TIME -> standard.duration();
            case WORKING_MINUTES -> unit.isDayBased()
                    ? calendar.workingTimeBetween(activated, calendar.plusWorkingDays(activated, workingDates(unit, n)))
                    : standard.duration();
            case WORKING_DAYS -> unit.isDayBased() ? perDay().multipliedBy(workingDates(unit, n)) : standard.duration();
        };
    }

    /**
     * Returns the time elapsed from {@code from} to {@code to} in this policy's measure: wall-clock time,
     * working time, or working days each worth {@code minutesPerDay} minutes (truncated to the second).
     *
     * @param calendar the office's calendar
     * @param from the start, such as the activation of a step
     * @param to the end, such as its completion or the instant of a report
     * @return the elapsed time; negative when {@code to} is before {@code from}
     * @throws OutsideHolidayDataException if either instant lies outside the calendar's holiday data
     */
    public Duration measure(WorkCalendar calendar, Instant from, Instant to) {
        Objects.requireNonNull(calendar, "calendar");
        accepted(from, "from");
        accepted(to, "to");
        return switch (kind) {
            case CALENDAR_TIME -> Duration.between(from, to);
            case WORKING_MINUTES -> calendar.workingTimeBetween(from, to);
            case WORKING_DAYS -> calendar.workingDaysBetween(from, to, perDay());
        };
    }

    /**
     * Returns the earliest instant at which {@code amount} of this policy's measure has passed since
     * {@code from}: the inverse of {@link #measure}, for a standard used up in pieces (around the
     * suspensions of a step, say). {@code measure(calendar, from, plus(calendar, from, amount))} is
     * {@code amount}.
     *
     * @param calendar the office's calendar
     * @param from the start
     * @param amount how much of the policy's measure, not negative
     * @return the instant
     * @throws IllegalArgumentException if {@code amount} is negative
     * @throws OutsideHolidayDataException if the answer lies outside the calendar's holiday data
     */
    public Instant plus(WorkCalendar calendar, Instant from, Duration amount) {
        Objects.requireNonNull(calendar, "calendar");
        accepted(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add the negative amount " + amount + " of "
                    + this + " to " + from + ": give zero or more");
        }
        return switch (kind) {
            case CALENDAR_TIME -> later(from, amount);
            case WORKING_MINUTES -> calendar.plusWorkingTime(from, amount);
            case WORKING_DAYS -> calendar.plusWorkingDays(from, amount, perDay());
        };
    }

    private static long workingDates(TimeStandard.Unit unit, long n) {
        return unit == TimeStandard.Unit.WEEKS ? WORKING_WEEK_DAYS * n : n;
    }

    private static Instant monthsLater(WorkCalendar calendar, Instant activated, long months) {
        // Months are few and an accepted instant is far from ZonedDateTime's limits: only the result can leave the range.
        Instant due = ZonedDateTime.ofInstant(activated, calendar.zone()).plusMonths(months).toInstant();
        if (due.isAfter(Instants.MAX)) {
            throw beyond(activated, months + " months");
        }
        return due;
    }

    /** Refuses an instant outside the range Tertib accepts, naming it and the range. */
    private static void accepted(Instant t, String name) {
        Objects.requireNonNull(t, name);
        if (!Instants.inRange(t)) {
            throw new CalendarRangeException("the instant " + t + " (" + name + ") lies outside the range Tertib"
                    + " accepts, " + Instants.MIN + " to " + Instants.MAX + ": give an instant of the years 1 to 9999");
        }
    }

    /** Adds wall-clock time, refusing an answer after the last accepted instant. */
    private static Instant later(Instant from, Duration amount) {
        if (amount.compareTo(Duration.between(from, Instants.MAX)) > 0) {
            throw beyond(from, amount.toString());
        }
        return from.plus(amount);
    }

    private static CalendarRangeException beyond(Instant from, String amount) {
        return new CalendarRangeException("the answer, " + amount + " after " + from + ", lies after " + Instants.MAX
                + ", the last instant Tertib accepts: ask about an earlier instant or a shorter span");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimePolicy p && p.kind == kind && p.minutesPerDay == minutesPerDay;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + minutesPerDay;
    }

    /** Returns the factory call that makes this policy, such as {@code TimePolicy.workingDays(480)}. */
    @Override
    public String toString() {
        return switch (kind) {
            case CALENDAR_TIME -> "TimePolicy.calendarTime()";
            case WORKING_MINUTES -> "TimePolicy.workingMinutes()";
            case WORKING_DAYS -> "TimePolicy.workingDays(" + minutesPerDay + ")";
        };
    }
}
