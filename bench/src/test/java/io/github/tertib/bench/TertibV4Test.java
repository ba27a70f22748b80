package io.github.tertib.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.bench.AsnQuestions.Span;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.RejectedTransitionException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.time.WorkCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tertib runs the peers' V.4 paths and asks the peers' calendar questions: the benchmarks compare like with like. */
class TertibV4Test {

    private static final Instant T0 = TertibV4.T0;

    @Test
    void the_happy_path_ends_at_END_with_9_events() {
        SopInstance run = TertibV4.completed("c", T0);
        assertThat(run.status()).isEqualTo(InstanceStatus.COMPLETED);
        assertThat(run.events()).hasSize(TertibV4.HAPPY_PATH_EVENTS);
        assertThat(SopInstance.replay(TertibV4.DEFINITION, run.events())).isEqualTo(run);
    }

    @Test
    void consulting_again_returns_to_step_2_and_can_repeat() {
        SopInstance run = TertibV4.requireAtStep2(TertibV4.atStep2("c", T0));
        for (int round = 0; round < 3; round++) {
            int m = 2 + 3 * round;
            run = TertibV4.requireAtStep2(TertibV4.consultAgain(run, TertibV4.at(T0, m), TertibV4.at(T0, m + 1),
                    TertibV4.at(T0, m + 2)));
        }
        assertThat(run.events()).hasSize(2 + 9);
    }

    @Test
    void the_parts_of_step_2_may_come_in_either_order() {
        SopInstance run = TertibV4.atStep2("c", T0)
                .complete(2, TertibV4.KADIN, TertibV4.at(T0, 2))
                .complete(2, TertibV4.KABID, TertibV4.at(T0, 3));
        assertThat(run.currentStep().number()).isEqualTo(3);
    }

    @Test
    void refuses_what_the_peers_refuse_and_changes_nothing() {
        SopInstance atStep2 = TertibV4.atStep2("c", T0);
        Instant t = TertibV4.at(T0, 2);
        assertThatThrownBy(() -> atStep2.complete(2, TertibV4.KASI, t)).isInstanceOf(RejectedTransitionException.class);
        SopInstance kabidDone = atStep2.complete(2, TertibV4.KABID, t);
        assertThatThrownBy(() -> kabidDone.complete(2, TertibV4.KABID, t))
                .isInstanceOf(RejectedTransitionException.class);
        assertThatThrownBy(() -> atStep2.decide(3, Answer.YES, TertibV4.KASI, t))
                .isInstanceOf(RejectedTransitionException.class);
        assertThat(atStep2.events()).hasSize(2);
        assertThat(kabidDone.events()).hasSize(3);
    }

    @Test
    void the_benchmarks_fixtures_pass_their_own_checks() {
        new TertibBench().setUp();
    }

    @ParameterizedTest
    @EnumSource(Span.class)
    void the_calendar_is_the_peers_and_answers_each_span(Span span) {
        WorkCalendar calendar = TertibCalendarBench.asnWithHolidays();
        TertibCalendarBench.requireSameCalendarAsPeers(calendar);
        assertThat(calendar.workingTimeBetween(AsnQuestions.START, span.end())).isEqualTo(span.workingTime());
        assertThat(calendar.plusWorkingTime(AsnQuestions.START, span.workingTime())).isEqualTo(span.end());
    }
}
