package io.github.tertib.time;

import static io.github.tertib.time.WorkCalendarTest.ASN_ID;
import static io.github.tertib.time.WorkCalendarTest.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link TimePolicy} on the ASN calendar with the Indonesian holidays (WIB), expected values by hand.
 * Monday 2026-01-05 09:00 WIB is the usual activation; no holiday falls between 5 and 12 January 2026.
 */
class TimePolicyTest {

    static final Instant MONDAY_NINE = wib("2026-01-05T09:00");
    static final TimeStandard STEP_4 = TimeStandard.parse("2400 Menit");

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    @Nested
    class TheV4Step4Of2400Minutes {

        @Test
        void is_exactly_five_working_days_under_working_days() {
            TimePolicy p = TimePolicy.workingDays();
            assertThat(p.due(ASN_ID, MONDAY_NINE, STEP_4)).isEqualTo(wib("2026-01-12T09:00"));
            assertThat(p.standard(ASN_ID, MONDAY_NINE, STEP_4)).isEqualTo(minutes(2400));
            assertThat(p.measure(ASN_ID, MONDAY_NINE, wib("2026-01-12T09:00"))).isEqualTo(minutes(2400));
        }

        @Test
        void is_five_450_minute_days_and_150_minutes_under_working_minutes() {
            // 5 x 450 = 2250 brings Monday 09:00 to the next Monday 09:00; 150 more: 09:00-11:30
            TimePolicy p = TimePolicy.workingMinutes();
            assertThat(p.due(ASN_ID, MONDAY_NINE, STEP_4)).isEqualTo(wib("2026-01-12T11:30"));
            assertThat(p.standard(ASN_ID, MONDAY_NINE, STEP_4)).isEqualTo(minutes(2400));
        }

        @Test
        void is_forty_hours_of_wall_clock_under_calendar_time() {
            // Monday 09:00 + 40 h = Wednesday 01:00
            TimePolicy p = TimePolicy.calendarTime();
            assertThat(p.due(ASN_ID, MONDAY_NINE, STEP_4)).isEqualTo(wib("2026-01-07T01:00"));
            assertThat(p.standard(ASN_ID, MONDAY_NINE, STEP_4)).isEqualTo(Duration.ofHours(40));
        }

        @Test
        void crosses_the_idul_fitri_2026_holidays_under_working_days() {
            // Tue 17 March 10:00 + 5 working days: (18-24 off) 25, 26, 27, 30, 31 March → Tue 31 March 10:00
            assertThat(TimePolicy.workingDays().due(ASN_ID, wib("2026-03-17T10:00"), STEP_4))
                    .isEqualTo(wib("2026-03-31T10:00"));
        }
    }

    @Test
    void short_standards_scale_by_the_day_under_working_days() {
        // 15 Menit = 1/32 of a 480-minute day = 450/32 = 14 min 3.75 s of an ASN day
        TimeStandard fifteen = TimeStandard.parse("15 Menit");
        TimePolicy p = TimePolicy.workingDays();
        Instant due = p.due(ASN_ID, MONDAY_NINE, fifteen);
        assertThat(due).isEqualTo(wib("2026-01-05T09:14:03.75"));
        assertThat(p.measure(ASN_ID, MONDAY_NINE, due)).isEqualTo(minutes(15));
        // with 450-minute days a minute is a minute
        assertThat(TimePolicy.workingDays(450).due(ASN_ID, MONDAY_NINE, fifteen)).isEqualTo(wib("2026-01-05T09:15"));
    }

    @Test
    void day_based_units_count_working_days_under_working_minutes() {
        TimePolicy p = TimePolicy.workingMinutes();
        // 5 Hari Kerja: next Monday 09:00, 2250 working minutes on the ASN calendar
        TimeStandard fiveDays = TimeStandard.parse("5 Hari Kerja");
        assertThat(p.due(ASN_ID, MONDAY_NINE, fiveDays)).isEqualTo(wib("2026-01-12T09:00"));
        assertThat(p.standard(ASN_ID, MONDAY_NINE, fiveDays)).isEqualTo(minutes(2250));
        // 1 Minggu is five working days too, and 2 Hari two
        assertThat(p.due(ASN_ID, MONDAY_NINE, TimeStandard.parse("1 Minggu"))).isEqualTo(wib("2026-01-12T09:00"));
        assertThat(p.due(ASN_ID, MONDAY_NINE, TimeStandard.parse("2 Hari"))).isEqualTo(wib("2026-01-07T09:00"));
        // Friday 9 January 10:00 + 1 Hari Kerja skips the weekend: Monday 12 January, the same 150 of 450 → 10:00
        assertThat(p.due(ASN_ID, wib("2026-01-09T10:00"), TimeStandard.parse("1 Hari Kerja")))
                .isEqualTo(wib("2026-01-12T10:00"));
    }

    @Test
    void day_based_units_are_nominal_wall_clock_under_calendar_time() {
        TimePolicy p = TimePolicy.calendarTime();
        assertThat(p.due(ASN_ID, MONDAY_NINE, TimeStandard.parse("2 Hari"))).isEqualTo(wib("2026-01-07T09:00"));
        assertThat(p.due(ASN_ID, MONDAY_NINE, TimeStandard.parse("1 Hari Kerja"))).isEqualTo(wib("2026-01-05T17:00"));
        assertThat(p.due(ASN_ID, MONDAY_NINE, TimeStandard.parse("1 Minggu"))).isEqualTo(wib("2026-01-12T09:00"));
        assertThat(p.measure(ASN_ID, wib("2026-01-05T09:00"), wib("2026-01-05T08:00"))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void a_month_is_a_calendar_month_under_every_policy() {
        // Thu 15 Jan 10:00 + 1 Bulan = Sun 15 Feb 10:00. Working dates from 15 Jan to 13 Feb: Thu 15, then
        // (16 Jan is Isra Mikraj) four full weeks 19 Jan-13 Feb = 20; 16-17 Feb are Imlek holidays.
        Instant thursday = wib("2026-01-15T10:00");
        TimeStandard month = TimeStandard.parse("1 Bulan");
        // wall clock: 31 days
        assertThat(TimePolicy.calendarTime().due(ASN_ID, thursday, month)).isEqualTo(wib("2026-02-15T10:00"));
        assertThat(TimePolicy.calendarTime().standard(ASN_ID, thursday, month)).isEqualTo(Duration.ofDays(31));
        // working minutes: 300 on Thursday (10:00-12:00, 13:00-16:00) + 20 x 450 = 9300, used up Friday 13 Feb 16:30
        assertThat(TimePolicy.workingMinutes().standard(ASN_ID, thursday, month)).isEqualTo(minutes(9300));
        assertThat(TimePolicy.workingMinutes().due(ASN_ID, thursday, month)).isEqualTo(wib("2026-02-13T16:30"));
        // working days: 2/3 of Thursday + 20 dates = 20 2/3 x 480 = 9920 minutes, also used up Friday 16:30
        assertThat(TimePolicy.workingDays().standard(ASN_ID, thursday, month)).isEqualTo(minutes(9920));
        assertThat(TimePolicy.workingDays().due(ASN_ID, thursday, month)).isEqualTo(wib("2026-02-13T16:30"));
        // 31 January + 1 month is clamped to 28 February
        assertThat(TimePolicy.calendarTime().due(ASN_ID, wib("2026-01-31T10:00"), month)).isEqualTo(wib("2026-02-28T10:00"));
    }

    @Test
    void a_range_is_read_by_its_upper_bound_and_zero_is_due_at_once() {
        // 15-30 Menit from Monday 11:45: 15 before the break, 15 after → 13:15
        assertThat(TimePolicy.workingMinutes().due(ASN_ID, wib("2026-01-05T11:45"), TimeStandard.parse("15-30 Menit")))
                .isEqualTo(wib("2026-01-05T13:15"));
        for (TimePolicy p : List.of(TimePolicy.calendarTime(), TimePolicy.workingMinutes(), TimePolicy.workingDays())) {
            assertThat(p.due(ASN_ID, wib("2026-01-10T10:00"), TimeStandard.parse("0 Menit"))).isEqualTo(wib("2026-01-10T10:00"));
            assertThat(p.standard(ASN_ID, wib("2026-01-10T10:00"), TimeStandard.parse("0 Hari"))).isZero();
        }
    }

    @Test
    void a_step_finished_on_the_weekend_after_its_due_instant_is_not_late() {
        // 1 Hari Kerja from Thursday 16:00 (the end of its work) is used up at Friday 16:30; finishing on
        // Saturday measures no more than the standard, so it is not late
        TimePolicy p = TimePolicy.workingMinutes();
        TimeStandard day = TimeStandard.parse("1 Hari Kerja");
        Instant thursday = wib("2026-01-08T16:00");
        assertThat(p.due(ASN_ID, thursday, day)).isEqualTo(wib("2026-01-09T16:30"));
        assertThat(p.measure(ASN_ID, thursday, wib("2026-01-10T11:00"))).isEqualTo(p.standard(ASN_ID, thursday, day));
    }

    @Test
    void refuses_an_odd_day_length_and_nulls() {
        assertThatThrownBy(() -> TimePolicy.workingDays(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a working day of 0 minutes cannot be used: give from 1 to 1440 minutes, such as 480");
        assertThatThrownBy(() -> TimePolicy.workingDays().due(null, MONDAY_NINE, STEP_4))
                .isInstanceOf(NullPointerException.class).hasMessage("calendar");
        assertThatThrownBy(() -> TimePolicy.workingDays().measure(ASN_ID, MONDAY_NINE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("to");
    }

    @Test
    void policies_are_values() {
        assertThat(TimePolicy.workingDays(480)).isSameAs(TimePolicy.workingDays());
        assertThat(TimePolicy.workingDays(450)).isEqualTo(TimePolicy.workingDays(450))
                .hasSameHashCodeAs(TimePolicy.workingDays(450)).isNotEqualTo(TimePolicy.workingDays());
        assertThat(TimePolicy.workingMinutes()).isNotEqualTo(TimePolicy.calendarTime());
        assertThat(TimePolicy.workingDays()).hasToString("TimePolicy.workingDays(480)");
        assertThat(TimePolicy.workingMinutes()).hasToString("TimePolicy.workingMinutes()");
        assertThat(TimePolicy.calendarTime()).hasToString("TimePolicy.calendarTime()");
    }

    @Test
    void beyond_the_holiday_data_a_policy_refuses_like_its_calendar() {
        assertThatThrownBy(() -> TimePolicy.workingDays().due(ASN_ID, wib("2026-12-28T10:00"), STEP_4))
                .isInstanceOf(OutsideHolidayDataException.class);
    }

    static final Gen<TimePolicy> POLICIES = TertibGens.of(Generator.oneOf(List.of(TimePolicy.calendarTime(),
            TimePolicy.workingMinutes(), TimePolicy.workingDays(), TimePolicy.workingDays(450),
            TimePolicy.workingDays(7))));

    static final Gen<TimeStandard> STANDARDS = TertibGens.of(c -> {
        TimeStandard.Unit unit = TimeStandard.Unit.values()[c.chooseInt(0, TimeStandard.Unit.values().length - 1)];
        long max = switch (unit) {
            case MINUTES -> 5000;
            case HOURS -> 80;
            case DAYS, WORKING_DAYS -> 30;
            case WEEKS -> 6;
            case MONTHS -> 4;
        };
        long low = c.choose(0, max);
        return c.chance(20) ? TimeStandard.range(low, c.choose(low, max), unit) : TimeStandard.of(low, unit);
    });

    @Test
    void the_measure_from_activation_to_due_is_the_standard_under_every_policy() {
        Gen<WorkCalendar> calendars = TertibGens.of(CalendarGenerators.calendars());
        Gen<Instant> instants = TertibGens.of(CalendarGenerators.instants(
                Instant.parse("2024-10-01T00:00:00Z"), Instant.parse("2027-03-31T00:00:00Z")));
        qt().withExamples(200).forAll(calendars, instants, STANDARDS, POLICIES).checkAssert((cal, a, s, p) -> {
            Instant due = p.due(cal, a, s);
            assertThat(due).isAfterOrEqualTo(a);
            assertThat(p.measure(cal, a, due)).as("%s of %s from %s", p, s, a).isEqualTo(p.standard(cal, a, s));
        });
    }
}
