package io.github.tertib.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link WorkCalendar} over random calendars (schedules with breaks, holidays, overrides,
 * extra working dates, zones with and without daylight saving time), checked against the laws of working
 * time and against {@link ReferenceCalendar}, a slow day-by-day reading of the same calendar.
 *
 * <p>Instants come from two windows: around the holiday data (2024-10 to 2027-03, across four clock
 * changes of each DST zone), and around 1 January 2428, where the tables of zones with recurring clock
 * changes wrap around their 400-year cycle.
 */
class WorkCalendarProperties {

    static final int EXAMPLES = 200;

    static final Instant NEAR_FROM = Instant.parse("2024-10-01T00:00:00Z");
    static final Instant NEAR_UNTIL = Instant.parse("2027-03-31T00:00:00Z");
    static final Instant FAR_FROM = Instant.parse("2427-10-01T00:00:00Z");
    static final Instant FAR_UNTIL = Instant.parse("2428-03-31T00:00:00Z");

    /** A calendar and three instants to ask it about. */
    record Case(WorkCalendar cal, Instant a, Instant b, Instant c) {
    }

    /**
     * Returns cases whose instants lie near the holiday data, or (with the given chance, each instant on its
     * own or all together) near 2428, gathered around the calendar's clock changes.
     */
    static Gen<Case> cases(int farPercent, boolean sameWindow) {
        Generator<WorkCalendar> calendars = CalendarGenerators.calendars();
        return TertibGens.of(c -> {
            WorkCalendar cal = calendars.generate(c);
            Generator<Instant> near = CalendarGenerators.instants(cal.zone(), NEAR_FROM, NEAR_UNTIL);
            Generator<Instant> far = CalendarGenerators.instants(cal.zone(), FAR_FROM, FAR_UNTIL);
            boolean allFar = sameWindow && c.chance(farPercent);
            Generator<Instant> pick = sameWindow ? (allFar ? far : near)
                    : x -> x.chance(farPercent) ? far.generate(x) : near.generate(x);
            return new Case(cal, pick.generate(c), pick.generate(c), pick.generate(c));
        });
    }

    /** Instants anywhere in both windows, so that a pair may span four centuries. */
    static final Gen<Case> ANY = cases(30, false);
    /** Instants in one window, for comparisons with the day-by-day reference. */
    static final Gen<Case> SAME = cases(25, true);
    static final Gen<Duration> SHORT = TertibGens.of(CalendarGenerators.durations(Duration.ofHours(30)));
    static final Gen<Duration> LONG = TertibGens.of(CalendarGenerators.durations(Duration.ofDays(100)));
    static final Gen<Duration> PER_DAY = TertibGens.of(Generator.oneOf(List.of(Duration.ofMinutes(480),
            Duration.ofMinutes(450), Duration.ofDays(1), Duration.ofSeconds(7))));

    @Test
    void working_time_between_is_additive_over_a_split_point() {
        qt().withExamples(EXAMPLES).forAll(ANY).checkAssert(k ->
                assertThat(k.cal().workingTimeBetween(k.a(), k.c()))
                        .isEqualTo(k.cal().workingTimeBetween(k.a(), k.b()).plus(k.cal().workingTimeBetween(k.b(), k.c()))));
    }

    @Test
    void working_time_between_is_antisymmetric_and_never_exceeds_the_wall_clock() {
        qt().withExamples(EXAMPLES).forAll(ANY).checkAssert(k -> {
            Duration ab = k.cal().workingTimeBetween(k.a(), k.b());
            assertThat(k.cal().workingTimeBetween(k.b(), k.a())).isEqualTo(ab.negated());
            assertThat(ab.abs()).isLessThanOrEqualTo(Duration.between(k.a(), k.b()).abs());
        });
    }

    @Test
    void plus_working_time_is_monotonic_in_the_duration() {
        qt().withExamples(EXAMPLES).forAll(ANY, LONG, LONG).checkAssert((k, x, y) -> {
            Duration small = x.compareTo(y) <= 0 ? x : y;
            Duration large = x.compareTo(y) <= 0 ? y : x;
            assertThat(k.cal().plusWorkingTime(k.a(), small)).isBeforeOrEqualTo(k.cal().plusWorkingTime(k.a(), large));
        });
    }

    @Test
    void the_working_time_from_a_start_to_start_plus_d_is_d() {
        qt().withExamples(EXAMPLES).forAll(ANY, LONG).checkAssert((k, d) ->
                assertThat(k.cal().workingTimeBetween(k.a(), k.cal().plusWorkingTime(k.a(), d))).isEqualTo(d));
    }

    @Test
    void adding_x_then_y_is_adding_x_plus_y() {
        qt().withExamples(EXAMPLES).forAll(ANY, LONG, LONG).checkAssert((k, x, y) ->
                assertThat(k.cal().plusWorkingTime(k.cal().plusWorkingTime(k.a(), x), y))
                        .isEqualTo(k.cal().plusWorkingTime(k.a(), x.plus(y))));
    }

    @Test
    void the_next_working_instant_works_and_no_working_time_lies_before_it() {
        qt().withExamples(EXAMPLES).forAll(ANY).checkAssert(k -> {
            Instant t = k.a();
            Instant next = k.cal().nextWorkingInstant(t);
            assertThat(next).isAfterOrEqualTo(t);
            assertThat(k.cal().isWorkingTime(next)).isTrue();
            assertThat(k.cal().workingTimeBetween(t, next)).isZero();
            assertThat(k.cal().isWorkingTime(t)).isEqualTo(next.equals(t));
        });
    }

    @Test
    void agrees_with_the_reference_on_working_time_between() {
        qt().withExamples(EXAMPLES).forAll(SAME).checkAssert(k ->
                assertThat(k.cal().workingTimeBetween(k.a(), k.b()))
                        .isEqualTo(new ReferenceCalendar(k.cal()).workingTimeBetween(k.a(), k.b())));
    }

    @Test
    void agrees_with_the_reference_on_plus_working_time() {
        qt().withExamples(EXAMPLES).forAll(SAME, SHORT).checkAssert((k, d) ->
                assertThat(k.cal().plusWorkingTime(k.a(), d)).isEqualTo(new ReferenceCalendar(k.cal()).plusWorkingTime(k.a(), d)));
    }

    @Test
    void agrees_with_the_reference_on_working_time_and_the_next_working_instant() {
        qt().withExamples(EXAMPLES).forAll(SAME).checkAssert(k -> {
            ReferenceCalendar ref = new ReferenceCalendar(k.cal());
            for (Instant t : List.of(k.a(), k.b(), k.c())) {
                assertThat(k.cal().isWorkingTime(t)).as("isWorkingTime(%s)", t).isEqualTo(ref.isWorkingTime(t));
                assertThat(k.cal().nextWorkingInstant(t)).as("nextWorkingInstant(%s)", t)
                        .isEqualTo(ref.nextWorkingInstant(t));
            }
        });
    }

    @Test
    void working_days_measure_back_exactly_what_was_added() {
        qt().withExamples(EXAMPLES).forAll(ANY, SHORT, PER_DAY).checkAssert((k, d, perDay) -> {
            Duration whole = Duration.ofSeconds(d.getSeconds());
            Instant due = k.cal().plusWorkingDays(k.a(), whole, perDay);
            assertThat(k.cal().workingDaysBetween(k.a(), due, perDay)).isEqualTo(whole);
            assertThat(k.cal().workingDaysBetween(due, k.a(), perDay)).isEqualTo(whole.negated());
        });
    }

    @Test
    void agrees_with_the_reference_on_working_days() {
        Gen<Long> days = TertibGens.of(c -> c.choose(0, 12));
        qt().withExamples(EXAMPLES).forAll(SAME, days).checkAssert((k, n) ->
                assertThat(k.cal().plusWorkingDays(k.a(), n)).isEqualTo(new ReferenceCalendar(k.cal()).plusWorkingDays(k.a(), n)));
        qt().withExamples(EXAMPLES).forAll(SAME, PER_DAY).checkAssert((k, perDay) ->
                assertThat(k.cal().workingDaysBetween(k.a(), k.b(), perDay))
                        .isEqualTo(new ReferenceCalendar(k.cal()).workingDaysBetween(k.a(), k.b(), perDay.getSeconds())));
    }
}
