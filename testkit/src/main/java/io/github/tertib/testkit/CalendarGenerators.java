package io.github.tertib.testkit;

import io.github.tertib.time.Holiday;
import io.github.tertib.time.HolidayType;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WeeklySchedule;
import io.github.tertib.time.WorkCalendar;
import io.github.tertib.time.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of working-time calendars and of the instants and durations to ask them about, for
 * property-based tests of anything that measures time on a {@link WorkCalendar}.
 *
 * <p>Calendars have random weekly schedules with breaks (sometimes reaching 24:00, sometimes on odd
 * seconds, sometimes at night across clock changes), holidays in 2025 and 2026, dated overrides and extra
 * working dates within those years, and a zone drawn from {@link #zones()}, which includes zones with
 * daylight saving time. The simplest calendar, which shrinking moves towards, is one 1-minute interval on
 * Monday in {@code Asia/Jakarta}.
 *
 * <pre>{@code
 * Generator<WorkCalendar> calendars = CalendarGenerators.calendars();
 * Generator<Instant> instants = CalendarGenerators.instants(
 *         Instant.parse("2024-10-01T00:00:00Z"), Instant.parse("2027-03-31T00:00:00Z"));
 * qt().forAll(TertibGens.of(calendars), TertibGens.of(instants))
 *     .checkAssert((cal, t) -> assertThat(cal.nextWorkingInstant(t)).isAfterOrEqualTo(t));
 * }</pre>
 *
 * <p>Stateless and thread-safe; the generators build immutable values.
 */
public final class CalendarGenerators {

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Asia/Jakarta"), ZoneId.of("Asia/Makassar"), ZoneId.of("Asia/Jayapura"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/Santiago"), ZoneId.of("Australia/Lord_Howe"));
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 730;

    private CalendarGenerators() {
    }

    /**
     * Returns zones to build calendars in: the three Indonesian zones (WIB, WITA, WIT, first the simplest),
     * and zones with daylight saving time: {@code Europe/Berlin} (changes at 02:00 and 03:00),
     * {@code America/Santiago} (changes at midnight) and {@code Australia/Lord_Howe} (a 30-minute change).
     *
     * @return a generator of zones
     */
    public static Generator<ZoneId> zones() {
        return Generator.oneOf(ZONES);
    }

    /**
     * Returns weekly schedules: each day works with some chance, in one to three intervals with breaks
     * between them, on whole minutes and now and then on odd seconds; some intervals run to 24:00.
     * At least one day works.
     *
     * @return a generator of valid schedules
     */
    public static Generator<WeeklySchedule> weeklySchedules() {
        return c -> {
            WeeklySchedule.Builder b = WeeklySchedule.builder();
            boolean any = false;
            for (DayOfWeek d : DayOfWeek.values()) {
                boolean works = d == DayOfWeek.MONDAY ? !c.chance(10) : c.chance(60);
                if (works) {
                    for (WorkingInterval w : dayHours(c)) {
                        b.on(d, w);
                        any = true;
                    }
                }
            }
            if (!any) {
                b.on(DayOfWeek.MONDAY, "00:00-00:01");
            }
            return b.build();
        };
    }

    private static List<WorkingInterval> dayHours(Choices c) {
        List<WorkingInterval> out = new ArrayList<>();
        int count = c.chooseInt(1, 3);
        int cursor = 0;
        for (int i = 0; i < count && cursor < 86_400; i++) {
            int start = cursor + 60 * c.chooseInt(0, 600);
            if (c.chance(10)) {
                start += c.chooseInt(1, 59);
            }
            if (start >= 86_400) {
                break;
            }
            int end = Math.min(86_400, start + 60 * c.chooseInt(1, 600) + (c.chance(10) ? c.chooseInt(1, 59) : 0));
            if (c.chance(15)) {
                end = 86_400;
            }
            out.add(WorkingInterval.of(time(start), time(end)));
            cursor = end + 60 * c.chooseInt(1, 120);
        }
        if (out.isEmpty()) {
            out.add(WorkingInterval.of(LocalTime.MIDNIGHT, LocalTime.of(0, 1)));
        }
        return out;
    }

    private static LocalTime time(int secondOfDay) {
        return secondOfDay == 86_400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(secondOfDay);
    }

    /**
     * Returns holiday sets with at least one holiday in every year from {@code fromYear} to
     * {@code toYear}, of random types, sometimes several on one date.
     *
     * @param fromYear the first year covered
     * @param toYear the last year covered, not before {@code fromYear}
     * @return a generator of holiday sets covering exactly those years
     */
    public static Generator<Holidays> holidays(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("the years " + fromYear + " to " + toYear
                    + " run backwards: give the earlier year first");
        }
        return c -> {
            List<Holiday> list = new ArrayList<>();
            for (int y = fromYear; y <= toYear; y++) {
                LocalDate first = LocalDate.of(y, 1, 1);
                int n = c.chooseInt(1, 20);
                for (int i = 0; i < n; i++) {
                    LocalDate d = first.plusDays(c.chooseInt(0, first.lengthOfYear() - 1));
                    HolidayType type = HolidayType.values()[c.chooseInt(0, HolidayType.values().length - 1)];
                    list.add(new Holiday(d, type, "Libur uji " + (i + 1), "SKB uji " + y));
                }
            }
            return Holidays.of(list);
        };
    }

    /**
     * Returns calendars in a zone from {@link #zones()} with a schedule from {@link #weeklySchedules()} and,
     * each with some chance: holidays covering 2025 and 2026, cuti bersama as working days, up to two
     * overrides and up to three extra working dates within 2025 and 2026. Every calendar is built
     * {@link WorkCalendar#assumingNoHolidaysOutsideData() assuming no holidays outside its data}, so it
     * answers for any instant.
     *
     * @return a generator of calendars
     */
    public static Generator<WorkCalendar> calendars() {
        Generator<ZoneId> zones = zones();
        Generator<WeeklySchedule> schedules = weeklySchedules();
        Generator<Holidays> holidays = holidays(2025, 2026);
        return c -> {
            WorkCalendar cal = WorkCalendar.of(zones.generate(c), schedules.generate(c));
            if (c.chance(70)) {
                cal = cal.withHolidays(holidays.generate(c));
            }
            if (c.chance(30)) {
                cal = cal.withCutiBersamaAsWorkingDays();
            }
            List<LocalDate[]> taken = new ArrayList<>();
            List<WeeklySchedule> inForce = new ArrayList<>();
            int overrides = c.chooseInt(0, 2);
            for (int i = 0; i < overrides; i++) {
                LocalDate from = FIRST.plusDays(c.chooseInt(0, DAYS - 1));
                LocalDate to = from.plusDays(c.chooseInt(0, 60));
                boolean free = taken.stream().noneMatch(r -> !r[0].isAfter(to) && !from.isAfter(r[1]));
                WeeklySchedule s = schedules.generate(c);
                if (free) {
                    cal = cal.withOverride(from, to, s);
                    taken.add(new LocalDate[] {from, to});
                    inForce.add(s);
                }
            }
            int extra = c.chooseInt(0, 3);
            for (int i = 0; i < extra; i++) {
                LocalDate date = FIRST.plusDays(c.chooseInt(0, DAYS - 1));
                WeeklySchedule s = cal.schedule();
                for (int k = 0; k < taken.size(); k++) {
                    if (!date.isBefore(taken.get(k)[0]) && !date.isAfter(taken.get(k)[1])) {
                        s = inForce.get(k);
                    }
                }
                List<DayOfWeek> days = new ArrayList<>(s.workingDays());
                cal = cal.withWorkingDate(date, days.get(c.chooseInt(0, days.size() - 1)));
            }
            return cal.assumingNoHolidaysOutsideData();
        };
    }

    /**
     * Returns instants from {@code from} (included) to {@code until} (excluded): half of them on whole
     * minutes, where working intervals start and end, and some with fractions of a second.
     *
     * @param from the earliest instant
     * @param until the instant after the latest, later than {@code from}
     * @return a generator of instants in the window, shrinking towards {@code from}
     */
    public static Generator<Instant> instants(Instant from, Instant until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the window from " + from + " until " + until
                    + " is empty: give an end after the start");
        }
        long first = from.getEpochSecond() + (from.getNano() > 0 ? 1 : 0);
        long last = until.getEpochSecond() - (until.getNano() > 0 ? 0 : 1);
        return c -> {
            long s = c.choose(first, last);
            if (c.chance(50)) {
                long minute = Math.floorDiv(s, 60) * 60;
                return Instant.ofEpochSecond(minute >= first ? minute : s);
            }
            return Instant.ofEpochSecond(s, c.chance(20) ? c.chooseInt(1, 999_999_999) : 0);
        };
    }

    /**
     * Returns instants from {@code from} (included) to {@code until} (excluded) as
     * {@link #instants(Instant, Instant)} does, a third of them within four hours of a clock change of
     * {@code zone} in the window (if it has any), where working time is hardest to get right.
     *
     * @param zone the zone whose clock changes to gather around
     * @param from the earliest instant
     * @param until the instant after the latest, later than {@code from}
     * @return a generator of instants in the window
     */
    public static Generator<Instant> instants(ZoneId zone, Instant from, Instant until) {
        Objects.requireNonNull(zone, "zone");
        Generator<Instant> plain = instants(from, until);
        List<Instant> changes = new ArrayList<>();
        ZoneRules rules = zone.getRules();
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
                t = rules.nextTransition(t.getInstant())) {
            changes.add(t.getInstant());
        }
        if (changes.isEmpty()) {
            return plain;
        }
        return c -> {
            if (!c.chance(33)) {
                return plain.generate(c);
            }
            Instant change = changes.get(c.chooseInt(0, changes.size() - 1));
            long shift = c.chance(50) ? 60L * c.chooseInt(-240, 240) : c.choose(-4 * 3600, 4 * 3600);
            Instant t = change.plusSeconds(shift);
            return t.isBefore(from) || !t.isBefore(until) ? change : t;
        };
    }

    /**
     * Returns durations from zero to {@code max}: now and then zero, often whole minutes, sometimes with
     * fractions of a second.
     *
     * @param max the longest duration, not negative
     * @return a generator of durations, shrinking towards zero
     */
    public static Generator<Duration> durations(Duration max) {
        Objects.requireNonNull(max, "max");
        if (max.isNegative()) {
            throw new IllegalArgumentException("the longest duration " + max + " is negative: give zero or more");
        }
        long maxSeconds = max.getSeconds();
        return c -> {
            if (c.chance(5)) {
                return Duration.ZERO;
            }
            long s = c.choose(0, maxSeconds);
            if (c.chance(50)) {
                return Duration.ofMinutes(s / 60);
            }
            Duration d = Duration.ofSeconds(s, c.chance(20) ? c.chooseInt(1, 999_999_999) : 0);
            return d.compareTo(max) > 0 ? max : d;
        };
    }
}
