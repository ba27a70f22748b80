package io.github.tertib.bench;

import io.github.tertib.time.Holiday;
import io.github.tertib.time.Holidays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The working-time questions every calendar benchmark asks, Tertib's and the peers' alike: the
 * ASN office week of a regional government in WIB with the 2026 libur nasional and cuti bersama
 * (the working hours of the ASN week and the library's holiday data), and three spans from one start.
 *
 * <p>Each span knows its answer, so a benchmark's setup can check that the calendar under test
 * was configured to answer the same question before it is timed.
 */
public final class AsnQuestions {

    private AsnQuestions() {
    }

    /** Palangka Raya keeps WIB. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** The year whose holidays the calendars carry; every span stays inside it. */
    public static final int YEAR = 2026;

    /** A half-open working interval of one day, {@code [from, until)}. */
    public record Interval(LocalTime from, LocalTime until) {
    }

    /** Working intervals per working day: breaks 12:00–13:00, on Friday 11:30–13:00. */
    public static final Map<DayOfWeek, List<Interval>> WEEK = Map.of(
            DayOfWeek.MONDAY, monToThu(),
            DayOfWeek.TUESDAY, monToThu(),
            DayOfWeek.WEDNESDAY, monToThu(),
            DayOfWeek.THURSDAY, monToThu(),
            DayOfWeek.FRIDAY, List.of(
                    new Interval(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                    new Interval(LocalTime.of(13, 0), LocalTime.of(16, 30))));

    private static List<Interval> monToThu() {
        return List.of(
                new Interval(LocalTime.of(7, 30), LocalTime.of(12, 0)),
                new Interval(LocalTime.of(13, 0), LocalTime.of(16, 0)));
    }

    /** Friday 2 January 2026, 10:00 WIB: the first working day of 2026. */
    public static final Instant START = at(LocalDateTime.of(2026, 1, 2, 10, 0));

    /** The spans asked about, each from {@link #START}, with the working time it contains. */
    public enum Span {
        /** To 11:00 the same morning, before the Friday break. */
        HOUR(at(LocalDateTime.of(2026, 1, 2, 11, 0)), Duration.ofMinutes(60)),
        /** To Friday 9 January, 10:00: one ASN working week (37 h 30 min). */
        WEEK(at(LocalDateTime.of(2026, 1, 9, 10, 0)), Duration.ofMinutes(2_250)),
        /**
         * To Thursday 31 December 2026, 10:00: 240 working days of 450 minutes, less the 150
         * minutes before the start and the 300 after the end.
         */
        YEAR(at(LocalDateTime.of(2026, 12, 31, 10, 0)), Duration.ofMinutes(107_550));

        private final Instant end;
        private final Duration workingTime;

        Span(Instant end, Duration workingTime) {
            this.end = end;
            this.workingTime = workingTime;
        }

        /** The end of the span; {@code plusWorkingTime(START, workingTime())} lands here. */
        public Instant end() {
            return end;
        }

        /** The working time between {@link #START} and {@link #end()}. */
        public Duration workingTime() {
            return workingTime;
        }
    }

    /** The 2026 holidays (libur nasional and cuti bersama) from the library's own data, {@code Holidays.indonesia()}. */
    public static List<LocalDate> holidays() {
        return Holidays.indonesia().all().stream()
                .map(Holiday::date)
                .filter(date -> date.getYear() == YEAR)
                .toList();
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }
}
