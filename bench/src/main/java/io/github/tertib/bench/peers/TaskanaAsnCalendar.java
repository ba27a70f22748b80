package io.github.tertib.bench.peers;

import io.github.tertib.bench.AsnQuestions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pro.taskana.common.api.CustomHoliday;
import pro.taskana.common.api.LocalTimeInterval;
import pro.taskana.common.api.WorkingTimeCalculator;
import pro.taskana.common.internal.workingtime.HolidaySchedule;
import pro.taskana.common.internal.workingtime.WorkingTimeCalculatorImpl;

/**
 * The ASN calendar of {@link AsnQuestions} on Taskana 8.2.0's {@link WorkingTimeCalculator}
 * ({@code workingTimeBetween}, {@code addWorkingTime}).
 *
 * <p>Models: the weekly schedule with its breaks to the minute (a set of
 * {@link LocalTimeInterval}s per weekday), the zone, and the 2026 holidays as
 * {@link CustomHoliday}s; German holidays off.
 *
 * <p>Cannot: a {@code CustomHoliday} is a day and month that recurs every year, so the calendar
 * cannot hold two years of decrees (2025's and 2026's lists differ) and silently repeats 2026's
 * dates in every other year instead of refusing a year it has no data for; no holiday types or
 * legal basis; no dated overrides (Ramadan hours). Taskana's public
 * {@code WorkingTimeCalculator} is built from its configuration in Taskana itself; the
 * implementation class is constructed directly here, as Taskana's own tests do. Its
 * {@code workingTimeBetween} and {@code addWorkingTime} walk the span one work slot at a time.
 */
public final class TaskanaAsnCalendar {

    private TaskanaAsnCalendar() {
    }

    /** Returns the calendar of {@link AsnQuestions} with the given holidays. */
    public static WorkingTimeCalculator of(List<LocalDate> holidays) {
        Map<DayOfWeek, Set<LocalTimeInterval>> week = new EnumMap<>(DayOfWeek.class);
        AsnQuestions.WEEK.forEach((day, intervals) -> {
            Set<LocalTimeInterval> slots = new TreeSet<>();
            for (AsnQuestions.Interval interval : intervals) {
                slots.add(new LocalTimeInterval(interval.from(), interval.until()));
            }
            week.put(day, slots);
        });
        List<CustomHoliday> custom = holidays.stream()
                .map(date -> CustomHoliday.of(date.getDayOfMonth(), date.getMonthValue()))
                .toList();
        return new WorkingTimeCalculatorImpl(new HolidaySchedule(false, false, custom), week, AsnQuestions.ZONE);
    }
}
