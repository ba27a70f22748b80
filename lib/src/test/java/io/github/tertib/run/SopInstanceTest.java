package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.run.V4.ANDI;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.MURNI;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.SARI;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.TIM;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.sop.Assignment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SopInstanceTest {

    private static int stepOf(SopInstance run) {
        return run.currentStep().number();
    }

    @Nested
    @DisplayName("a started case")
    class Started {

        private final SopInstance run = V4.started();

        @Test
        void makes_the_start_step_current_without_doing_its_part() {
            assertThat(run.status()).isEqualTo(InstanceStatus.ACTIVE);
            assertThat(stepOf(run)).isEqualTo(1);
            assertThat(run.pendingParts()).containsExactly(Assignment.of(KEPALA_SEKSI, "Start"));
            assertThat(run.id()).isEqualTo("2026/001");
            assertThat(run.definition()).isSameAs(SOP);
        }

        @Test
        void records_who_started_it_in_which_role() {
            assertThat(run.events()).singleElement().isInstanceOfSatisfying(Event.Started.class, e -> {
                assertThat(e.instanceId()).isEqualTo("2026/001");
                assertThat(e.sop()).isEqualTo(SOP.number());
                assertThat(e.step()).isEqualTo(1);
                assertThat(e.role()).isEqualTo(KEPALA_SEKSI);
                assertThat(e.actorId()).isEqualTo("kasi-1");
                assertThat(e.actorName()).isEqualTo("Budi");
                assertThat(e.capacity()).isEqualTo(Capacity.DEFINITIVE);
                assertThat(e.delegation()).isEmpty();
                assertThat(e.at()).isEqualTo(t(0));
                assertThat(e.remark()).isEmpty();
            });
        }

        @Test
        void may_be_started_with_a_remark() {
            SopInstance withRemark = SopInstance.start(SOP, "2026/002", BUDI, t(0), "permintaan Bidang");
            assertThat(withRemark.lastEvent().remark()).contains("permintaan Bidang");
        }

        @Test
        void refuses_a_starter_who_may_not_act_for_the_start_step() {
            assertThatThrownBy(() -> SopInstance.start(SOP, "2026/001", RINA, t(0)))
                    .isInstanceOfSatisfying(RejectedTransitionException.class, e -> {
                        assertThat(e.rejection().code()).isEqualTo(RejectionCode.ROLE_NOT_HELD);
                        assertThat(e).hasMessage("Rina (kabid-1) may not start case 2026/001 of SOP V. 4. at"
                                + " 2026-03-02T01:00:00Z: they hold none of the roles of the START step 1"
                                + " (Kepala Seksi: Start) and act for none of them as Plt. or Plh.");
                    });
        }

        @Test
        void lets_an_acting_official_start_it() {
            Actor plt = Actor.of("staf-9", "Dewi", PELAKSANA).acting(KEPALA_SEKSI, Capacity.PLT, t(-60), t(60));
            SopInstance run = SopInstance.start(SOP, "2026/003", plt, t(0));
            assertThat(run.lastEvent().capacity()).isEqualTo(Capacity.PLT);
            assertThat(run.lastEvent().signedAs()).isEqualTo("Plt. Kepala Seksi");
        }

        @Test
        void refuses_a_starter_whose_delegation_is_not_in_force() {
            Actor plt = Actor.of("staf-9", "Dewi", PELAKSANA).acting(KEPALA_SEKSI, Capacity.PLT, t(60), t(120));
            assertThatThrownBy(() -> SopInstance.start(SOP, "2026/003", plt, t(0)))
                    .isInstanceOfSatisfying(RejectedTransitionException.class,
                            e -> assertThat(e.rejection().code()).isEqualTo(RejectionCode.DELEGATION_NOT_VALID))
                    .hasMessageContaining("has not begun");
        }

        @Test
        void refuses_a_blank_id() {
            assertThatThrownBy(() -> SopInstance.start(SOP, " ", BUDI, t(0)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("the happy path of V.4")
    class HappyPath {

        @Test
        void goes_through_every_step_and_completes_at_the_instant_of_the_last_part() {
            SopInstance run = V4.started();
            run = run.complete(1, BUDI, t(10));
            assertThat(stepOf(run)).isEqualTo(2);
            run = run.complete(2, RINA, t(20));
            assertThat(stepOf(run)).isEqualTo(2);
            assertThat(run.pendingParts()).containsExactly(Assignment.of(KEPALA_DINAS, "Proses"));
            run = run.complete(2, MURNI, t(30));
            assertThat(stepOf(run)).isEqualTo(3);
            run = run.decide(3, Answer.YES, BUDI, t(40));
            assertThat(stepOf(run)).isEqualTo(4);
            run = run.complete(4, ANDI, t(2000)).complete(5, TIM, t(2500));
            assertThat(stepOf(run)).isEqualTo(6);
            run = run.complete(6, BUDI, t(4000));
            assertThat(run.status()).isEqualTo(InstanceStatus.ACTIVE);
            assertThat(run.pendingParts()).containsExactly(Assignment.of(PELAKSANA, "Dokumentasi"));
            run = run.complete(6, ANDI, t(5000));

            assertThat(run.status()).isEqualTo(InstanceStatus.COMPLETED);
            assertThat(stepOf(run)).isEqualTo(7);
            assertThat(run.pendingParts()).isEmpty();
            assertThat(run.closedAt()).contains(t(5000));
            assertThat(run.events()).hasSize(9);
        }

        @Test
        void records_every_visit_with_its_activation_and_completion() {
            List<Visit> visits = V4.completed().visits();
            assertThat(visits).extracting(Visit::step).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(visits).extracting(Visit::ordinal).containsOnly(1);
            assertThat(visits.get(0).activated()).isEqualTo(t(0));
            assertThat(visits.get(0).completed()).contains(t(10));
            assertThat(visits.get(1).activated()).isEqualTo(t(10));
            assertThat(visits.get(1).completed()).contains(t(30));
            assertThat(visits.get(1).parts()).extracting(Event::actorId).containsExactly("kabid-1", "staf-7");
            assertThat(visits.get(2).answer()).contains(Answer.YES);
            assertThat(visits.get(6).activated()).isEqualTo(t(5000));
            assertThat(visits.get(6).completed()).contains(t(5000));
            assertThat(visits.get(6).parts()).isEmpty();
        }

        @Test
        void records_the_acting_capacity_of_a_plh() {
            Event byPlh = V4.atStep3().lastEvent();
            assertThat(byPlh.capacity()).isEqualTo(Capacity.PLH);
            assertThat(byPlh.signedAs()).isEqualTo("Plh. Kepala Dinas");
            assertThat(byPlh.delegation()).contains(SARI.delegations().get(0));
        }

        @Test
        void allows_nothing_more_once_completed() {
            SopInstance done = V4.completed();
            assertThat(done.allowedActions(MURNI, t(6000)).actions()).isEmpty();
            assertThat(done.allowedActions(MURNI, t(6000)).refusals())
                    .extracting(r -> r.rejection().code()).containsOnly(RejectionCode.INSTANCE_CLOSED);
        }
    }

    @Nested
    @DisplayName("after a \"Tidak\" at step 3")
    class Loop {

        private final SopInstance run = V4.atStep3().decide(3, Answer.NO, BUDI, t(40), "anggaran belum jelas");

        @Test
        void makes_step_2_current_again_with_both_parts_pending() {
            assertThat(stepOf(run)).isEqualTo(2);
            assertThat(run.pendingParts()).containsExactly(Assignment.of(KEPALA_BIDANG, "Proses"),
                    Assignment.of(KEPALA_DINAS, "Proses"));
        }

        @Test
        void lets_the_same_people_do_step_2_again() {
            SopInstance again = run.complete(2, MURNI, t(50)).complete(2, RINA, t(60));
            assertThat(stepOf(again)).isEqualTo(3);
        }

        @Test
        void counts_a_second_visit_of_steps_2_and_3() {
            SopInstance again = run.complete(2, MURNI, t(50)).complete(2, RINA, t(60)).decide(3, Answer.YES, BUDI, t(70));
            List<Visit> visits = again.visits();
            assertThat(visits).extracting(Visit::step).containsExactly(1, 2, 3, 2, 3, 4);
            assertThat(visits).extracting(Visit::ordinal).containsExactly(1, 1, 1, 2, 2, 1);
            assertThat(visits.get(2).answer()).contains(Answer.NO);
            assertThat(visits.get(2).parts().get(0).remark()).contains("anggaran belum jelas");
            assertThat(visits.get(3).activated()).isEqualTo(t(40));
            assertThat(visits.get(5).completed()).isEmpty();
        }
    }

    @Nested
    @DisplayName("a suspended case")
    class Pause {

        private final SopInstance run = V4.atStep3().suspend(BUDI, t(45), "menunggu kejelasan");

        @Test
        void is_suspended_at_its_pausable_step() {
            assertThat(run.status()).isEqualTo(InstanceStatus.SUSPENDED);
            assertThat(stepOf(run)).isEqualTo(3);
            assertThat(run.lastEvent()).isInstanceOfSatisfying(Event.Suspended.class, e -> {
                assertThat(e.reason()).isEqualTo("menunggu kejelasan");
                assertThat(e.remark()).contains("menunggu kejelasan");
                assertThat(e.role()).isEqualTo(KEPALA_SEKSI);
            });
        }

        @Test
        void resumes_and_goes_on() {
            SopInstance resumed = run.resume(BUDI, t(300), "sudah jelas");
            assertThat(resumed.status()).isEqualTo(InstanceStatus.ACTIVE);
            assertThat(stepOf(resumed.decide(3, Answer.YES, BUDI, t(310)))).isEqualTo(4);
        }

        @Test
        void records_the_suspended_span_in_the_visit() {
            Visit visit = run.resume(BUDI, t(300)).decide(3, Answer.YES, BUDI, t(310)).visits().get(2);
            assertThat(visit.suspensions()).containsExactly(
                    new Visit.Suspension(t(45), Optional.of(t(300)), "menunggu kejelasan"));
            assertThat(visit.completed()).contains(t(310));
        }

        @Test
        void shows_an_open_span_while_suspended() {
            assertThat(run.visits().get(2).suspensions()).containsExactly(
                    new Visit.Suspension(t(45), Optional.empty(), "menunggu kejelasan"));
        }

        @Test
        void allows_only_resume_and_cancel() {
            assertThat(run.allowedActions(BUDI, t(50)).actions()).extracting(Action::kind)
                    .containsExactly(Action.Kind.RESUME);
            assertThat(run.allowedActions(MURNI, t(50)).actions()).extracting(Action::kind)
                    .containsExactly(Action.Kind.CANCEL);
        }
    }

    @Nested
    @DisplayName("a cancelled case")
    class Cancel {

        @Test
        void is_cancelled_by_the_kepala_dinas() {
            SopInstance run = V4.atStep2().cancel(MURNI, t(15), "kegiatan dibatalkan");
            assertThat(run.status()).isEqualTo(InstanceStatus.CANCELLED);
            assertThat(run.closedAt()).contains(t(15));
            assertThat(run.pendingParts()).isEmpty();
            assertThat(run.lastEvent()).isInstanceOfSatisfying(Event.Cancelled.class,
                    e -> assertThat(e.role()).isEqualTo(KEPALA_DINAS));
            assertThat(run.visits().get(1).completed()).isEmpty();
        }

        @Test
        void may_be_cancelled_by_a_plh_kepala_dinas() {
            SopInstance run = V4.atStep2().cancel(SARI, t(15), "kegiatan dibatalkan");
            assertThat(run.lastEvent().signedAs()).isEqualTo("Plh. Kepala Dinas");
        }

        @Test
        void may_be_cancelled_while_suspended_which_ends_the_suspended_span() {
            SopInstance run = V4.atStep3().suspend(BUDI, t(45), "menunggu").cancel(MURNI, t(100), "batal");
            assertThat(run.status()).isEqualTo(InstanceStatus.CANCELLED);
            assertThat(run.visits().get(2).suspensions())
                    .containsExactly(new Visit.Suspension(t(45), Optional.of(t(100)), "menunggu"));
        }
    }

    @Nested
    @DisplayName("a delegation that ends in the middle of a case")
    class DelegationEnding {

        // Sari is Plh. Kepala Dinas until 2026-03-07T00:00Z; the case's second visit of step 2 is after that.
        private final SopInstance looped = V4.atStep3().decide(3, Answer.NO, BUDI, t(40))
                .complete(2, RINA, t(50));

        @Test
        void lets_the_plh_act_while_it_runs() {
            assertThat(looped.allowedActions(SARI, t(60)).actions()).containsExactly(
                    new Action(Action.Kind.COMPLETE, 2, KEPALA_DINAS, Capacity.PLH),
                    new Action(Action.Kind.CANCEL, 2, KEPALA_DINAS, Capacity.PLH));
        }

        @Test
        void refuses_the_plh_once_it_has_ended_and_lets_the_definitive_holder_finish() {
            java.time.Instant afterEnd = java.time.Instant.parse("2026-03-09T01:00:00Z");
            assertThatThrownBy(() -> looped.complete(2, SARI, afterEnd))
                    .isInstanceOfSatisfying(RejectedTransitionException.class, e -> {
                        assertThat(e.rejection().code()).isEqualTo(RejectionCode.DELEGATION_NOT_VALID);
                        assertThat(e).hasMessage("Sari (staf-7) may not complete step 2 of case 2026/001 as Kepala"
                                + " Dinas at 2026-03-09T01:00:00Z: their Plh. delegation for Kepala Dinas runs from"
                                + " 2026-03-01T00:00:00Z until 2026-03-07T00:00:00Z, and has ended");
                    });
            assertThat(stepOf(looped.complete(2, MURNI, afterEnd))).isEqualTo(3);
        }

        @Test
        void keeps_the_plh_capacity_in_the_events_done_before_it_ended() {
            SopInstance run = looped.complete(2, MURNI, java.time.Instant.parse("2026-03-09T01:00:00Z"));
            assertThat(run.events()).filteredOn(e -> e.actorId().equals("staf-7"))
                    .extracting(Event::capacity).containsExactly(Capacity.PLH);
            assertThat(SopInstance.replay(SOP, run.events())).isEqualTo(run);
        }
    }

    @Nested
    @DisplayName("as a value")
    class AsAValue {

        @Test
        void leaves_the_old_instance_as_it_was() {
            SopInstance before = V4.atStep2();
            List<Event> eventsBefore = List.copyOf(before.events());
            SopInstance after = before.complete(2, RINA, t(20));
            assertThat(before.events()).isEqualTo(eventsBefore);
            assertThat(before.pendingParts()).hasSize(2);
            assertThat(after.events()).hasSize(eventsBefore.size() + 1);
        }

        @Test
        void lets_two_successors_branch_from_one_instance() {
            SopInstance base = V4.atStep2();
            SopInstance a = base.complete(2, RINA, t(20));
            SopInstance b = base.complete(2, MURNI, t(20));
            assertThat(a.events().get(2).actorId()).isEqualTo("kabid-1");
            assertThat(b.events().get(2).actorId()).isEqualTo("kadin-1");
            assertThat(base.events()).hasSize(2);
        }

        @Test
        void is_equal_to_an_instance_with_the_same_events() {
            assertThat(V4.atStep3()).isEqualTo(V4.atStep3()).hasSameHashCodeAs(V4.atStep3());
            assertThat(V4.atStep3()).isNotEqualTo(V4.atStep2());
        }

        @Test
        void gives_an_unmodifiable_list_of_events() {
            List<Event> events = V4.atStep2().events();
            assertThatThrownBy(() -> events.add(events.get(0))).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void says_where_it_stands() {
            assertThat(V4.atStep2().complete(2, RINA, t(20))).hasToString(
                    "case 2026/001 of SOP V. 4.: ACTIVE at step 2, pending [Kepala Dinas: Proses], 3 events");
        }

        @Test
        void chains_each_event_over_the_one_before() {
            List<Event> events = V4.completed().events();
            assertThat(events).extracting(Event::digest).doesNotHaveDuplicates();
            assertThat(V4.completed().lastDigest()).isEqualTo(events.get(events.size() - 1).digest());
        }
    }

    @Nested
    @DisplayName("parts of a step")
    class Parts {

        @Test
        void may_be_done_in_any_order() {
            SopInstance a = V4.atStep2().complete(2, RINA, t(20)).complete(2, MURNI, t(30));
            SopInstance b = V4.atStep2().complete(2, MURNI, t(20)).complete(2, RINA, t(30));
            assertThat(stepOf(a)).isEqualTo(3);
            assertThat(stepOf(b)).isEqualTo(3);
        }

        @Test
        void may_be_done_at_the_same_instant_as_the_event_before() {
            SopInstance run = V4.atStep2().complete(2, RINA, t(10)).complete(2, MURNI, t(10));
            assertThat(stepOf(run)).isEqualTo(3);
        }

        @Test
        void may_be_named_by_role_when_the_actor_could_do_several() {
            Actor both = Actor.of("staf-1", "Joko", PELAKSANA, KEPALA_SEKSI);
            SopInstance at6 = V4.atStep3().decide(3, Answer.YES, BUDI, t(40)).complete(4, ANDI, t(50))
                    .complete(5, V4.TIM, t(60));
            SopInstance run = at6.complete(6, PELAKSANA, both, t(70)).complete(6, KEPALA_SEKSI, both, t(80));
            assertThat(run.status()).isEqualTo(InstanceStatus.COMPLETED);
        }

        @Test
        void are_resolved_without_a_role_when_only_one_is_left_for_the_actor() {
            Actor both = Actor.of("staf-1", "Joko", PELAKSANA, KEPALA_SEKSI);
            SopInstance at6 = V4.atStep3().decide(3, Answer.YES, BUDI, t(40)).complete(4, ANDI, t(50))
                    .complete(5, V4.TIM, t(60));
            SopInstance run = at6.complete(6, PELAKSANA, both, t(70)).complete(6, both, t(80));
            assertThat(run.lastEvent().role()).isEqualTo(KEPALA_SEKSI);
        }
    }
}
