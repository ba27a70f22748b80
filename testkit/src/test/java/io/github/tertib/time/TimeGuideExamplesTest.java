package io.github.tertib.time;

import static io.github.tertib.time.WorkCalendarTest.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The examples of docs/time.md and of the Javadoc of package time, repeated so that they compile and hold. */
class TimeGuideExamplesTest {

    final WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta"))
            .withHolidays(Holidays.indonesia())
            .withOverride(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 19), WeeklySchedule.ramadan());

    @Test
    void the_calendar() {
        assertThat(cal.workingTimeBetween(wib("2026-01-05T09:00"), wib("2026-01-06T09:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(cal.plusWorkingTime(wib("2026-01-05T09:00"), Duration.ofMinutes(180))).isEqualTo(wib("2026-01-05T12:00"));
        assertThat(cal.isWorkingTime(wib("2026-01-05T12:30"))).isFalse();
        assertThat(cal.nextWorkingInstant(wib("2026-03-18T09:00"))).isEqualTo(wib("2026-03-25T07:30"));
        assertThat(WeeklySchedule.parse("MON-THU 07:30-12:00 13:00-16:00; FRI 07:30-11:30 13:00-16:30"))
                .isEqualTo(WeeklySchedule.asn());
    }

    @Test
    void holidays() {
        Holidays office = Holidays.indonesia()
                .merge(Holidays.parseCsv("""
                        date,type,name,legal_basis
                        2026-07-17,LOCAL,"Libur lokal, contoh",Keputusan Kepala Dinas No. 1/2026 (contoh)
                        """))
                .without(LocalDate.of(2026, 12, 24));
        WorkCalendar c = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(office);
        assertThat(c.isWorkingTime(wib("2026-07-17T09:00"))).isFalse();
        assertThat(c.isWorkingTime(wib("2026-12-24T09:00"))).isTrue();
        assertThat(office.on(LocalDate.of(2026, 7, 17)).get(0).name()).isEqualTo("Libur lokal, contoh");
        assertThatThrownBy(() -> Holidays.parseCsv("date,type,name,legal_basis\n2026-01-01,LOCAL,X,Y\n"
                + "2026-03-01,LIBUR,Bad type,SKB\n"))
                .hasMessageContaining("line 3: the type \"LIBUR\" is not one of LIBUR_NASIONAL, CUTI_BERSAMA, LOCAL");
    }

    @Test
    void beyond_the_holiday_data() {
        assertThatThrownBy(() -> cal.isWorkingTime(wib("2027-01-04T09:00")))
                .isInstanceOf(OutsideHolidayDataException.class)
                .hasMessage("the calendar's holiday data covers 2025 to 2026 and says nothing about 2027-01-04:"
                        + " merge the holidays of 2027 into it (Holidays.parseCsv(…) and merge), or build it with"
                        + " assumingNoHolidaysOutsideData() to treat years without data as having no holidays");
        assertThat(cal.plusWorkingTime(wib("2026-12-31T15:00"), Duration.ofMinutes(60))).isEqualTo(wib("2026-12-31T16:00"));
        assertThatThrownBy(() -> cal.plusWorkingTime(wib("2026-12-31T15:00"), Duration.ofMinutes(120)))
                .isInstanceOf(OutsideHolidayDataException.class);
        assertThat(cal.assumingNoHolidaysOutsideData().isWorkingTime(wib("2027-01-04T09:00"))).isTrue();
        assertThat(WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).isWorkingTime(wib("2030-01-07T09:00"))).isTrue();
    }

    @Test
    void clock_changes() {
        WorkCalendar berlin = WorkCalendar.continuous(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.workingTimeBetween(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")))
                .isEqualTo(Duration.ofHours(23));
        WorkCalendar gap = WorkCalendar.of(ZoneId.of("Europe/Berlin"),
                WeeklySchedule.builder().on(DayOfWeek.SUNDAY, "02:00-02:30").build());
        assertThat(gap.workingHoursOn(LocalDate.of(2026, 3, 29))).hasSize(1);
        assertThat(gap.workingTimeBetween(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")))
                .isZero();
    }

    @Test
    void working_days() {
        assertThat(cal.plusWorkingDays(wib("2026-04-01T10:00"), 2)).isEqualTo(wib("2026-04-06T10:00"));
        assertThat(cal.workingDaysBetween(wib("2026-01-05T09:00"), wib("2026-01-06T09:00"), Duration.ofMinutes(480)))
                .isEqualTo(Duration.ofHours(8));
        assertThat(cal.plusWorkingDays(wib("2026-01-05T09:00"), Duration.ofMinutes(15), Duration.ofMinutes(480)))
                .isEqualTo(wib("2026-01-05T09:14:03.75"));
    }

    @Test
    void time_policies_on_the_v4_steps_of_15_and_2400_minutes() {
        TimeStandard step1 = TimeStandard.parse("15 Menit");
        TimeStandard step4 = TimeStandard.parse("2400 Menit");
        Instant monday9 = wib("2026-01-05T09:00");
        // 15 working minutes are 09:00-09:15; as working days of 480, 15/480 of 450 minutes is 14m 3.75s.
        assertThat(TimePolicy.workingMinutes().due(cal, monday9, step1)).isEqualTo(wib("2026-01-05T09:15"));
        assertThat(TimePolicy.workingDays().due(cal, monday9, step1)).isEqualTo(wib("2026-01-05T09:14:03.75"));
        assertThat(TimePolicy.workingDays().measure(cal, monday9, wib("2026-01-05T09:15"))).isEqualTo(Duration.ofMinutes(16));
        assertThat(TimePolicy.workingMinutes().measure(cal, monday9, wib("2026-01-05T09:15"))).isEqualTo(Duration.ofMinutes(15));
        assertThat(TimePolicy.workingDays().due(cal, monday9, step4)).isEqualTo(wib("2026-01-12T09:00"));
        assertThat(TimePolicy.workingMinutes().due(cal, monday9, step4)).isEqualTo(wib("2026-01-12T11:30"));
        assertThat(TimePolicy.calendarTime().due(cal, monday9, step4)).isEqualTo(wib("2026-01-07T01:00"));
        assertThat(TimePolicy.workingDays().measure(cal, monday9, wib("2026-01-12T09:00"))).isEqualTo(Duration.ofHours(40));
        // five working days: 2,250 ASN minutes, 1,950 in Ramadan (Monday 23 Feb to Monday 2 March 2026)
        TimeStandard week = TimeStandard.parse("5 Hari Kerja");
        assertThat(TimePolicy.workingMinutes().standard(cal, monday9, week)).isEqualTo(Duration.ofMinutes(2250));
        assertThat(TimePolicy.workingMinutes().standard(cal, wib("2026-02-23T09:00"), week)).isEqualTo(Duration.ofMinutes(1950));
        // "5 Hari Kerja" is five working days under both working policies: Monday 12 January, 09:00
        assertThat(TimePolicy.workingMinutes().due(cal, monday9, week)).isEqualTo(wib("2026-01-12T09:00"));
        assertThat(TimePolicy.workingDays().due(cal, monday9, week)).isEqualTo(wib("2026-01-12T09:00"));
        // and a Ramadan week is five working days under workingDays too
        assertThat(TimePolicy.workingDays().due(cal, wib("2026-02-23T09:00"), step4)).isEqualTo(wib("2026-03-02T09:00"));
    }

    @Test
    void due_and_late() {
        TimeStandard day = TimeStandard.parse("1 Hari Kerja");
        Instant thursdayEnd = wib("2026-01-08T16:00");
        assertThat(TimePolicy.workingDays().due(cal, thursdayEnd, day)).isEqualTo(wib("2026-01-09T16:30"));
        assertThat(TimePolicy.workingDays().measure(cal, thursdayEnd, wib("2026-01-10T10:00")))
                .isEqualTo(TimePolicy.workingDays().standard(cal, thursdayEnd, day));
    }

    @Test
    void testing_with_generated_calendars() {
        qt().withExamples(100)
            .forAll(TertibGens.of(CalendarGenerators.calendars()),
                    TertibGens.of(CalendarGenerators.instants(Instant.parse("2025-01-01T00:00:00Z"),
                                                              Instant.parse("2027-01-01T00:00:00Z"))))
            .checkAssert((c, t) -> assertThat(c.isWorkingTime(c.nextWorkingInstant(t))).isTrue());
    }

    // ---- the class Javadoc examples ----------------------------------------------------------------

    @Test
    void javadoc_of_work_calendar() {
        Instant monday9 = Instant.parse("2026-01-05T02:00:00Z");
        assertThat(cal.plusWorkingTime(monday9, Duration.ofMinutes(180))).isEqualTo(wib("2026-01-05T12:00"));
        assertThat(cal.workingTimeBetween(monday9, Instant.parse("2026-01-06T02:00:00Z"))).isEqualTo(Duration.ofMinutes(450));
        Instant mondayNine = monday9;
        Instant tuesdayNine = Instant.parse("2026-01-06T02:00:00Z");
        assertThat(cal.workingDaysBetween(mondayNine, tuesdayNine, Duration.ofMinutes(480))).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void javadoc_of_weekly_schedule_and_working_interval() {
        WeeklySchedule shifts = WeeklySchedule.builder()
                .on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, "08:00-12:00", "13:00-16:00")
                .on(DayOfWeek.FRIDAY, "08:00-11:00")
                .build();
        assertThat(shifts.workingTimePerWeek()).isEqualTo(Duration.ofHours(31));
        assertThat(WeeklySchedule.parse(shifts.toString())).isEqualTo(shifts);
        WeeklySchedule s = WeeklySchedule.builder().on(DayOfWeek.SATURDAY, "08:00-12:00").build();
        assertThat(s.workingDays()).containsExactly(DayOfWeek.SATURDAY);

        WorkingInterval morning = WorkingInterval.parse("07:30-12:00");
        assertThat(morning.duration()).isEqualTo(Duration.ofMinutes(270));
        WorkingInterval night = WorkingInterval.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT);
        assertThat(night).hasToString("22:00-24:00");
    }

    @Test
    void javadoc_of_holidays() {
        Holiday h = new Holiday(LocalDate.of(2026, 3, 20), HolidayType.CUTI_BERSAMA,
                "Cuti bersama Idul Fitri", "SKB 1497/2025 2/2025 5/2025");
        assertThat(h.type().name()).isEqualTo("CUTI_BERSAMA");
        Holiday nyepi = new Holiday(LocalDate.of(2026, 3, 19), HolidayType.LIBUR_NASIONAL,
                "Hari Suci Nyepi Tahun Baru Saka 1948", "SKB 1497/2025 2/2025 5/2025");
        Holidays mine = Holidays.of(nyepi);
        assertThat(mine.lastYear()).contains(Year.of(2026));
        Holidays office = Holidays.indonesia().merge(Holidays.parseCsv("""
                date,type,name,legal_basis
                2026-07-17,LOCAL,"Libur lokal, contoh",Keputusan Kepala Dinas No. 1/2026 (contoh)
                """));
        assertThat(office.lastYear()).contains(Year.of(2026));
        assertThat(office.on(LocalDate.of(2026, 7, 17)).get(0).legalBasis())
                .isEqualTo("Keputusan Kepala Dinas No. 1/2026 (contoh)");
    }

    @Test
    void javadoc_of_outside_holiday_data_exception() {
        WorkCalendar calendar = cal;
        try {
            calendar.isWorkingTime(Instant.parse("2027-01-04T02:00:00Z"));
            throw new AssertionError("not refused");
        } catch (OutsideHolidayDataException e) {
            assertThat(e.lastYear()).isEqualTo(Year.of(2026));
        }
    }

    @Test
    void javadoc_of_time_policy() {
        WorkCalendar c = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
        Instant monday9 = Instant.parse("2026-01-05T02:00:00Z");
        TimeStandard step1 = TimeStandard.parse("15 Menit");
        TimeStandard step4 = TimeStandard.parse("2400 Menit");
        assertThat(TimePolicy.workingMinutes().due(c, monday9, step1)).isEqualTo(wib("2026-01-05T09:15"));
        assertThat(TimePolicy.workingDays().due(c, monday9, step1)).isEqualTo(wib("2026-01-05T09:14:03.75"));
        assertThat(TimePolicy.workingDays().due(c, monday9, step4)).isEqualTo(wib("2026-01-12T09:00"));
        assertThat(TimePolicy.workingMinutes().due(c, monday9, step4)).isEqualTo(wib("2026-01-12T11:30"));
        assertThat(TimePolicy.workingDays().standard(c, monday9, step4)).isEqualTo(Duration.ofHours(40));
    }

    @Test
    void javadoc_of_calendar_generators() {
        Generator<WorkCalendar> calendars = CalendarGenerators.calendars();
        Generator<Instant> instants = CalendarGenerators.instants(
                Instant.parse("2024-10-01T00:00:00Z"), Instant.parse("2027-03-31T00:00:00Z"));
        qt().withExamples(100).forAll(TertibGens.of(calendars), TertibGens.of(instants))
            .checkAssert((c, t) -> assertThat(c.nextWorkingInstant(t)).isAfterOrEqualTo(t));
    }
}
