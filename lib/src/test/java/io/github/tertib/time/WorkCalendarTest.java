package io.github.tertib.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.TertibException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example tests of {@link WorkCalendar}. Every expected value is worked out by hand in the comment beside
 * it; dates are 2025 and 2026 (2026-01-05 is a Monday). WIB is UTC+7.
 */
class WorkCalendarTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final WorkCalendar ASN = WorkCalendar.asn(WIB);
    static final WorkCalendar ASN_ID = ASN.withHolidays(Holidays.indonesia());

    /** Returns the instant of a local date-time in WIB, written {@code 2026-01-05T09:00}. */
    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    @Nested
    @DisplayName("plusWorkingTime on the ASN schedule")
    class PlusWorkingTime {

        @Test
        void a_result_that_ends_a_working_interval_is_that_end_not_the_next_start() {
            // 09:00-12:00 is exactly 180 minutes
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T09:00"), minutes(180))).isEqualTo(wib("2026-01-05T12:00"));
            // one more minute goes past the break: 13:00 + 1
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T09:00"), minutes(181))).isEqualTo(wib("2026-01-05T13:01"));
        }

        @Test
        void a_start_before_opening_counts_from_opening() {
            // 06:00 is before 07:30; 07:30 + 60 = 08:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T06:00"), minutes(60))).isEqualTo(wib("2026-01-05T08:30"));
        }

        @Test
        void a_start_after_closing_counts_from_the_next_working_day() {
            // Monday 17:00 is after 16:00; Tuesday 07:30 + 60 = 08:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T17:00"), minutes(60))).isEqualTo(wib("2026-01-06T08:30"));
        }

        @Test
        void a_start_in_the_break_counts_from_the_end_of_the_break() {
            // 12:30 is in the 12:00-13:00 break; 13:00 + 30 = 13:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T12:30"), minutes(30))).isEqualTo(wib("2026-01-05T13:30"));
        }

        @Test
        void friday_has_its_own_break() {
            // Friday 2026-01-09: 07:30-11:30, 13:00-16:30. 11:00 + 60: 30 before the break, 30 after → 13:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-09T11:00"), minutes(60))).isEqualTo(wib("2026-01-09T13:30"));
        }

        @Test
        void a_start_on_a_weekend_counts_from_monday() {
            // Saturday 2026-01-10 → Monday 2026-01-12 07:30 + 60 = 08:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-10T10:00"), minutes(60))).isEqualTo(wib("2026-01-12T08:30"));
        }

        @Test
        void a_start_on_a_holiday_counts_from_the_next_working_day() {
            // Friday 2026-01-16 is Isra Mikraj; then the weekend; Monday 2026-01-19 07:30 + 30 = 08:00
            assertThat(ASN_ID.plusWorkingTime(wib("2026-01-16T08:00"), minutes(30)))
                    .isEqualTo(wib("2026-01-19T08:00"));
        }

        @Test
        void exact_multiples_of_a_working_day_end_at_closing() {
            // 450 minutes from 07:30 is the whole Monday: 16:00, not Tuesday 07:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T07:30"), minutes(450))).isEqualTo(wib("2026-01-05T16:00"));
            // 900 minutes: Monday and Tuesday, ending Tuesday 16:00
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T07:30"), minutes(900))).isEqualTo(wib("2026-01-06T16:00"));
            // 450 from 09:00 is the same time the next day
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T09:00"), minutes(450))).isEqualTo(wib("2026-01-06T09:00"));
            // a week of 2,250 minutes from Monday 07:30 ends Friday 16:30
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T07:30"), minutes(2250))).isEqualTo(wib("2026-01-09T16:30"));
        }

        @Test
        void friday_and_monday_holidays_around_a_weekend_are_skipped() {
            // 2025-06-06 Fri Idul Adha, 2025-06-09 Mon cuti bersama. Thu 15:00-16:00 = 60, Tue 07:30 + 60 = 08:30
            assertThat(ASN_ID.plusWorkingTime(wib("2025-06-05T15:00"), minutes(120)))
                    .isEqualTo(wib("2025-06-10T08:30"));
            assertThat(ASN_ID.workingTimeBetween(wib("2025-06-05T16:00"), wib("2025-06-10T07:30"))).isZero();
        }

        @Test
        void the_run_of_nyepi_and_idul_fitri_2026_is_skipped() {
            // 18 Mar cuti Nyepi, 19 Nyepi, 20 cuti, 21-22 Idul Fitri (weekend), 23-24 cuti: next work is Wed 25.
            // Tue 17 15:00-16:00 = 60, then Wed 25 07:30 + 60 = 08:30
            assertThat(ASN_ID.plusWorkingTime(wib("2026-03-17T15:00"), minutes(120)))
                    .isEqualTo(wib("2026-03-25T08:30"));
            assertThat(ASN_ID.nextWorkingInstant(wib("2026-03-18T09:00"))).isEqualTo(wib("2026-03-25T07:30"));
            assertThat(ASN_ID.workingTimeBetween(wib("2026-03-17T16:00"), wib("2026-03-25T07:30"))).isZero();
        }

        @Test
        void zero_returns_the_start_itself_even_outside_working_time() {
            assertThat(ASN.plusWorkingTime(wib("2026-01-10T10:00"), Duration.ZERO)).isEqualTo(wib("2026-01-10T10:00"));
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T12:00"), Duration.ZERO)).isEqualTo(wib("2026-01-05T12:00"));
        }

        @Test
        void refuses_a_negative_duration_with_a_sentence() {
            assertThatThrownBy(() -> ASN.plusWorkingTime(wib("2026-01-05T09:00"), minutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the duration to add is negative (PT-1M): working time only moves forward, so give a"
                            + " duration of zero or more");
        }

        @Test
        void keeps_fractions_of_a_second() {
            // 09:00:00.25 + 2.5 s = 09:00:02.75; 11:59:59.5 + 1 s = 13:00:00.5
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T09:00:00.25"), Duration.ofMillis(2500)))
                    .isEqualTo(wib("2026-01-05T09:00:02.75"));
            assertThat(ASN.plusWorkingTime(wib("2026-01-05T11:59:59.5"), Duration.ofSeconds(1)))
                    .isEqualTo(wib("2026-01-05T13:00:00.5"));
        }
    }

    @Nested
    @DisplayName("workingTimeBetween")
    class Between {

        @Test
        void counts_only_working_intervals() {
            // Monday 09:00 to Tuesday 09:00: 09:00-12:00 (180) + 13:00-16:00 (180) + 07:30-09:00 (90) = 450
            assertThat(ASN.workingTimeBetween(wib("2026-01-05T09:00"), wib("2026-01-06T09:00"))).isEqualTo(minutes(450));
            // a whole week
            assertThat(ASN.workingTimeBetween(wib("2026-01-05T00:00"), wib("2026-01-12T00:00"))).isEqualTo(minutes(2250));
        }

        @Test
        void is_negative_when_b_is_before_a() {
            assertThat(ASN.workingTimeBetween(wib("2026-01-06T09:00"), wib("2026-01-05T09:00")))
                    .isEqualTo(minutes(-450));
        }

        @Test
        void is_zero_between_an_instant_and_itself_and_within_a_break() {
            assertThat(ASN.workingTimeBetween(wib("2026-01-05T09:00"), wib("2026-01-05T09:00"))).isZero();
            assertThat(ASN.workingTimeBetween(wib("2026-01-05T12:00"), wib("2026-01-05T13:00"))).isZero();
        }

        @Test
        void a_year_of_asn_working_time_with_indonesian_holidays() {
            // 2026 has 261 weekdays; the holidays on weekdays are 1 Jan, 16 Jan, 16-17 Feb, 18-20 Mar, 23-24 Mar,
            // 3 Apr, 1 May, 14-15 May, 27-28 May, 1 Jun, 16 Jun, 17 Aug, 25 Aug, 24-25 Dec: 21 dates.
            // 240 working dates x 450 minutes
            assertThat(ASN_ID.workingTimeBetween(wib("2026-01-01T00:00"), wib("2027-01-01T00:00")))
                    .isEqualTo(minutes(240 * 450));
        }

        @Test
        void agrees_with_the_year_question_of_the_benchmarks() {
            // bench's AsnQuestions: Friday 2 January 2026 10:00 to Thursday 31 December 2026 10:00 is 240 working
            // days of 450 minutes, less 150 before the start and 300 after the end: 107,550 minutes
            Instant start = wib("2026-01-02T10:00");
            Instant end = wib("2026-12-31T10:00");
            assertThat(ASN_ID.workingTimeBetween(start, end)).isEqualTo(minutes(107_550));
            assertThat(ASN_ID.plusWorkingTime(start, minutes(107_550))).isEqualTo(end);
        }

        @Test
        void reads_dates_in_the_calendars_zone_not_the_jvm_default() {
            TimeZone saved = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
                WorkCalendar fresh = WorkCalendar.asn(WIB).withHolidays(Holidays.indonesia());
                assertThat(fresh.isWorkingTime(wib("2026-01-05T09:00"))).isTrue();
                assertThat(fresh.workingTimeBetween(wib("2026-01-05T09:00"), wib("2026-01-06T09:00")))
                        .isEqualTo(minutes(450));
            } finally {
                TimeZone.setDefault(saved);
            }
        }
    }

    @Nested
    @DisplayName("isWorkingTime and nextWorkingInstant")
    class Instants {

        @Test
        void intervals_are_half_open() {
            assertThat(ASN.isWorkingTime(wib("2026-01-05T07:30"))).isTrue();
            assertThat(ASN.isWorkingTime(wib("2026-01-05T07:29:59.999"))).isFalse();
            assertThat(ASN.isWorkingTime(wib("2026-01-05T11:59:59.999"))).isTrue();
            assertThat(ASN.isWorkingTime(wib("2026-01-05T12:00"))).isFalse();
            assertThat(ASN.isWorkingTime(wib("2026-01-10T10:00"))).isFalse();
        }

        @Test
        void next_working_instant_is_the_instant_itself_or_the_next_opening() {
            assertThat(ASN.nextWorkingInstant(wib("2026-01-05T09:00:00.5"))).isEqualTo(wib("2026-01-05T09:00:00.5"));
            assertThat(ASN.nextWorkingInstant(wib("2026-01-05T12:00"))).isEqualTo(wib("2026-01-05T13:00"));
            assertThat(ASN.nextWorkingInstant(wib("2026-01-09T16:30"))).isEqualTo(wib("2026-01-12T07:30"));
            assertThat(ASN_ID.nextWorkingInstant(wib("2025-12-31T17:00"))).isEqualTo(wib("2026-01-02T07:30"));
        }
    }

    @Nested
    @DisplayName("overrides: Ramadan")
    class Ramadan {

        // Ramadan 1447 starting on Thursday 2026-02-19, mid-week
        final WorkCalendar cal = ASN_ID.withOverride(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 19),
                WeeklySchedule.ramadan());

        @Test
        void ramadan_starting_mid_week_changes_the_hours_from_its_first_day() {
            // Wed 18 ASN 450 + Thu 19 Ramadan 390 + Fri 20 Ramadan 390 = 1230
            assertThat(cal.workingTimeBetween(wib("2026-02-18T00:00"), wib("2026-02-21T00:00"))).isEqualTo(minutes(1230));
            // Wed 15:00-16:00 = 60 (ASN), Thu 08:00 + 60 = 09:00
            assertThat(cal.plusWorkingTime(wib("2026-02-18T15:00"), minutes(120))).isEqualTo(wib("2026-02-19T09:00"));
            assertThat(cal.isWorkingTime(wib("2026-02-19T07:45"))).isFalse();
            assertThat(cal.isWorkingTime(wib("2026-02-18T07:45"))).isTrue();
            assertThat(cal.workingHoursOn(LocalDate.of(2026, 2, 20)))
                    .containsExactly(WorkingInterval.parse("08:00-11:30"), WorkingInterval.parse("12:30-15:30"));
        }

        @Test
        void holidays_still_apply_during_an_override_and_the_schedule_resumes_after_it() {
            // Tue 17 Mar (Ramadan) 14:00-15:00 = 60; 18-24 off; Wed 25 (ASN again) 07:30 + 60 = 08:30
            assertThat(cal.plusWorkingTime(wib("2026-03-17T14:00"), minutes(120))).isEqualTo(wib("2026-03-25T08:30"));
        }

        @Test
        void refuses_overlapping_overrides() {
            assertThatThrownBy(() -> cal.withOverride(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 31),
                    WeeklySchedule.asn()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the override from 2026-03-19 to 2026-03-31 overlaps the override from 2026-02-19 to"
                            + " 2026-03-19: overrides may not share a date, so shorten one of them");
        }

        @Test
        void refuses_an_override_that_ends_before_it_starts() {
            assertThatThrownBy(() -> ASN.withOverride(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 2, 19),
                    WeeklySchedule.ramadan()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ends before it starts");
        }
    }

    @Nested
    @DisplayName("cuti bersama and extra working dates")
    class DaysOff {

        @Test
        void cuti_bersama_is_a_day_off_by_default_and_a_working_day_when_configured() {
            // Friday 2026-03-20 is cuti bersama Idul Fitri
            Instant fridayNine = wib("2026-03-20T09:00");
            assertThat(ASN_ID.isWorkingTime(fridayNine)).isFalse();
            WorkCalendar open = ASN_ID.withCutiBersamaAsWorkingDays();
            assertThat(open.isWorkingTime(fridayNine)).isTrue();
            // its Friday hours: 07:30-11:30, 13:00-16:30 = 450
            assertThat(open.workingTimeBetween(wib("2026-03-20T00:00"), wib("2026-03-21T00:00"))).isEqualTo(minutes(450));
            // libur nasional stays off: Thursday 19 (Nyepi)
            assertThat(open.isWorkingTime(wib("2026-03-19T09:00"))).isFalse();
            assertThat(open.withCutiBersamaAsDaysOff()).isEqualTo(ASN_ID);
        }

        @Test
        void an_extra_working_date_works_the_hours_of_the_weekday_it_names() {
            // Saturday 2026-01-10 works as a Friday: 07:30-11:30, 13:00-16:30
            WorkCalendar cal = ASN.withWorkingDate(LocalDate.of(2026, 1, 10), DayOfWeek.FRIDAY);
            assertThat(cal.workingHoursOn(LocalDate.of(2026, 1, 10)))
                    .containsExactly(WorkingInterval.parse("07:30-11:30"), WorkingInterval.parse("13:00-16:30"));
            // Friday 16:00-16:30 = 30, Saturday 07:30 + 30 = 08:00
            assertThat(cal.plusWorkingTime(wib("2026-01-09T16:00"), minutes(60))).isEqualTo(wib("2026-01-10T08:00"));
        }

        @Test
        void an_extra_working_date_works_even_on_a_holiday() {
            WorkCalendar cal = ASN_ID.withWorkingDate(LocalDate.of(2026, 1, 16), DayOfWeek.FRIDAY);
            assertThat(cal.isWorkingTime(wib("2026-01-16T09:00"))).isTrue();
        }

        @Test
        void refuses_an_extra_working_date_whose_weekday_has_no_hours() {
            assertThatThrownBy(() -> ASN.withWorkingDate(LocalDate.of(2026, 1, 10), DayOfWeek.SUNDAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-01-10 is to work the hours of SUNDAY")
                    .hasMessageContaining("pick a weekday with working hours");
        }
    }

    @Nested
    @DisplayName("beyond the holiday data")
    class BeyondData {

        @Test
        void refuses_a_date_after_the_data_naming_the_last_year_and_the_fix() {
            assertThatThrownBy(() -> ASN_ID.isWorkingTime(wib("2027-01-04T09:00")))
                    .isInstanceOfSatisfying(OutsideHolidayDataException.class, e -> {
                        assertThat(e.lastYear()).isEqualTo(Year.of(2026));
                        assertThat(e.firstYear()).isEqualTo(Year.of(2025));
                        assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 4));
                    })
                    .isInstanceOf(TertibException.class)
                    .hasMessage("the calendar's holiday data covers 2025 to 2026 and says nothing about 2027-01-04:"
                            + " merge the holidays of 2027 into it (Holidays.parseCsv(…) and merge), or build it with"
                            + " assumingNoHolidaysOutsideData() to treat years without data as having no holidays");
        }

        @Test
        void refuses_a_date_before_the_data() {
            assertThatThrownBy(() -> ASN_ID.workingTimeBetween(wib("2024-12-31T09:00"), wib("2025-01-02T09:00")))
                    .isInstanceOfSatisfying(OutsideHolidayDataException.class,
                            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 12, 31)));
        }

        @Test
        void refuses_a_result_that_would_need_the_next_years_holidays() {
            // Thursday 2026-12-31 15:00-16:00 = 60; the rest falls in 2027
            assertThatThrownBy(() -> ASN_ID.plusWorkingTime(wib("2026-12-31T15:00"), minutes(120)))
                    .isInstanceOfSatisfying(OutsideHolidayDataException.class,
                            e -> assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 1)));
            assertThatThrownBy(() -> ASN_ID.nextWorkingInstant(wib("2026-12-31T17:00")))
                    .isInstanceOf(OutsideHolidayDataException.class);
        }

        @Test
        void answers_up_to_the_last_instant_of_the_data() {
            // exactly 60 minutes fit into 2026: the answer is Thursday 16:00
            assertThat(ASN_ID.plusWorkingTime(wib("2026-12-31T15:00"), minutes(60))).isEqualTo(wib("2026-12-31T16:00"));
            assertThat(ASN_ID.workingTimeBetween(wib("2026-12-31T15:00"), wib("2027-01-01T00:00"))).isEqualTo(minutes(60));
        }

        @Test
        void with_the_opt_out_treats_later_years_as_holiday_free() {
            WorkCalendar cal = ASN_ID.assumingNoHolidaysOutsideData();
            assertThat(cal.isWorkingTime(wib("2027-01-04T09:00"))).isTrue();
            // 2027-01-01 (New Year, unknown to the data) is read as an ordinary Friday: 07:30 + 60 = 08:30
            assertThat(cal.plusWorkingTime(wib("2026-12-31T15:00"), minutes(120))).isEqualTo(wib("2027-01-01T08:30"));
        }

        @Test
        void a_calendar_without_holiday_data_answers_for_any_date() {
            assertThat(ASN.isWorkingTime(wib("2027-01-04T09:00"))).isTrue();
            assertThat(ASN.isWorkingTime(wib("1990-01-01T09:00"))).isTrue();
            assertThat(ASN.workingHoursOn(LocalDate.of(2100, 1, 4))).hasSize(2);
        }

        @Test
        void working_hours_of_a_date_outside_the_data_are_refused_too() {
            assertThatThrownBy(() -> ASN_ID.workingHoursOn(LocalDate.of(2027, 1, 4)))
                    .isInstanceOf(OutsideHolidayDataException.class);
        }

        @Test
        void refuses_instants_outside_the_years_1_to_9999() {
            assertThatThrownBy(() -> ASN.isWorkingTime(Instant.parse("+10000-01-01T00:00:00Z")))
                    .isInstanceOf(CalendarRangeException.class)
                    .hasMessageContaining("lies outside the years 1 to 9999");
        }
    }

    @Nested
    @DisplayName("Europe/Berlin with daylight saving time")
    class DaylightSaving {

        final WorkCalendar asnBerlin = WorkCalendar.asn(BERLIN);

        @Test
        void office_hours_across_the_spring_change_count_as_on_any_weekend() {
            // Fri 2026-03-27 13:00 CET to Mon 2026-03-30 13:00 CEST: Fri 13:00-16:30 (210) + Mon 07:30-12:00 (270)
            assertThat(asnBerlin.workingTimeBetween(at("2026-03-27T13:00+01:00"), at("2026-03-30T13:00+02:00")))
                    .isEqualTo(minutes(480));
            // Fri 16:00 + 60: 30 on Friday, Monday 07:30 CEST + 30 = 08:00 CEST
            assertThat(asnBerlin.plusWorkingTime(at("2026-03-27T16:00+01:00"), minutes(60)))
                    .isEqualTo(at("2026-03-30T08:00+02:00"));
        }

        @Test
        void the_wall_clock_day_is_23_hours_in_spring_and_25_in_autumn() {
            WorkCalendar clock = WorkCalendar.continuous(BERLIN);
            assertThat(clock.workingTimeBetween(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                    .isEqualTo(Duration.ofHours(23));
            assertThat(clock.workingTimeBetween(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
                    .isEqualTo(Duration.ofHours(25));
            assertThat(clock.plusWorkingTime(at("2026-03-29T01:30+01:00"), Duration.ofHours(1)))
                    .isEqualTo(at("2026-03-29T03:30+02:00"));
        }

        @Test
        void an_interval_spanning_the_gap_is_an_hour_shorter_and_one_spanning_the_overlap_an_hour_longer() {
            WorkCalendar night = WorkCalendar.of(BERLIN, WeeklySchedule.builder().on(DayOfWeek.SUNDAY, "01:00-04:00").build());
            // 2026-03-29: 01:00 CET (00:00Z) to 04:00 CEST (02:00Z) = 2 h
            assertThat(night.workingTimeBetween(at("2026-03-28T00:00Z"), at("2026-03-30T00:00Z")))
                    .isEqualTo(Duration.ofHours(2));
            // 2026-10-25: 01:00 CEST (23:00Z on the 24th) to 04:00 CET (03:00Z) = 4 h
            assertThat(night.workingTimeBetween(at("2026-10-24T00:00Z"), at("2026-10-26T00:00Z")))
                    .isEqualTo(Duration.ofHours(4));
            // the repeated hour works both times
            assertThat(night.isWorkingTime(at("2026-10-25T02:30+02:00"))).isTrue();
            assertThat(night.isWorkingTime(at("2026-10-25T02:30+01:00"))).isTrue();
        }

        @Test
        void an_interval_inside_the_gap_is_empty_and_one_inside_the_overlap_counts_its_first_occurrence() {
            WorkCalendar odd = WorkCalendar.of(BERLIN, WeeklySchedule.builder()
                    .on(DayOfWeek.SUNDAY, "02:00-02:30").on(DayOfWeek.MONDAY, "09:00-10:00").build());
            // spring: 02:00-02:30 never shows on the clock, so Sunday has no working time
            assertThat(odd.workingTimeBetween(at("2026-03-28T00:00Z"), at("2026-03-30T00:00Z"))).isZero();
            // and the next working instant after Saturday is Monday 09:00 CEST
            assertThat(odd.nextWorkingInstant(at("2026-03-28T12:00Z"))).isEqualTo(at("2026-03-30T09:00+02:00"));
            // autumn: 02:00-02:30 CEST (00:00Z-00:30Z) works, the repeated 02:00-02:30 CET does not
            assertThat(odd.workingTimeBetween(at("2026-10-24T00:00Z"), at("2026-10-26T00:00Z"))).isEqualTo(minutes(30));
            assertThat(odd.isWorkingTime(at("2026-10-25T02:10+02:00"))).isTrue();
            assertThat(odd.isWorkingTime(at("2026-10-25T02:10+01:00"))).isFalse();
            // an ordinary Sunday has its 30 minutes
            assertThat(odd.workingTimeBetween(at("2026-03-21T00:00Z"), at("2026-03-23T00:00Z"))).isEqualTo(minutes(30));
        }

        @Test
        void working_days_on_a_day_the_gap_shortens_count_as_one() {
            WorkCalendar night = WorkCalendar.of(BERLIN, WeeklySchedule.builder().on(DayOfWeek.SUNDAY, "01:00-04:00").build());
            // Sunday 2026-03-22 (3 h) 02:00 is 1/3 through; the next working date, Sunday 2026-03-29, has 2 h:
            // 1/3 of it is 40 minutes after 01:00 CET: 01:40 CET
            assertThat(night.plusWorkingDays(at("2026-03-22T02:00+01:00"), 1)).isEqualTo(at("2026-03-29T01:40+01:00"));
            assertThat(night.workingDaysBetween(at("2026-03-22T02:00+01:00"), at("2026-03-29T01:40+01:00"),
                    Duration.ofHours(24))).isEqualTo(Duration.ofHours(24));
        }
    }

    @Nested
    @DisplayName("working days")
    class WorkingDays {

        @Test
        void whole_working_days_keep_the_position_in_the_day() {
            // Monday 10:00 + 5 working days = next Monday 10:00
            assertThat(ASN.plusWorkingDays(wib("2026-01-05T10:00"), 5)).isEqualTo(wib("2026-01-12T10:00"));
            // Thu 2026-03-12 10:00 + 5: Fri 13, Mon 16, Tue 17, (18-24 off), Wed 25, Thu 26 → Thu 26 10:00
            assertThat(ASN_ID.plusWorkingDays(wib("2026-03-12T10:00"), 5)).isEqualTo(wib("2026-03-26T10:00"));
        }

        @Test
        void a_start_outside_working_time_counts_from_the_end_of_the_previous_working_day() {
            // Saturday + 1 working day = the end of Monday's work
            assertThat(ASN.plusWorkingDays(wib("2026-01-10T10:00"), 1)).isEqualTo(wib("2026-01-12T16:00"));
            // in the break: 270 of 450 done (3/5); 3/5 of Tuesday is 12:00 (the end of the morning)
            assertThat(ASN.plusWorkingDays(wib("2026-01-05T12:30"), 1)).isEqualTo(wib("2026-01-06T12:00"));
            assertThat(ASN.plusWorkingDays(wib("2026-01-10T10:00"), 0)).isEqualTo(wib("2026-01-10T10:00"));
        }

        @Test
        void a_working_day_of_480_minutes_scales_a_450_minute_day() {
            Duration perDay = minutes(480);
            // 2400 minutes = exactly 5 working days
            assertThat(ASN.plusWorkingDays(wib("2026-01-05T10:00"), minutes(2400), perDay)).isEqualTo(wib("2026-01-12T10:00"));
            // 15 minutes = 1/32 of a day = 450/32 = 14.0625 working minutes = 14 min 3.75 s
            Instant due = ASN.plusWorkingDays(wib("2026-01-05T09:00"), minutes(15), perDay);
            assertThat(due).isEqualTo(wib("2026-01-05T09:14:03.75"));
            assertThat(ASN.workingDaysBetween(wib("2026-01-05T09:00"), due, perDay)).isEqualTo(minutes(15));
            // one whole day measures 480 minutes, whatever its length
            assertThat(ASN.workingDaysBetween(wib("2026-01-05T09:00"), wib("2026-01-06T09:00"), perDay))
                    .isEqualTo(minutes(480));
            // and backwards, negative
            assertThat(ASN.workingDaysBetween(wib("2026-01-06T09:00"), wib("2026-01-05T09:00"), perDay))
                    .isEqualTo(minutes(-480));
        }

        @Test
        void a_ramadan_day_also_counts_as_one_working_day() {
            WorkCalendar cal = ASN.withOverride(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 19),
                    WeeklySchedule.ramadan());
            // Wed 18 Feb 12:00 is 270/450 = 3/5 through; Thu 19 Feb (Ramadan, 390) 3/5 is 234 min after 08:00:
            // 08:00-12:00 is 240, so 11:54
            assertThat(cal.plusWorkingDays(wib("2026-02-18T12:00"), 1)).isEqualTo(wib("2026-02-19T11:54"));
            assertThat(cal.workingDaysBetween(wib("2026-02-18T12:00"), wib("2026-02-19T11:54"), Duration.ofDays(1)))
                    .isEqualTo(Duration.ofDays(1));
        }

        @Test
        void refuses_negative_amounts_and_odd_day_lengths() {
            assertThatThrownBy(() -> ASN.plusWorkingDays(wib("2026-01-05T10:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative (-1)");
            assertThatThrownBy(() -> ASN.workingDaysBetween(wib("2026-01-05T10:00"), wib("2026-01-06T10:00"),
                    Duration.ofHours(25)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from one second to 24 hours");
        }
    }

    @Nested
    @DisplayName("presets and values")
    class Presets {

        @Test
        void the_asn_schedule_is_450_minutes_a_day_and_2250_a_week() {
            WeeklySchedule asn = WeeklySchedule.asn();
            for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
                assertThat(asn.workingTime(d)).isEqualTo(minutes(450));
            }
            assertThat(asn.workingTime(DayOfWeek.SATURDAY)).isZero();
            assertThat(asn.workingTimePerWeek()).isEqualTo(minutes(2250));
            assertThat(asn).hasToString("MON-THU 07:30-12:00 13:00-16:00; FRI 07:30-11:30 13:00-16:30");
        }

        @Test
        void the_ramadan_schedule_is_390_minutes_a_day() {
            WeeklySchedule r = WeeklySchedule.ramadan();
            assertThat(r.workingTime(DayOfWeek.TUESDAY)).isEqualTo(minutes(390));
            assertThat(r.workingTime(DayOfWeek.FRIDAY)).isEqualTo(minutes(390));
            assertThat(r.workingTimePerWeek()).isEqualTo(Duration.ofHours(32).plusMinutes(30));
        }

        @Test
        void the_continuous_calendar_is_the_wall_clock() {
            WorkCalendar clock = WorkCalendar.continuous(WIB);
            Instant a = wib("2026-01-10T03:17:05.123");
            assertThat(clock.isWorkingTime(a)).isTrue();
            assertThat(clock.plusWorkingTime(a, Duration.ofDays(400))).isEqualTo(a.plus(Duration.ofDays(400)));
            assertThat(clock.workingTimeBetween(a, a.plusSeconds(12345))).isEqualTo(Duration.ofSeconds(12345));
        }

        @Test
        void calendars_are_equal_when_built_alike() {
            assertThat(WorkCalendar.asn(WIB).withHolidays(Holidays.indonesia())).isEqualTo(ASN_ID)
                    .hasSameHashCodeAs(ASN_ID);
            assertThat(ASN_ID).isNotEqualTo(ASN).isNotEqualTo(ASN_ID.assumingNoHolidaysOutsideData());
            assertThat(ASN.withZone(BERLIN)).isEqualTo(WorkCalendar.asn(BERLIN));
            assertThat(ASN.withSchedule(WeeklySchedule.continuous())).isEqualTo(WorkCalendar.continuous(WIB));
            assertThat(ASN_ID.toString()).startsWith("WorkCalendar[Asia/Jakarta; MON-THU 07:30-12:00 13:00-16:00;")
                    .contains("Holidays[53 dates, 2025-2026]");
        }

        @Test
        void rejects_null_arguments_naming_them() {
            assertThatThrownBy(() -> ASN.workingTimeBetween(null, Instant.EPOCH))
                    .isInstanceOf(NullPointerException.class).hasMessage("a");
            assertThatThrownBy(() -> ASN.plusWorkingTime(Instant.EPOCH, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("duration");
            assertThatThrownBy(() -> WorkCalendar.asn(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
            assertThatThrownBy(() -> ASN.withHolidays(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("holidays");
        }

        @Test
        void working_hours_of_a_date_follow_holidays_and_weekends() {
            assertThat(ASN_ID.workingHoursOn(LocalDate.of(2026, 1, 1))).isEmpty();
            assertThat(ASN_ID.workingHoursOn(LocalDate.of(2026, 1, 3))).isEmpty();
            assertThat(ASN_ID.workingHoursOn(LocalDate.of(2026, 1, 2)))
                    .containsExactly(WorkingInterval.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                            WorkingInterval.of(LocalTime.of(13, 0), LocalTime.of(16, 30)));
        }
    }
}
