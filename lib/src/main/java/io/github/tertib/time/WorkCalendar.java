package io.github.tertib.time;

import io.github.tertib.internal.Instants;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
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
 * <p><b>Holiday data.</b> A calendar whose holidays cover some years (2025 to 2026 for
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

    /** 0001-01-01T00:00:00Z. */
    private static final long MIN_SECOND = -62_135_596_800L;
    /** 9999-12-31T23:59:59Z. */
    private static final long MAX_SECOND = 253_402_300_799L;
    private static final long NANOS = 1_000_000_000L;
    private static final long DAY_SECONDS = 86_400;

    private final ZoneId zone;
    private final WeeklySchedule schedule;
    private final List<DatedSchedule> overrides;
    private final Holidays holidays;
    private final NavigableMap<LocalDate, DayOfWeek> workingDates;
    private final boolean cutiBersamaOff;
    private final boolean assumeNoHolidaysOutside;
    /** Not part of the calendar's value: only a test of the cost of queries counts. */
    private final LoopCounter loops;
    private volatile Compiled compiled;

    /** A weekly schedule in force from one date to another, both included. */
    private record DatedSchedule(LocalDate from, LocalDate to, WeeklySchedule schedule) {
        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        @Override
        public String toString() {
            return from + ".." + to + " " + schedule;
        }
    }

    /** The tables of a calendar and the instants its holiday data covers. */
    private record Compiled(Timeline timeline, boolean covered, long coverStart, long coverEnd) {
    }

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
            if (!o.from().isAfter(to) && !from.isAfter(o.to())) {
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
            throw outside(date);
        }
        return hoursOn(date);
    }

    private boolean covering() {
        return !holidays.isEmpty() && !assumeNoHolidaysOutside;
    }

    private OutsideHolidayDataException outside(LocalDate date) {
        Year first = holidays.firstYear().orElseThrow();
        Year last = holidays.lastYear().orElseThrow();
        return new OutsideHolidayDataException(date, first, last);
    }

    /** Returns this calendar counting the iterations of its queries' inner loops into {@code loops}. */
    WorkCalendar countingLoops(LoopCounter loops) {
        return new WorkCalendar(zone, schedule, overrides, holidays, workingDates, cutiBersamaOff,
                assumeNoHolidaysOutside, Objects.requireNonNull(loops, "loops"));
    }

    private Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            c = compile();
            compiled = c;
        }
        return c;
    }

    private Compiled compile() {
        List<List<WorkingInterval>> weekly = new ArrayList<>(7);
        for (DayOfWeek d : DayOfWeek.values()) {
            weekly.add(schedule.intervals(d));
        }
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> marks = new ArrayList<>();
        if (!holidays.isEmpty()) {
            marks.add(holidays.byDate().firstKey());
            marks.add(holidays.byDate().lastKey());
        }
        for (DatedSchedule o : overrides) {
            marks.add(o.from());
            marks.add(o.to());
        }
        if (!workingDates.isEmpty()) {
            marks.add(workingDates.firstKey());
            marks.add(workingDates.lastKey());
        }
        for (LocalDate d : marks) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        List<List<WorkingInterval>> irregular = new ArrayList<>();
        long firstDay = 0;
        if (first != null) {
            firstDay = first.toEpochDay();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                irregular.add(hoursOn(d));
            }
        }
        Timeline timeline = new Timeline(new DayPlan(weekly, firstDay, irregular, loops), zone, loops);
        if (!covering()) {
            return new Compiled(timeline, false, 0, 0);
        }
        long from = LocalDate.of(holidays.firstYear().orElseThrow().getValue(), 1, 1).toEpochDay();
        long to = LocalDate.of(holidays.lastYear().orElseThrow().getValue() + 1, 1, 1).toEpochDay();
        return new Compiled(timeline, true, timeline.dayStart(from), timeline.dayStart(to));
    }

    /** Returns the epoch second of an instant the calendar can answer for. */
    private static long second(Instant t, String name) {
        Objects.requireNonNull(t, name);
        long s = t.getEpochSecond();
        if (s < MIN_SECOND || s > MAX_SECOND) {
            throw new CalendarRangeException("the instant " + t + " (" + name + ") lies outside the years 1 to 9999"
                    + " that a WorkCalendar answers for, " + Instants.MIN + " to " + Instants.MAX
                    + ": give an instant within them");
        }
        return s;
    }

    /** Refuses an instant outside the holiday data; {@code endIncluded} lets the instant that ends the data pass. */
    private void requireCovered(Compiled c, Instant t, boolean endIncluded) {
        if (!c.covered()) {
            return;
        }
        long s = t.getEpochSecond();
        boolean atOrAfterEnd = s > c.coverEnd() || s == c.coverEnd() && (t.getNano() > 0 || !endIncluded);
        if (s < c.coverStart() || atOrAfterEnd) {
            throw outside(LocalDate.ofInstant(t, zone));
        }
    }

    /** Refuses a result beyond the holiday data or the years 1 to 9999; returns it as an instant. */
    private Instant result(Compiled c, long s, long nanos, boolean endIncluded) {
        if (c.covered() && (s > c.coverEnd() || s == c.coverEnd() && (nanos > 0 || !endIncluded))) {
            throw outside(LocalDate.of(holidays.lastYear().orElseThrow().getValue() + 1, 1, 1));
        }
        if (s > MAX_SECOND) {
            throw new CalendarRangeException("the answer lies after " + Instants.MAX + ", the end of the year 9999, beyond what a WorkCalendar answers"
                    + " for: ask about a shorter span");
        }
        return Instant.ofEpochSecond(s, nanos);
    }

    private static void requireNotNegative(Duration d, String name) {
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
        second(a, "a");
        second(b, "b");
        Compiled c = compiled();
        requireCovered(c, a, true);
        requireCovered(c, b, true);
        long fa = c.timeline().locate(a.getEpochSecond());
        long fb = c.timeline().locate(b.getEpochSecond());
        long na = (fa & 1) != 0 ? a.getNano() : 0;
        long nb = (fb & 1) != 0 ? b.getNano() : 0;
        return Duration.ofSeconds((fb >> 1) - (fa >> 1), nb - na);
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
        second(start, "start");
        requireNotNegative(duration, "duration");
        Compiled c = compiled();
        requireCovered(c, start, true);
        if (duration.isZero()) {
            return start;
        }
        Timeline tl = c.timeline();
        long f = tl.locate(start.getEpochSecond());
        long ys = (f >> 1) + duration.getSeconds();
        long yn = ((f & 1) != 0 ? start.getNano() : 0) + duration.getNano();
        if (yn >= NANOS) {
            ys++;
            yn -= NANOS;
        }
        long t = yn == 0 ? tl.earliest(ys) : tl.earliest(ys + 1) - 1;
        return result(c, t, yn, true);
    }

    /**
     * Returns whether an instant is working time.
     *
     * @param instant the instant
     * @return true if it lies in a working interval of its date
     * @throws OutsideHolidayDataException if the instant lies outside the holiday data
     */
    public boolean isWorkingTime(Instant instant) {
        second(instant, "instant");
        Compiled c = compiled();
        requireCovered(c, instant, false);
        return (c.timeline().locate(instant.getEpochSecond()) & 1) != 0;
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
        second(instant, "instant");
        Compiled c = compiled();
        requireCovered(c, instant, false);
        Timeline tl = c.timeline();
        long f = tl.locate(instant.getEpochSecond());
        if ((f & 1) != 0) {
            return instant;
        }
        return result(c, tl.earliest((f >> 1) + 1) - 1, 0, false);
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
        if (days < 0) {
            throw new IllegalArgumentException("the number of working days to add is negative (" + days
                    + "): give zero or more");
        }
        if (days > 4_000_000) {
            throw new CalendarRangeException(days + " working days is longer than the years 1 to 9999 that a"
                    + " WorkCalendar answers for: give fewer days");
        }
        return plusDays(start, days, 0, DAY_SECONDS);
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
        requireNotNegative(amount, "amount");
        long m = perDaySeconds(perDay);
        long whole = amount.getSeconds() / m;
        long rest = (amount.getSeconds() - whole * m) * NANOS + amount.getNano();
        return plusDays(start, whole, rest, m);
    }

    private static long perDaySeconds(Duration perDay) {
        Objects.requireNonNull(perDay, "perDay");
        if (perDay.getNano() != 0 || perDay.getSeconds() < 1 || perDay.getSeconds() > DAY_SECONDS) {
            throw new IllegalArgumentException("a working day worth " + perDay + " cannot be used: give from one"
                    + " second to 24 hours, in whole seconds, such as Duration.ofMinutes(480)");
        }
        return perDay.getSeconds();
    }

    private Instant plusDays(Instant start, long whole, long restNanos, long m) {
        second(start, "start");
        Compiled c = compiled();
        requireCovered(c, start, true);
        if (whole == 0 && restNanos == 0) {
            return start;
        }
        Timeline tl = c.timeline();
        long s = start.getEpochSecond();
        long day = tl.dayOf(s);
        long g = scaled(tl, day, s, start.getNano(), m) + restNanos;
        long index = tl.datesBefore(day) + whole;
        if (g >= m * NANOS) {
            g -= m * NANOS;
            index++;
        }
        long target = tl.workingDate(index);
        long e = Math.floorDiv(g * tl.realSeconds(target) + m - 1, m);
        long ys = tl.secondsBefore(target) + e / NANOS;
        long yn = e % NANOS;
        long t = yn == 0 ? tl.earliest(ys) : tl.earliest(ys + 1) - 1;
        return result(c, t, yn, true);
    }

    /** Returns the share of its date's working time done at an instant, scaled so that the whole date is {@code m} seconds, in nanoseconds. */
    private static long scaled(Timeline tl, long day, long s, int nano, long m) {
        long w = tl.realSeconds(day);
        if (w == 0) {
            return 0;
        }
        long within = tl.within(day, s);
        long done = (within >> 1) * NANOS + ((within & 1) != 0 ? nano : 0);
        return m * done / w;
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
        second(a, "a");
        second(b, "b");
        long m = perDaySeconds(perDay);
        if (b.isBefore(a)) {
            return workingDaysBetween(b, a, perDay).negated();
        }
        Compiled c = compiled();
        requireCovered(c, a, true);
        requireCovered(c, b, true);
        Timeline tl = c.timeline();
        long da = tl.dayOf(a.getEpochSecond());
        long db = tl.dayOf(b.getEpochSecond());
        long ga = scaled(tl, da, a.getEpochSecond(), a.getNano(), m);
        long gb = scaled(tl, db, b.getEpochSecond(), b.getNano(), m);
        Duration d = Duration.ofSeconds((tl.datesBefore(db) - tl.datesBefore(da)) * m).plusNanos(gb - ga);
        return Duration.ofSeconds(d.getSeconds());
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
     * {@code WorkCalendar[Asia/Jakarta; MON-THU 07:30-12:00 13:00-16:00; FRI …; Holidays[53 dates, 2025-2026]]}.
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
