package io.github.tertib.time;

import static io.github.tertib.time.WorkCalendarTest.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cost of a query does not grow with its span: the loops inside a query (binary searches over
 * per-day sums, walks over one day's intervals) are counted by {@link Timeline#steps}, and a query over a
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

    @AfterEach
    void stopCounting() {
        Timeline.countSteps = false;
    }

    static long steps(Runnable query) {
        Timeline.steps = 0;
        Timeline.countSteps = true;
        try {
            query.run();
            return Timeline.steps;
        } finally {
            Timeline.countSteps = false;
        }
    }

    static Map<Duration, Long> stepsPerSpan(WorkCalendar cal, Consumer<Duration> query) {
        cal.isWorkingTime(START); // builds the tables outside the count
        Map<Duration, Long> out = new LinkedHashMap<>();
        for (Duration span : SPANS) {
            out.put(span, steps(() -> query.accept(span)));
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
        assertFlat(stepsPerSpan(cal, span -> cal.workingTimeBetween(START, START.plus(span))));
        assertFlat(stepsPerSpan(cal, span -> cal.plusWorkingTime(START, span)));
        assertFlat(stepsPerSpan(cal, span -> cal.workingDaysBetween(START, START.plus(span), Duration.ofMinutes(480))));
        assertFlat(stepsPerSpan(cal, span -> cal.plusWorkingDays(START, span.toDays())));
    }

    @Test
    void a_zone_with_clock_changes_stays_flat_across_its_400_year_cycle() {
        WorkCalendar cal = WorkCalendar.continuous(ZoneId.of("Europe/Berlin")).withHolidays(Holidays.indonesia())
                .assumingNoHolidaysOutsideData();
        assertFlat(stepsPerSpan(cal, span -> cal.workingTimeBetween(START, START.plus(span))));
        assertFlat(stepsPerSpan(cal, span -> cal.plusWorkingTime(START, span)));
        assertFlat(stepsPerSpan(cal, span -> cal.nextWorkingInstant(START.plus(span))));
    }

    @Test
    void the_counter_counts_nothing_when_off() {
        WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta"));
        Timeline.steps = 0;
        cal.workingTimeBetween(START, START.plus(Duration.ofDays(365)));
        assertThat(Timeline.steps).isZero();
    }
}
