package io.github.tertib.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.bench.AsnQuestions;
import io.github.tertib.bench.AsnQuestions.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pro.taskana.common.api.WorkingTimeCalculator;

class TaskanaAsnCalendarTest {

    private final WorkingTimeCalculator calendar = TaskanaAsnCalendar.of(AsnQuestions.holidays());

    @Test
    void reads_the_2026_holidays_from_the_library_data() {
        assertThat(AsnQuestions.holidays())
                .hasSize(25)
                .contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 12, 24))
                .allMatch(date -> date.getYear() == 2026);
    }

    @ParameterizedTest
    @EnumSource(Span.class)
    void answers_the_working_time_of_each_span(Span span) {
        assertThat(calendar.workingTimeBetween(AsnQuestions.START, span.end())).isEqualTo(span.workingTime());
        assertThat(calendar.addWorkingTime(AsnQuestions.START, span.workingTime())).isEqualTo(span.end());
    }

    @Test
    void counts_no_time_on_a_cuti_bersama_day_and_none_in_the_friday_break() {
        var thursday = LocalDateTime.of(2026, 3, 19, 16, 0).atZone(AsnQuestions.ZONE).toInstant();
        var wednesdayAfter = LocalDateTime.of(2026, 3, 25, 7, 30).atZone(AsnQuestions.ZONE).toInstant();
        assertThat(calendar.workingTimeBetween(thursday, wednesdayAfter)).isEqualTo(Duration.ZERO);

        var friday1130 = LocalDateTime.of(2026, 1, 9, 11, 30).atZone(AsnQuestions.ZONE).toInstant();
        var friday1300 = LocalDateTime.of(2026, 1, 9, 13, 0).atZone(AsnQuestions.ZONE).toInstant();
        assertThat(calendar.workingTimeBetween(friday1130, friday1300)).isEqualTo(Duration.ZERO);
    }
}
