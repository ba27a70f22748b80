package io.github.tertib.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An office's working time: a zone, a weekly schedule of working hours with breaks, dated overrides
 * (Ramadan), holidays, and extra working dates. It answers how much working time lies between two
 * instants, when a given amount of working time runs out, and the same in working days.
 *
 * <pre>{@code
 * WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta"))
 *         .withHolidays(Holidays.indonesia())
 *         .withOverride(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19), WeeklySchedule.ramadan());
 * Instant monday9 = Instant.parse("2026-01-05T02:00:00Z");                  // 09:00 WIB
 * cal.plusWorkingTime(monday9, Duration.ofMinutes(180));                    // 12:00 WIB, not 13:00
 * cal.workingTimeBetween(monday9, Instant.parse("2026-01-06T02:00:00Z"));  // PT7H30M
 * }</pre>
 *
 * <p><b>Days.</b> A date works the hours of the {@link WeeklySchedule} in force on it (an override
 * covering it, else the weekly schedule), unless a holiday makes it a day off. Libur nasional and local
 * holidays are always days off; cuti bersama is a day off unless the calendar is built with
 * {@link #withCutiBersamaAsWorkingDays()}. An extra working date ({@link #withWorkingDate}) works even
 * if it is a weekend or a holiday, with the hours that the schedule in force on it gives another weekday.
 * All local dates and times are those of the calendar's zone, never the JVM's default zone.
 *
 * <p><b>Clock changes.</b> A working interval runs from the first instant at which the wall clock shows
 * its start to the first instant at which it shows its end. So an interval inside a spring-forward gap is
 * empty, one that spans the gap is an hour shorter, and one that spans a fall-back overlap includes the
 * repeated hour (an interval inside the overlap counts its first occurrence only).
 *
 * <p><b>Holiday data.</b> A calendar whose holidays cover some years (2025 to 2027 for
 * {@link Holidays#indonesia()}) refuses, with an {@link OutsideHolidayDataException}, every question that
 * depends on a date before or after those years, since it cannot know that date's holidays; built with
 * {@link #assumingNoHolidaysOutsideData()} it treats such dates as having none. A calendar without
 * holiday data answers for any date. Every calendar answers for instants in the years 1 to 9999.
 *
 * <p><b>Cost.</b> Every query takes time independent of the span it covers (a few binary searches over
 * per-day prefix sums); the tables are built once, on the first query, and shared.
 *
 * <p>Immutable and thread-safe; {@code with…} methods return changed copies. Equal when zone, schedule,
 * overrides, holidays, working dates and options are equal.
 */
public final class WorkCalendar {

    private final ZoneId zone;
    private final WeeklySchedule schedule;
    private final List<DatedSchedule> overrides;
    private final Holidays holidays;
    private final NavigableMap<LocalDate, DayOfWeek> workingDates;
    private final boolean cutiBersamaOff;
    private final boolean assumeNoHolidaysOutside;
    /** Not part of the calendar's value: only a test of the cost of queries counts. */
    private final LoopCounter loops;
    private volatile CompiledCalendar compiled;

    private WorkCalendar(ZoneId zone, WeeklySchedule schedule, List<DatedSchedule> overrides, Holidays holidays,
            NavigableMap<LocalDate, DayOfWeek> workingDates, boolean cutiBersamaOff, boolean assumeNoHolidaysOutside) {
        this(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff, assumeNoHolidaysOutside, LoopCounter.NONE);
    }

    private WorkCalendar(ZoneId zone, WeeklySchedule schedule, List<DatedSchedule> overrides, Holidays holidays,
            NavigableMap<LocalDate, DayOfWeek> workingDates, boolean cutiBersamaOff, boolean assumeNoHolidaysOutside,
            LoopCounter loops) {
        this.loops = loops;
        this.zone = zone;
        this.schedule = schedule;
        this.overrides = overrides;
        this.holidays = holidays;
        this.workingDates = workingDates;
        this.cutiBersamaOff = cutiBersamaOff;
        this.assumeNoHolidaysOutside = assumeNoHolidaysOutside;
        workingDates.forEach((date, hoursOf) -> {
            if (scheduleOn(date).intervals(hoursOf).isEmpty()) {
                throw new IllegalArgumentException("the extra working date " + date + " is to work the hours of "
                        + hoursOf + ", but the schedule in force on that date (" + scheduleOn(date) + ") has none on "
                        + hoursOf + ": pick a weekday with working hours");
            }
        });
    }

    /**
     * Returns the calendar of the wall clock: every instant is working time. Adding holidays or overrides
     * to it makes those dates work differently.
     *
     * @param zone the zone in which dates are read
     * @return a calendar working around the clock, without holiday data
     */
    public static WorkCalendar continuous(ZoneId zone) {
        return of(zone, WeeklySchedule.continuous());
    }

    /**
     * Returns the calendar of the common schedule of government offices under Perpres No. 21 Tahun 2023
     * ({@link WeeklySchedule#asn()}), without holiday data: add it with {@link #withHolidays(Holidays)}.
     *
     * @param zone the office's zone, such as {@code Asia/Jakarta} (WIB) for Palangka Raya
     * @return the ASN calendar
     */
    public static WorkCalendar asn(ZoneId zone) {
        return of(zone, WeeklySchedule.asn());
    }

    /**
     * Returns a calendar with the given weekly schedule, without holidays or overrides.
     *
     * @param zone the zone in which dates are read
     * @param schedule the weekly working hours
     * @return the calendar
     */
    public static WorkCalendar of(ZoneId zone, WeeklySchedule schedule) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(schedule, "schedule");
        return new WorkCalendar(zone, schedule, List.of(), Holidays.none(), Collections.emptyNavigableMap(), true,
                false);
    }

    /**
     * Returns the zone in which the calendar reads dates and working hours.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the weekly schedule in force on dates without an override.
     *
     * @return the weekly schedule
     */
    public WeeklySchedule schedule() {
        return schedule;
    }

    /**
     * Returns the calendar's holidays; {@link Holidays#none()} if it has no holiday data.
     *
     * @return the holidays
     */
    public Holidays holidays() {
        return holidays;
    }

    /**
     * Returns a copy of this calendar in another zone; dates and working hours stay as they are, read in
     * the new zone.
     *
     * @param zone the new zone
     * @return the changed copy
     */
    public WorkCalendar withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar with another weekly schedule; overrides stay in force on their dates.
     *
     * @param schedule the new weekly schedule
     * @return the changed copy
     * @throws IllegalArgumentException if an extra working date would have no hours under it
     */
    public WorkCalendar withSchedule(WeeklySchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar with the given holidays in place of its own. To add to them, merge
     * first: {@code cal.withHolidays(cal.holidays().merge(more))}.
     *
     * @param holidays the holidays; {@link Holidays#none()} removes all holiday data
     * @return the changed copy
     */
    public WorkCalendar withHolidays(Holidays holidays) {
        Objects.requireNonNull(holidays, "holidays");
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar in which another weekly schedule is in force from {@code from} to
     * {@code to}, both included, such as {@link WeeklySchedule#ramadan()} during Ramadan. Holidays still
     * apply on those dates.
     *
     * @param from the first date of the override
     * @param to the last date of the override, not before {@code from}
     * @param schedule the schedule in force on those dates
     * @return the changed copy
     * @throws IllegalArgumentException if the dates run backwards or overlap another override's
     */
    public WorkCalendar withOverride(LocalDate from, LocalDate to, WeeklySchedule schedule) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(schedule, "schedule");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the override from " + from + " to " + to
                    + " ends before it starts: give the earlier date first");
        }
        DatedSchedule added = new DatedSchedule(from, to, schedule);
        List<DatedSchedule> list = new ArrayList<>(overrides);
        for (DatedSchedule o : overrides) {
            if (o.overlaps(added)) {
                throw new IllegalArgumentException("the override from " + from + " to " + to
                        + " overlaps the override from " + o.from() + " to " + o.to()
                        + ": overrides may not share a date, so shorten one of them");
            }
        }
        list.add(added);
        list.sort((a, b) -> a.from().compareTo(b.from()));
        return new WorkCalendar(zone, this.schedule, List.copyOf(list), holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar in which {@code date} works even if it is a weekend day or a
     * holiday, with the hours that the schedule in force on that date gives {@code hoursOf} (for a
     * Saturday that replaces a Monday, {@code DayOfWeek.MONDAY}).
     *
     * @param date the date that works
     * @param hoursOf the weekday whose hours it works
     * @return the changed copy
     * @throws IllegalArgumentException if the schedule in force on {@code date} has no hours on {@code hoursOf}
     */
    public WorkCalendar withWorkingDate(LocalDate date, DayOfWeek hoursOf) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hoursOf, "hoursOf");
        NavigableMap<LocalDate, DayOfWeek> map = new TreeMap<>(workingDates);
        map.put(date, hoursOf);
        return new WorkCalendar(zone, schedule, overrides, holidays, Collections.unmodifiableNavigableMap(map),
                cutiBersamaOff, assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar in which cuti bersama (collective leave) dates are working days, as
     * for an office that stays open on them.
     *
     * @return the changed copy
     */
    public WorkCalendar withCutiBersamaAsWorkingDays() {
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, false, assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar in which cuti bersama dates are days off, the default.
     *
     * @return the changed copy
     */
    public WorkCalendar withCutiBersamaAsDaysOff() {
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, true, assumeNoHolidaysOutside);
    }

    /**
     * Returns a copy of this calendar that treats dates outside the years of its holiday data as having
     * no holidays, instead of refusing to answer about them. Use it knowingly: for Indonesia this reads
     * future Idul Fitri as working days.
     *
     * @return the changed copy
     */
    public WorkCalendar assumingNoHolidaysOutsideData() {
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff, true);
    }

    /**
     * Returns whether this calendar treats dates outside the years of its holiday data as having no
     * holidays ({@link #assumingNoHolidaysOutsideData()}); a report computed with it past the data says so.
     *
     * @return true if it assumes rather than refuses
     */
    public boolean isAssumingNoHolidaysOutsideData() {
        return assumeNoHolidaysOutside;
    }

    private WeeklySchedule scheduleOn(LocalDate date) {
        for (DatedSchedule o : overrides) {
            if (o.contains(date)) {
                return o.schedule();
            }
        }
        return schedule;
    }

    private List<WorkingInterval> hoursOn(LocalDate date) {
        DayOfWeek hoursOf = workingDates.get(date);
        WeeklySchedule s = scheduleOn(date);
        if (hoursOf != null) {
            return s.intervals(hoursOf);
        }
        for (Holiday h : holidays.on(date)) {
            if (h.type() != HolidayType.CUTI_BERSAMA || cutiBersamaOff) {
                return List.of();
            }
        }
        return s.intervals(date.getDayOfWeek());
    }

    /**
     * Returns the working hours of a date, in local time, after overrides, holidays and extra working
     * dates; empty for a day off.
     *
     * @param date the date
     * @return its working intervals, in order
     * @throws OutsideHolidayDataException if the date lies outside the years of the holiday data
     */
    public List<WorkingInterval> workingHoursOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (covering() && !holidays.covers(date)) {
            throw CalendarRange.outside(holidays, date);
        }
        return hoursOn(date);
    }

    private boolean covering() {
        return !holidays.isEmpty() && !assumeNoHolidaysOutside;
    }

    /** Returns this calendar counting the iterations of its queries' inner loops into {@code loops}. */
    WorkCalendar countingLoops(LoopCounter loops) {
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside, Objects.requireNonNull(loops, "loops"));
    }

    private CompiledCalendar compiled() {
        CompiledCalendar c = compiled;
        if (c == null) {
            c = CompiledCalendar.compile(zone, schedule, holidays, overrides, workingDates, covering(), this::hoursOn,
                    loops);
            compiled = c;
        }
        return c;
    }

    /**
     * Returns the working time between two instants: the working time from {@code a} to {@code b}, or its
     * negation if {@code b} is before {@code a}.
     *
     * @param a the first instant
     * @param b the second instant
     * @return the working time in {@code [a, b)}; negative when {@code b} is before {@code a}
     * @throws OutsideHolidayDataException if either instant lies outside the holiday data
     */
    public Duration workingTimeBetween(Instant a, Instant b) {
        CalendarRange.second(a, "a");
        CalendarRange.second(b, "b");
        return compiled().workingTimeBetween(a, b);
    }

    /**
     * Returns the earliest instant at which {@code duration} of working time has passed since
     * {@code start}. A result that ends a working interval is that end, not the start of the next one
     * (09:00 plus 180 minutes on the ASN schedule is 12:00, not 13:00); a zero duration returns
     * {@code start} itself, even outside working time.
     *
     * @param start where counting starts
     * @param duration the working time to add, zero or more
     * @return the instant the working time runs out
     * @throws IllegalArgumentException if {@code duration} is negative
     * @throws OutsideHolidayDataException if {@code start} or the result lies outside the holiday data
     */
    public Instant plusWorkingTime(Instant start, Duration duration) {
        CalendarRange.second(start, "start");
        CalendarRange.requireNotNegative(duration, "duration");
        return compiled().plusWorkingTime(start, duration);
    }

    /**
     * Returns whether an instant is working time.
     *
     * @param instant the instant
     * @return true if it lies in a working interval of its date
     * @throws OutsideHolidayDataException if the instant lies outside the holiday data
     */
    public boolean isWorkingTime(Instant instant) {
        CalendarRange.second(instant, "instant");
        return compiled().isWorkingTime(instant);
    }

    /**
     * Returns the instant itself if it is working time, else the start of the next working interval.
     *
     * @param instant the instant
     * @return the first working instant at or after {@code instant}
     * @throws OutsideHolidayDataException if the instant, or the next working instant, lies outside the
     *     holiday data
     */
    public Instant nextWorkingInstant(Instant instant) {
        CalendarRange.second(instant, "instant");
        return compiled().nextWorkingInstant(instant);
    }

    /**
     * Returns the instant {@code days} working dates after {@code start}, at the same position in the
     * working day: {@code start}'s share of its date's working time done, the same share of the later
     * date's done. A start outside working time counts from the end of the working day before it, so
     * Saturday plus one working day is the end of Monday's work.
     *
     * @param start where counting starts
     * @param days the number of working dates, zero or more
     * @return the instant reached; {@code start} for zero
     * @throws IllegalArgumentException if {@code days} is negative
     * @throws OutsideHolidayDataException if {@code start} or the result lies outside the holiday data
     */
    public Instant plusWorkingDays(Instant start, long days) {
        CalendarRange.requireDays(days);
        CalendarRange.second(start, "start");
        return compiled().plusDays(start, days, 0, CalendarRange.DAY_SECONDS);
    }

    /**
     * Returns the earliest instant at which {@code amount} of working days has passed since {@code start},
     * each working date worth {@code perDay}: the inverse of {@link #workingDaysBetween}. With a
     * {@code perDay} of 480 minutes, 2,400 minutes are exactly five working dates, whatever each date's
     * length, and 15 minutes are 1/32 of a working date.
     *
     * @param start where counting starts
     * @param amount the working days to add, expressed in {@code perDay} units, zero or more
     * @param perDay what one working date is worth, from one second to 24 hours, whole seconds
     * @return the instant reached; {@code start} for zero
     * @throws IllegalArgumentException if {@code amount} is negative or {@code perDay} out of range
     * @throws OutsideHolidayDataException if {@code start} or the result lies outside the holiday data
     */
    public Instant plusWorkingDays(Instant start, Duration amount, Duration perDay) {
        CalendarRange.requireNotNegative(amount, "amount");
        long m = CalendarRange.perDaySeconds(perDay);
        long whole = amount.getSeconds() / m;
        long rest = (amount.getSeconds() - whole * m) * CalendarRange.NANOS + amount.getNano();
        CalendarRange.second(start, "start");
        return compiled().plusDays(start, whole, rest, m);
    }

    /**
     * Returns the working days between two instants, each working date worth {@code perDay}: a working
     * date counts as one whatever its length, and part of a date as its share of that date's working time.
     * Truncated to whole seconds; negative when {@code b} is before {@code a}.
     *
     * <pre>{@code
     * cal.workingDaysBetween(mondayNine, tuesdayNine, Duration.ofMinutes(480));   // PT8H: one working day
     * }</pre>
     *
     * @param a the first instant
     * @param b the second instant
     * @param perDay what one working date is worth, from one second to 24 hours, whole seconds
     * @return the working days from {@code a} to {@code b} in {@code perDay} units
     * @throws OutsideHolidayDataException if either instant lies outside the holiday data
     */
    public Duration workingDaysBetween(Instant a, Instant b, Duration perDay) {
        CalendarRange.second(a, "a");
        CalendarRange.second(b, "b");
        long m = CalendarRange.perDaySeconds(perDay);
        if (b.isBefore(a)) {
            return workingDaysBetween(b, a, perDay).negated();
        }
        return compiled().workingDaysBetween(a, b, m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkCalendar w && w.zone.equals(zone) && w.schedule.equals(schedule)
                && w.overrides.equals(overrides) && w.holidays.equals(holidays)
                && w.workingDates.equals(workingDates) && w.cutiBersamaOff == cutiBersamaOff
                && w.assumeNoHolidaysOutside == assumeNoHolidaysOutside;
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside);
    }

    /**
     * Returns a summary such as
     * {@code WorkCalendar[Asia/Jakarta; MON-THU 07:30-12:00 13:00-16:00; FRI …; Holidays[79 dates, 2025-2027]]}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WorkCalendar[").append(zone).append("; ").append(schedule);
        if (!holidays.isEmpty()) {
            sb.append("; ").append(holidays);
            if (!cutiBersamaOff) {
                sb.append(", cuti bersama works");
            }
            if (assumeNoHolidaysOutside) {
                sb.append(", none assumed outside");
            }
        }
        for (DatedSchedule o : overrides) {
            sb.append("; override ").append(o);
        }
        for (Map.Entry<LocalDate, DayOfWeek> e : workingDates.entrySet()) {
            sb.append("; ").append(e.getKey()).append(" works as ").append(e.getValue());
        }
        return sb.append(']').toString();
    }
}
