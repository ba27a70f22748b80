package io.github.tertib.time;

import static io.github.tertib.time.WorkCalendarTest.ASN_ID;
import static io.github.tertib.time.WorkCalendarTest.WIB;
import static io.github.tertib.time.WorkCalendarTest.wib;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.Contracts;

import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.CalendarGenerators;
import java.io.Reader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The null and equality contracts of the public types of package time, checked once for every member. */
class ValueContractsTest {

    static final Holiday HOLIDAY = new Holiday(LocalDate.of(2026, 3, 19), HolidayType.LIBUR_NASIONAL, "Nyepi", "SKB");

    /** A valid argument of each parameter type; tests pass null in one position and these elsewhere. */
    static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(java.util.Locale.class, java.util.Locale.ENGLISH),
            Map.entry(int.class, 480),
            Map.entry(long.class, 1L),
            Map.entry(ZoneId.class, WIB),
            Map.entry(WeeklySchedule.class, WeeklySchedule.asn()),
            Map.entry(Holidays.class, Holidays.indonesia()),
            Map.entry(Holiday.class, HOLIDAY),
            Map.entry(Holiday[].class, new Holiday[] {HOLIDAY}),
            Map.entry(HolidayType.class, HolidayType.LOCAL),
            Map.entry(Collection.class, List.of(HOLIDAY)),
            Map.entry(Map.class, Map.of(DayOfWeek.MONDAY, List.of(WorkingInterval.parse("08:00-12:00")))),
            Map.entry(LocalDate.class, LocalDate.of(2026, 1, 5)),
            Map.entry(LocalTime.class, LocalTime.of(8, 0)),
            Map.entry(DayOfWeek.class, DayOfWeek.MONDAY),
            Map.entry(Instant.class, wib("2026-01-05T09:00")),
            Map.entry(Duration.class, Duration.ofHours(1)),
            Map.entry(String.class, "08:00-12:00"),
            Map.entry(String[].class, new String[] {"08:00-12:00"}),
            Map.entry(WorkingInterval.class, WorkingInterval.parse("08:00-12:00")),
            Map.entry(WorkCalendar.class, ASN_ID),
            Map.entry(TimeStandard.class, TimeStandard.parse("15 Menit")),
            Map.entry(Reader.class, new StringReader("")));

    /** Each public type with an instance to call its instance methods on. */
    static final Map<Class<?>, Object> TYPES = Map.of(
            WorkCalendar.class, ASN_ID,
            WeeklySchedule.class, WeeklySchedule.asn(),
            WeeklySchedule.Builder.class, WeeklySchedule.builder(),
            WorkingInterval.class, WorkingInterval.parse("08:00-12:00"),
            Holiday.class, HOLIDAY,
            Holidays.class, Holidays.indonesia(),
            TimePolicy.class, TimePolicy.workingDays(),
            CalendarGenerators.class, CalendarGenerators.class);

    @Test
    void every_public_member_refuses_null_naming_the_parameter() throws Exception {
        assertThat(Contracts.assertEveryMemberRefusesNull(TYPES, SAMPLES)).hasSizeGreaterThan(60);
    }

    @Test
    void values_built_alike_are_equal_and_hash_alike_and_differ_otherwise() {
        List<Object[]> triples = List.of(
                new Object[] {WorkingInterval.parse("08:00-12:00"), WorkingInterval.of(LocalTime.of(8, 0), LocalTime.NOON),
                    WorkingInterval.parse("08:00-12:01")},
                new Object[] {WeeklySchedule.asn(), WeeklySchedule.parse(WeeklySchedule.asn().toString()),
                    WeeklySchedule.ramadan()},
                new Object[] {HOLIDAY, new Holiday(LocalDate.of(2026, 3, 19), HolidayType.LIBUR_NASIONAL, "Nyepi", " SKB "),
                    new Holiday(LocalDate.of(2026, 3, 19), HolidayType.CUTI_BERSAMA, "Nyepi", "SKB")},
                new Object[] {Holidays.indonesia(), Holidays.parseCsv(Holidays.indonesia().toCsv()),
                    Holidays.indonesia().without(LocalDate.of(2026, 1, 1))},
                new Object[] {ASN_ID, WorkCalendar.asn(WIB).withHolidays(Holidays.parseCsv(Holidays.indonesia().toCsv())),
                    ASN_ID.withCutiBersamaAsWorkingDays()},
                new Object[] {ASN_ID.withOverride(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 19), WeeklySchedule.ramadan()),
                    ASN_ID.withOverride(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 19), WeeklySchedule.ramadan()),
                    ASN_ID.withOverride(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19), WeeklySchedule.ramadan())},
                new Object[] {ASN_ID.withWorkingDate(LocalDate.of(2026, 1, 10), DayOfWeek.MONDAY),
                    ASN_ID.withWorkingDate(LocalDate.of(2026, 1, 10), DayOfWeek.MONDAY),
                    ASN_ID.withWorkingDate(LocalDate.of(2026, 1, 10), DayOfWeek.FRIDAY)},
                new Object[] {TimePolicy.workingDays(450), TimePolicy.workingDays(450), TimePolicy.workingDays(451)});
        Contracts.assertValueTriples(triples);
    }
}
