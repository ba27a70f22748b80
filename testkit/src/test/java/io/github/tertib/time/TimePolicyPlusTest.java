package io.github.tertib.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimePolicy#plus} is the inverse of {@link TimePolicy#measure}. */
class TimePolicyPlusTest {

    private static final WorkCalendar ASN = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
    private static final Instant MONDAY_9 = Instant.parse("2026-01-05T02:00:00Z");

    @Test
    void adds_working_minutes_working_days_or_wall_clock_time() {
        // 180 working minutes from Monday 09:00 WIB end at 12:00, before the break
        assertThat(TimePolicy.workingMinutes().plus(ASN, MONDAY_9, Duration.ofMinutes(180)))
                .isEqualTo(Instant.parse("2026-01-05T05:00:00Z"));
        // 2400 minutes at 480 a day are five working days: Monday 12 January, 09:00 WIB
        assertThat(TimePolicy.workingDays().plus(ASN, MONDAY_9, Duration.ofMinutes(2400)))
                .isEqualTo(Instant.parse("2026-01-12T02:00:00Z"));
        assertThat(TimePolicy.calendarTime().plus(ASN, MONDAY_9, Duration.ofHours(30)))
                .isEqualTo(Instant.parse("2026-01-06T08:00:00Z"));
    }

    @Test
    void refuses_a_negative_amount() {
        assertThatThrownBy(() -> TimePolicy.workingDays().plus(ASN, MONDAY_9, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative amount PT-1M");
    }

    @Test
    void measure_of_plus_gives_the_amount_back_under_every_policy() {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant until = Instant.parse("2026-10-01T00:00:00Z");   // answers stay inside the 2026 holiday data
        for (TimePolicy policy : List.of(TimePolicy.calendarTime(), TimePolicy.workingMinutes(), TimePolicy.workingDays(),
                TimePolicy.workingDays(450))) {
            qt().withExamples(100)
                    .forAll(TertibGens.of(CalendarGenerators.instants(from, until)),
                            TertibGens.of(CalendarGenerators.durations(Duration.ofDays(2))))
                    .checkAssert((at, amount) -> {
                        Duration whole = Duration.ofSeconds(amount.getSeconds());
                        Instant end = policy.plus(ASN, at, whole);
                        assertThat(policy.measure(ASN, at, end)).as("%s from %s", policy, at).isEqualTo(whole);
                        assertThat(end).isAfterOrEqualTo(at);
                    });
        }
    }
}
