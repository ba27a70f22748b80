package io.github.tertib.time;

import static io.github.tertib.time.WorkCalendarTest.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The cost of a query does not grow with its span: the loops inside a query (binary searches over
 * per-day sums, walks over one day's intervals) are counted by a {@link LoopCounter} given to the calendar
 * ({@link WorkCalendar#countingLoops}), and a query over a
 * thousand years takes about as many as one over a day. No timing is measured.
 */
class WorkCalendarCostTest {

    /**
     * Generous: a binary search over two years of days is 10 steps, one over the thousand-odd clock changes
     * of a 400-year cycle 10 more; a query makes a handful of searches.
     */
    static final long BOUND = 100;

    static final Instant START = wib("2025-03-03T09:17:23");
    static final Duration[] SPANS = {Duration.ofDays(1), Duration.ofDays(365), Duration.ofDays(3650),
        Duration.ofDays(365_000)};

    /** Counts the loop steps of the queries of one calendar. */
    static final class Counter implements LoopCounter {
        long steps;

        @Override
        public void step() {
            steps++;
        }
    }

    static Map<Duration, Long> stepsPerSpan(WorkCalendar uncounted, BiConsumer<WorkCalendar, Duration> query) {
        Counter counter = new Counter();
        WorkCalendar cal = uncounted.countingLoops(counter);
        cal.isWorkingTime(START); // builds the tables outside the count
        Map<Duration, Long> out = new LinkedHashMap<>();
        for (Duration span : SPANS) {
            counter.steps = 0;
            query.accept(cal, span);
            out.put(span, counter.steps);
        }
        return out;
    }

    static void assertFlat(Map<Duration, Long> steps) {
        assertThat(steps.values()).as("loop steps per span %s", steps).allSatisfy(s -> assertThat(s).isBetween(1L, BOUND));
    }

    @Test
    void asn_queries_with_holidays_take_as_many_steps_over_a_thousand_years_as_over_a_day() {
        WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia())
                .assumingNoHolidaysOutsideData();
        assertFlat(stepsPerSpan(cal, (c, span) -> c.workingTimeBetween(START, START.plus(span))));
        assertFlat(stepsPerSpan(cal, (c, span) -> c.plusWorkingTime(START, span)));
        assertFlat(stepsPerSpan(cal, (c, span) -> c.workingDaysBetween(START, START.plus(span), Duration.ofMinutes(480))));
        assertFlat(stepsPerSpan(cal, (c, span) -> c.plusWorkingDays(START, span.toDays())));
    }

    @Test
    void a_zone_with_clock_changes_stays_flat_across_its_400_year_cycle() {
        WorkCalendar cal = WorkCalendar.continuous(ZoneId.of("Europe/Berlin")).withHolidays(Holidays.indonesia())
                .assumingNoHolidaysOutsideData();
        assertFlat(stepsPerSpan(cal, (c, span) -> c.workingTimeBetween(START, START.plus(span))));
        assertFlat(stepsPerSpan(cal, (c, span) -> c.plusWorkingTime(START, span)));
        assertFlat(stepsPerSpan(cal, (c, span) -> c.nextWorkingInstant(START.plus(span))));
    }

    @Test
    void the_counter_counts_nothing_when_off() {
        WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta"));
        Counter counter = new Counter();
        WorkCalendar counted = cal.countingLoops(counter);
        cal.workingTimeBetween(START, START.plus(Duration.ofDays(365)));
        assertThat(counter.steps).isZero();
        counted.workingTimeBetween(START, START.plus(Duration.ofDays(365)));
        assertThat(counter.steps).isPositive();
    }
}
