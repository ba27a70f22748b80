package io.github.tertib.time;

import static io.github.tertib.time.CalendarRange.NANOS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * A {@link WorkCalendar} compiled for queries: its {@link Timeline} of per-day prefix sums, and the
 * instants its holiday data covers ({@code covered} false when it refuses no date). Every query is a few
 * binary searches; the arguments are checked by the calendar before they get here.
 */
record CompiledCalendar(Timeline timeline, ZoneId zone, Holidays holidays, boolean covered, long coverStart,
        long coverEnd) {

    /**
     * Compiles a calendar: the weekly hours, and each date's hours from the first to the last date that
     * any holiday, override or extra working date names.
     */
    static CompiledCalendar compile(ZoneId zone, WeeklySchedule schedule, Holidays holidays,
            List<DatedSchedule> overrides, NavigableMap<LocalDate, DayOfWeek> workingDates, boolean covering,
            Function<LocalDate, List<WorkingInterval>> hoursOn, LoopCounter loops) {
        List<List<WorkingInterval>> weekly = new ArrayList<>(7);
        for (DayOfWeek d : DayOfWeek.values()) {
            weekly.add(schedule.intervals(d));
        }
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
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : marks) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        List<List<WorkingInterval>> irregular = new ArrayList<>();
        long firstDay = 0;
        if (first != null) {
            firstDay = first.toEpochDay();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                irregular.add(hoursOn.apply(d));
            }
        }
        Timeline timeline = new Timeline(new DayPlan(weekly, firstDay, irregular, loops), zone, loops);
        if (!covering) {
            return new CompiledCalendar(timeline, zone, holidays, false, 0, 0);
        }
        long from = LocalDate.of(holidays.firstYear().orElseThrow().getValue(), 1, 1).toEpochDay();
        long to = LocalDate.of(holidays.lastYear().orElseThrow().getValue() + 1, 1, 1).toEpochDay();
        return new CompiledCalendar(timeline, zone, holidays, true, timeline.dayStart(from), timeline.dayStart(to));
    }

    /** Refuses an instant outside the holiday data; {@code endIncluded} lets the instant that ends the data pass. */
    void requireCovered(Instant t, boolean endIncluded) {
        if (!covered) {
            return;
        }
        long s = t.getEpochSecond();
        boolean atOrAfterEnd = s > coverEnd || s == coverEnd && (t.getNano() > 0 || !endIncluded);
        if (s < coverStart || atOrAfterEnd) {
            throw CalendarRange.outside(holidays, LocalDate.ofInstant(t, zone));
        }
    }

    /** Refuses a result beyond the holiday data or the years 1 to 9999; returns it as an instant. */
    private Instant result(long s, long nanos, boolean endIncluded) {
        if (covered && (s > coverEnd || s == coverEnd && (nanos > 0 || !endIncluded))) {
            throw CalendarRange.outside(holidays, LocalDate.of(holidays.lastYear().orElseThrow().getValue() + 1, 1, 1));
        }
        CalendarRange.requireAnswerInRange(s);
        return Instant.ofEpochSecond(s, nanos);
    }

    /** See {@link WorkCalendar#workingTimeBetween}. */
    Duration workingTimeBetween(Instant a, Instant b) {
        requireCovered(a, true);
        requireCovered(b, true);
        long fa = timeline.locate(a.getEpochSecond());
        long fb = timeline.locate(b.getEpochSecond());
        long na = (fa & 1) != 0 ? a.getNano() : 0;
        long nb = (fb & 1) != 0 ? b.getNano() : 0;
        return Duration.ofSeconds((fb >> 1) - (fa >> 1), nb - na);
    }

    /** See {@link WorkCalendar#plusWorkingTime}. */
    Instant plusWorkingTime(Instant start, Duration duration) {
        requireCovered(start, true);
        if (duration.isZero()) {
            return start;
        }
        long f = timeline.locate(start.getEpochSecond());
        long ys = (f >> 1) + duration.getSeconds();
        long yn = ((f & 1) != 0 ? start.getNano() : 0) + duration.getNano();
        if (yn >= NANOS) {
            ys++;
            yn -= NANOS;
        }
        return earliest(ys, yn, true);
    }

    /** Returns the first instant at which {@code ys} seconds and {@code yn} nanoseconds of working time have passed. */
    private Instant earliest(long ys, long yn, boolean endIncluded) {
        long t = yn == 0 ? timeline.earliest(ys) : timeline.earliest(ys + 1) - 1;
        return result(t, yn, endIncluded);
    }

    /** See {@link WorkCalendar#isWorkingTime}. */
    boolean isWorkingTime(Instant instant) {
        requireCovered(instant, false);
        return (timeline.locate(instant.getEpochSecond()) & 1) != 0;
    }

    /** See {@link WorkCalendar#nextWorkingInstant}. */
    Instant nextWorkingInstant(Instant instant) {
        requireCovered(instant, false);
        long f = timeline.locate(instant.getEpochSecond());
        if ((f & 1) != 0) {
            return instant;
        }
        return result(timeline.earliest((f >> 1) + 1) - 1, 0, false);
    }

    /**
     * Returns the instant {@code whole} working dates and {@code restNanos} more after {@code start}, each
     * working date worth {@code m} seconds.
     */
    Instant plusDays(Instant start, long whole, long restNanos, long m) {
        requireCovered(start, true);
        if (whole == 0 && restNanos == 0) {
            return start;
        }
        long s = start.getEpochSecond();
        long day = timeline.dayOf(s);
        long g = scaled(day, s, start.getNano(), m) + restNanos;
        long index = timeline.datesBefore(day) + whole;
        if (g >= m * NANOS) {
            g -= m * NANOS;
            index++;
        }
        long target = timeline.workingDate(index);
        long e = Math.floorDiv(g * timeline.realSeconds(target) + m - 1, m);
        return earliest(timeline.secondsBefore(target) + e / NANOS, e % NANOS, true);
    }

    /** Returns the share of its date's working time done at an instant, scaled so that the whole date is {@code m} seconds, in nanoseconds. */
    private long scaled(long day, long s, int nano, long m) {
        long w = timeline.realSeconds(day);
        if (w == 0) {
            return 0;
        }
        long within = timeline.within(day, s);
        long done = (within >> 1) * NANOS + ((within & 1) != 0 ? nano : 0);
        return m * done / w;
    }

    /** See {@link WorkCalendar#workingDaysBetween}; {@code a} is not after {@code b}. */
    Duration workingDaysBetween(Instant a, Instant b, long m) {
        requireCovered(a, true);
        requireCovered(b, true);
        long da = timeline.dayOf(a.getEpochSecond());
        long db = timeline.dayOf(b.getEpochSecond());
        long ga = scaled(da, a.getEpochSecond(), a.getNano(), m);
        long gb = scaled(db, b.getEpochSecond(), b.getNano(), m);
        Duration d = Duration.ofSeconds((timeline.datesBefore(db) - timeline.datesBefore(da)) * m).plusNanos(gb - ga);
        return Duration.ofSeconds(d.getSeconds());
    }
}
