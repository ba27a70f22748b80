package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.MURNI;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReplayTest {

    /** Every example case of the other tests, with the definition it runs. */
    static Stream<SopInstance> examples() {
        Instant later = Instant.parse("2026-03-09T01:00:00Z");
        SopInstance flagged = RejectionTest.flaggedAt2().complete(2, RejectionTest.KASI_1, t(10))
                .complete(2, RejectionTest.KABID_1, t(20));
        return Stream.of(
                V4.started(),
                SopInstance.start(SOP, "2026/002", BUDI, t(0), "permintaan\tBidang\nbaris dua \\ garis"),
                V4.atStep2(),
                V4.atStep3(),
                V4.completed(),
                V4.atStep3().decide(3, Answer.NO, BUDI, t(40), "anggaran belum jelas").complete(2, MURNI, t(50))
                        .complete(2, RINA, t(60)).decide(3, Answer.YES, BUDI, t(70)),
                V4.atStep3().suspend(BUDI, t(45), "menunggu kejelasan").resume(BUDI, t(300), "sudah jelas"),
                V4.atStep3().suspend(BUDI, t(45), "menunggu").cancel(MURNI, t(100), "batal"),
                V4.atStep2().cancel(V4.SARI, t(15), "kegiatan dibatalkan"),
                V4.atStep3().decide(3, Answer.NO, BUDI, t(40)).complete(2, RINA, t(50)).complete(2, MURNI, later),
                flagged,
                flagged.complete(3, RejectionTest.KABID_1, t(30)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rebuilds_an_equal_instance_from_the_events_of_every_example(SopInstance run) {
        SopInstance again = SopInstance.replay(run.definition(), run.events());
        assertThat(again).isEqualTo(run);
        assertThat(again.status()).isEqualTo(run.status());
        assertThat(again.currentStep()).isEqualTo(run.currentStep());
        assertThat(again.pendingParts()).isEqualTo(run.pendingParts());
        assertThat(again.visits()).isEqualTo(run.visits());
        assertThat(SopInstance.replay(run.definition(), run.events(), run.lastDigest())).isEqualTo(run);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void lets_the_replayed_instance_go_on_like_the_original(SopInstance run) {
        SopInstance again = SopInstance.replay(run.definition(), run.events());
        Instant later = run.lastEvent().at().plusSeconds(60);
        for (Actor a : List.of(BUDI, RINA, MURNI, V4.SARI, V4.ANDI, V4.TIM)) {
            assertThat(again.allowedActions(a, later)).isEqualTo(run.allowedActions(a, later));
        }
    }

    @Nested
    class Refuses {

        private final List<Event> events = V4.completed().events();

        private void refusedAt(List<Event> log, int index, String... fragments) {
            assertThatThrownBy(() -> SopInstance.replay(SOP, log))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> {
                        assertThat(e.index()).isEqualTo(index);
                        assertThat(e.getMessage()).startsWith("event " + (index + 1) + " of " + log.size() + " (");
                        for (String f : fragments) {
                            assertThat(e.getMessage()).contains(f);
                        }
                    });
        }

        @Test
        void an_empty_log() {
            assertThatThrownBy(() -> SopInstance.replay(SOP, List.of()))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessage("the event log is empty: a case's log starts with a Started event");
        }

        @Test
        void a_tampered_event() {
            List<Event> log = new ArrayList<>(events);
            log.set(4, Forge.renamed(log.get(4), "Orang Lain"));
            refusedAt(log, 4, "its digest", "does not match its content chained over event 4");
        }

        @Test
        void a_tampered_instant() {
            List<Event> log = new ArrayList<>(events);
            log.set(2, Forge.movedTo(log.get(2), t(21)));
            refusedAt(log, 2, "does not match");
        }

        @Test
        void reordered_events() {
            List<Event> log = new ArrayList<>(events);
            Collections.swap(log, 2, 3);
            refusedAt(log, 2, "reordered");
        }

        @Test
        void an_event_removed_from_the_middle() {
            List<Event> log = new ArrayList<>(events);
            log.remove(5);
            refusedAt(log, 5, "removed");
        }

        @Test
        void a_log_without_its_start() {
            refusedAt(events.subList(1, events.size()), 0, "starts with a Started event");
        }

        @Test
        void a_second_start() {
            List<Event> log = new ArrayList<>(events);
            log.add(3, events.get(0));
            refusedAt(log, 3, "a Started event may only come first");
        }

        @Test
        void a_truncated_log_when_the_last_digest_was_stored() {
            Digest stored = V4.completed().lastDigest();
            List<Event> truncated = events.subList(0, events.size() - 2);
            assertThat(SopInstance.replay(SOP, truncated).status()).isEqualTo(InstanceStatus.ACTIVE);
            assertThatThrownBy(() -> SopInstance.replay(SOP, truncated, stored))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> {
                        assertThat(e.index()).isEqualTo(6);
                        assertThat(e.rejection()).isEmpty();
                    })
                    .hasMessageStartingWith("the log ends with event 7 of 7 (PartCompleted at 2026-03-03T18:40:00Z)"
                            + " whose digest is ")
                    .hasMessageEndingWith(": events are missing from its end, or it is not the stored log");
        }

        @Test
        void a_log_longer_than_the_stored_end() {
            Digest stored = events.get(4).digest();
            assertThatThrownBy(() -> SopInstance.replay(SOP, events, stored))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageEndingWith("which is that of event 5: the log has events after the stored end");
        }

        @Test
        void a_log_of_another_sop() {
            assertThatThrownBy(() -> SopInstance.replay(RejectionTest.FLAGGED, events))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isZero())
                    .hasMessageEndingWith("it starts a case of SOP V. 4., not of SOP T. 1");
        }

        @Test
        void a_correctly_chained_event_by_someone_without_authority() {
            List<Event> log = new ArrayList<>(events);
            log.set(3, Forge.asRole(log.get(3), KEPALA_SEKSI, Optional.empty()));
            List<Event> forged = Forge.resigned(log);
            assertThatThrownBy(() -> SopInstance.replay(SOP, forged))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> {
                        assertThat(e.index()).isEqualTo(3);
                        assertThat(e.rejection()).map(Rejection::code).contains(RejectionCode.ROLE_NOT_IN_STEP);
                    })
                    .hasMessage("event 4 of 9 (PartCompleted, step 2, Sari (staf-7) as Kepala Seksi at"
                            + " 2026-03-02T01:30:00Z) is refused: Sari (staf-7) may not complete step 2 of case 2026/001"
                            + " as Kepala Seksi at 2026-03-02T01:30:00Z: step 2 has no part for Kepala Seksi; its parts"
                            + " are Kepala Bidang: Proses, Kepala Dinas: Proses");
        }

        @Test
        void a_correctly_chained_event_under_a_delegation_that_was_not_in_force() {
            Delegation lapsed = Delegation.of(KEPALA_DINAS, Capacity.PLH, t(-100), t(-50));
            List<Event> log = new ArrayList<>(events);
            log.set(3, Forge.asRole(log.get(3), KEPALA_DINAS, Optional.of(lapsed)));
            assertThatThrownBy(() -> SopInstance.replay(SOP, Forge.resigned(log)))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> {
                        assertThat(e.index()).isEqualTo(3);
                        assertThat(e.rejection()).map(Rejection::code).contains(RejectionCode.DELEGATION_NOT_VALID);
                    });
        }

        @Test
        void correctly_chained_events_out_of_time_order() {
            List<Event> log = new ArrayList<>(events);
            log.set(3, Forge.movedTo(log.get(3), t(15)));
            assertThatThrownBy(() -> SopInstance.replay(SOP, Forge.resigned(log)))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> {
                        assertThat(e.index()).isEqualTo(3);
                        assertThat(e.rejection()).map(Rejection::code).contains(RejectionCode.TIME_REVERSED);
                    });
        }

        @Test
        void correctly_chained_events_after_the_end() {
            List<Event> log = new ArrayList<>(events);
            log.add(events.get(8));
            assertThatThrownBy(() -> SopInstance.replay(SOP, Forge.resigned(log)))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> {
                        assertThat(e.index()).isEqualTo(9);
                        assertThat(e.rejection()).map(Rejection::code).contains(RejectionCode.INSTANCE_CLOSED);
                    });
        }

        @Test
        void a_correctly_chained_part_done_twice() {
            List<Event> log = new ArrayList<>(events.subList(0, 3));
            log.add(events.get(2));
            assertThatThrownBy(() -> SopInstance.replay(SOP, Forge.resigned(log)))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.rejection())
                            .map(Rejection::code).contains(RejectionCode.PART_ALREADY_DONE));
        }
    }
}
