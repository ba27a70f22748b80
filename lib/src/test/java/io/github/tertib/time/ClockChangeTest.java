package io.github.tertib.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Walks every few minutes through the ten hours around real clock changes and checks the calendar
 * against {@link ReferenceCalendar}: changes at 02:00/03:00 (Berlin), at midnight (Santiago, Beirut), of
 * 30 minutes (Lord Howe), and at 00:01, whose fall-back overlap straddles midnight (St. John's, 2009-2010).
 */
class ClockChangeTest {

    static final List<WeeklySchedule> SCHEDULES = List.of(
            WeeklySchedule.continuous(),
            WeeklySchedule.parse("MON-SUN 00:00-00:30 01:00-01:45 02:00-02:30 02:45-04:00 22:00-23:15 23:30-24:00"),
            WeeklySchedule.parse("MON-FRI 07:30-12:00 13:00-16:00; SAT 23:00-24:00; SUN 00:00-00:10 01:05-02:15"));

    record Window(String zone, int from, int to) {
    }

    static final List<Window> WINDOWS = List.of(
            new Window("Europe/Berlin", 2025, 2026),
            new Window("America/Santiago", 2025, 2026),
            new Window("Asia/Beirut", 2025, 2025),
            new Window("Australia/Lord_Howe", 2025, 2026),
            new Window("America/St_Johns", 2009, 2010));

    static List<Instant> transitions(ZoneId zone, int fromYear, int toYear) {
        List<Instant> out = new ArrayList<>();
        Instant end = Instant.parse((toYear + 1) + "-01-01T00:00:00Z");
        for (ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.parse(fromYear + "-01-01T00:00:00Z"));
                t != null && t.getInstant().isBefore(end); t = zone.getRules().nextTransition(t.getInstant())) {
            out.add(t.getInstant());
        }
        return out;
    }

    @Test
    void agrees_with_the_reference_around_every_clock_change() {
        int checked = 0;
        for (Window w : WINDOWS) {
            ZoneId zone = ZoneId.of(w.zone());
            List<Instant> changes = transitions(zone, w.from(), w.to());
            assertThat(changes).as("clock changes of %s", zone).isNotEmpty();
            for (WeeklySchedule s : SCHEDULES) {
                WorkCalendar cal = WorkCalendar.of(zone, s);
                ReferenceCalendar ref = new ReferenceCalendar(cal);
                for (Instant change : changes) {
                    List<Instant> points = new ArrayList<>(List.of(change.minusSeconds(1), change, change.plusSeconds(1)));
                    for (long m = -300; m <= 300; m += 7) {
                        points.add(change.plusSeconds(60 * m));
                    }
                    for (Instant t : points) {
                        String at = zone + " " + s + " at " + t;
                        assertThat(cal.isWorkingTime(t)).as("isWorkingTime, %s", at).isEqualTo(ref.isWorkingTime(t));
                        assertThat(cal.nextWorkingInstant(t)).as("nextWorkingInstant, %s", at)
                                .isEqualTo(ref.nextWorkingInstant(t));
                        assertThat(cal.workingTimeBetween(t, t.plusSeconds(97 * 60))).as("workingTimeBetween, %s", at)
                                .isEqualTo(ref.workingTimeBetween(t, t.plusSeconds(97 * 60)));
                        assertThat(cal.plusWorkingTime(t, Duration.ofMinutes(23))).as("plusWorkingTime, %s", at)
                                .isEqualTo(ref.plusWorkingTime(t, Duration.ofMinutes(23)));
                        assertThat(cal.plusWorkingDays(t, 1)).as("plusWorkingDays, %s", at)
                                .isEqualTo(ref.plusWorkingDays(t, 1));
                        assertThat(cal.workingDaysBetween(t, t.plusSeconds(3 * 3600), Duration.ofMinutes(480)))
                                .as("workingDaysBetween, %s", at)
                                .isEqualTo(ref.workingDaysBetween(t, t.plusSeconds(3 * 3600), 480 * 60));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }
}
