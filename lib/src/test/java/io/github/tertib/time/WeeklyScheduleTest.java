package io.github.tertib.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    @Test
    void the_text_form_round_trips() {
        for (WeeklySchedule s : List.of(WeeklySchedule.asn(), WeeklySchedule.ramadan(), WeeklySchedule.continuous())) {
            assertThat(WeeklySchedule.parse(s.toString())).isEqualTo(s);
        }
        assertThat(WeeklySchedule.continuous()).hasToString("MON-SUN 00:00-24:00");
        assertThat(WeeklySchedule.parse("monday 08:00-12:00, 13:00-16:00\nSat 08:00-12:00"))
                .hasToString("MON 08:00-12:00 13:00-16:00; SAT 08:00-12:00");
    }

    @Test
    void intervals_given_for_the_same_day_add_up_and_are_sorted() {
        WeeklySchedule s = WeeklySchedule.builder()
                .on(DayOfWeek.MONDAY, "13:00-16:00")
                .on(DayOfWeek.MONDAY, WorkingInterval.parse("07:30-12:00"))
                .build();
        assertThat(s.intervals(DayOfWeek.MONDAY)).extracting(WorkingInterval::toString)
                .containsExactly("07:30-12:00", "13:00-16:00");
        assertThat(s.workingDays()).containsExactly(DayOfWeek.MONDAY);
        assertThat(s.intervals(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void touching_intervals_are_allowed() {
        WeeklySchedule s = WeeklySchedule.builder().on(DayOfWeek.MONDAY, "08:00-12:00", "12:00-13:00").build();
        assertThat(s.workingTime(DayOfWeek.MONDAY)).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void refuses_overlapping_intervals_with_a_sentence() {
        assertThatThrownBy(() -> WeeklySchedule.builder().on(DayOfWeek.MONDAY, "08:00-12:00", "11:00-13:00").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the weekly schedule has overlapping working intervals on MONDAY, 08:00-12:00 and"
                        + " 11:00-13:00: let each interval end before the next one starts");
    }

    @Test
    void refuses_a_schedule_without_working_time() {
        assertThatThrownBy(() -> WeeklySchedule.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the weekly schedule has no working time at all: add working hours to at least one day,"
                        + " such as .on(DayOfWeek.MONDAY, \"08:00-16:00\")");
        assertThatThrownBy(() -> WeeklySchedule.of(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working time at all");
        assertThatThrownBy(() -> WeeklySchedule.parse(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working time at all");
    }

    @Test
    void refuses_unreadable_text() {
        assertThatThrownBy(() -> WeeklySchedule.parse("MON"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read \"MON\"");
        assertThatThrownBy(() -> WeeklySchedule.parse("MOO 08:00-12:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"MOO\" is not a day of the week");
        assertThatThrownBy(() -> WeeklySchedule.builder().on(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, "08:00-12:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run backwards");
        assertThatThrownBy(() -> WeeklySchedule.builder().on(DayOfWeek.FRIDAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no working intervals given");
    }

    @Test
    void of_builds_from_a_map() {
        WeeklySchedule s = WeeklySchedule.of(Map.of(DayOfWeek.SATURDAY, List.of(WorkingInterval.parse("08:00-12:00"))));
        assertThat(s).isEqualTo(WeeklySchedule.parse("SAT 08:00-12:00")).hasSameHashCodeAs(WeeklySchedule.parse("SAT 08:00-12:00"));
        assertThat(s).isNotEqualTo(WeeklySchedule.asn());
    }

    @Test
    void a_working_interval_reads_24_00_as_the_end_of_the_day() {
        WorkingInterval night = WorkingInterval.parse("22:00-24:00");
        assertThat(night.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(night.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(night).hasToString("22:00-24:00");
        assertThat(WorkingInterval.parse("00:00-24:00").duration()).isEqualTo(Duration.ofDays(1));
        assertThat(WorkingInterval.parse(" 07:30:15 - 12:00 ").duration()).isEqualTo(Duration.ofSeconds(16185));
    }

    @Test
    void a_working_interval_must_start_before_it_ends_on_whole_seconds() {
        assertThatThrownBy(() -> WorkingInterval.parse("12:00-08:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the working interval 12:00-08:00 does not start before it ends: write the earlier time"
                        + " first, and 24:00 for the end of the day");
        assertThatThrownBy(() -> WorkingInterval.of(LocalTime.of(8, 0, 0, 5), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction of a second");
        assertThatThrownBy(() -> WorkingInterval.parse("8-12"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write the times as HH:mm");
        assertThatThrownBy(() -> WorkingInterval.parse("08:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("write it as start-end");
    }
}
