package io.github.tertib.bench;

import io.github.tertib.bench.AsnQuestions.Span;
import io.github.tertib.time.Holiday;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WeeklySchedule;
import io.github.tertib.time.WorkCalendar;
import io.github.tertib.time.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link AsnQuestions} on Tertib's {@link WorkCalendar}: {@code WorkCalendar.asn(Asia/Jakarta)}
 * with {@code Holidays.indonesia()}, asked {@code workingTimeBetween(START, span.end())} and
 * {@code plusWorkingTime(START, span.workingTime())}: the same instants as
 * {@link TaskanaCalendarBench}.
 *
 * <p>Setup checks that this calendar is the peer's: the same weekly hours as
 * {@link AsnQuestions#WEEK}, the same 2026 days off as {@link AsnQuestions#holidays()}, and
 * the same answers for the span. The calendar's tables are built by its first query, in setup (they
 * are built once per calendar and shared by every later query).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class TertibCalendarBench {

    @Param
    public Span span;

    private WorkCalendar calendar;
    private Instant start;
    private Instant end;
    private Duration workingTime;

    /** The calendar the Tertib benchmarks use: ASN hours in WIB with Indonesia's holidays. */
    public static WorkCalendar asnWithHolidays() {
        return WorkCalendar.asn(AsnQuestions.ZONE).withHolidays(Holidays.indonesia());
    }

    @Setup
    public void setUp() {
        calendar = asnWithHolidays();
        requireSameCalendarAsPeers(calendar);
        start = AsnQuestions.START;
        end = span.end();
        workingTime = span.workingTime();
        Duration between = calendar.workingTimeBetween(start, end);
        Instant plus = calendar.plusWorkingTime(start, workingTime);
        if (!between.equals(workingTime) || !plus.equals(end)) {
            throw new IllegalStateException("Tertib answers " + between + " and " + plus + " for " + span
                    + ", expected " + workingTime + " and " + end);
        }
    }

    /** Throws unless the calendar has the hours of {@link AsnQuestions#WEEK} and its 2026 days off. */
    static void requireSameCalendarAsPeers(WorkCalendar calendar) {
        WeeklySchedule schedule = calendar.schedule();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<AsnQuestions.Interval> expected = AsnQuestions.WEEK.getOrDefault(day, List.of());
            List<AsnQuestions.Interval> actual = new ArrayList<>();
            for (WorkingInterval i : schedule.intervals(day)) {
                actual.add(new AsnQuestions.Interval(i.start(), i.end()));
            }
            if (!actual.equals(expected)) {
                throw new IllegalStateException(day + ": Tertib works " + actual + ", the peers " + expected);
            }
        }
        List<LocalDate> daysOff = new ArrayList<>();
        for (LocalDate d = LocalDate.of(AsnQuestions.YEAR, 1, 1); d.getYear() == AsnQuestions.YEAR;
                d = d.plusDays(1)) {
            List<Holiday> on = calendar.holidays().on(d);
            if (!on.isEmpty()) {
                if (!calendar.workingHoursOn(d).isEmpty()) {
                    throw new IllegalStateException("Tertib works on the holiday " + d + " " + on);
                }
                daysOff.add(d);
            }
        }
        List<LocalDate> expected = AsnQuestions.holidays().stream().sorted().toList();
        if (!daysOff.equals(expected)) {
            throw new IllegalStateException("Tertib's 2026 holidays " + daysOff + " are not the peers' " + expected);
        }
    }

    @Benchmark
    public Duration workingTimeBetween() {
        return calendar.workingTimeBetween(start, end);
    }

    @Benchmark
    public Instant plusWorkingTime() {
        return calendar.plusWorkingTime(start, workingTime);
    }
}
