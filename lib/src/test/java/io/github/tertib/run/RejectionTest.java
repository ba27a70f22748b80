package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.run.V4.ANDI;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.MURNI;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.SARI;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** One example for every rejection code: the situation, the code, and the instance unchanged. */
class RejectionTest {

    private static final Set<RejectionCode> SEEN = EnumSet.noneOf(RejectionCode.class);

    static final Role STAF = Role.of("staf", "Staf");
    static final Role KASI = Role.of("kasi", "Kepala Seksi");
    static final Role KABID = Role.of("kabid", "Kepala Bidang");

    /** Step 2 needs definitive officials and two people; step 3 has a custom guard. */
    static final SopDefinition FLAGGED = Sop.define("T. 1", "Penerbitan Surat Uji")
            .roles(STAF, KASI, KABID)
            .cancelledBy(KABID)
            .start(1, "Menerima berkas").by(STAF, "Mulai").takes("5 Menit")
            .process(2, "Memeriksa dan menyetujui berkas").by(KASI, "Periksa").by(KABID, "Setujui").takes("15 Menit")
                .definitiveOnly().separateActors()
            .process(3, "Menandatangani surat").by(KABID, "Tanda tangan").takes("10 Menit")
                .guard("only during office hours, 08:00 to 16:00 WIB",
                        a -> { int h = a.at().atOffset(ZoneOffset.ofHours(7)).getHour(); return h >= 8 && h < 16; })
            .end(4, "Surat diserahkan").by(STAF, "Selesai")
            .build();

    static final Actor STAFF = Actor.of("s-1", "Tono", STAF);
    static final Actor KASI_1 = Actor.of("k-1", "Wati", KASI);
    static final Actor KABID_1 = Actor.of("b-1", "Hadi", KABID);
    static final Actor BOTH = Actor.of("x-1", "Yanto", KASI, KABID);
    static final Actor PLH_KABID = Actor.of("k-2", "Lina", KASI).acting(KABID, Capacity.PLH, t(-600), t(6000));

    static SopInstance flaggedAt2() {
        return SopInstance.start(FLAGGED, "T/1", STAFF, t(0)).complete(1, STAFF, t(1));
    }

    private static RejectedTransitionException refused(SopInstance run, UnaryOperator<SopInstance> command,
            RejectionCode code) {
        List<Event> before = List.copyOf(run.events());
        InstanceStatus status = run.status();
        RejectedTransitionException e = catchThrowableOfType(RejectedTransitionException.class,
                () -> command.apply(run));
        assertThat(e).as("refused with " + code).isNotNull();
        assertThat(e.rejection().code()).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(e.rejection().message());
        assertThat(run.events()).isEqualTo(before);
        assertThat(run.status()).isEqualTo(status);
        SEEN.add(code);
        return e;
    }

    @AfterAll
    static void every_code_has_an_example() {
        assertThat(SEEN).containsExactlyInAnyOrder(RejectionCode.values());
    }

    @Test
    void rejects_a_command_on_a_completed_case() {
        RejectedTransitionException e = refused(V4.completed(), r -> r.complete(6, BUDI, t(6000)),
                RejectionCode.INSTANCE_CLOSED);
        assertThat(e).hasMessage("Budi (kasi-1) may not complete step 6 of case 2026/001 at 2026-03-06T05:00:00Z: the"
                + " case was completed at 2026-03-05T12:20:00Z (step 7, END, was reached); nothing more can be done in it");
    }

    @Test
    void rejects_a_command_on_a_cancelled_case() {
        SopInstance cancelled = V4.atStep2().cancel(MURNI, t(15), "batal");
        refused(cancelled, r -> r.complete(2, RINA, t(20)), RejectionCode.INSTANCE_CLOSED);
        refused(cancelled, r -> r.cancel(MURNI, t(20), "lagi"), RejectionCode.INSTANCE_CLOSED);
    }

    @Test
    void rejects_a_command_earlier_than_the_last_event() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.complete(2, RINA, t(5)),
                RejectionCode.TIME_REVERSED);
        assertThat(e).hasMessage("Rina (kabid-1) may not complete step 2 of case 2026/001 at 2026-03-02T01:05:00Z:"
                + " that is earlier than the case's last event (PartCompleted at 2026-03-02T01:10:00Z); give an instant"
                + " at or after 2026-03-02T01:10:00Z");
    }

    @Test
    void rejects_doing_a_part_while_the_case_is_suspended() {
        SopInstance suspended = V4.atStep3().suspend(BUDI, t(45), "menunggu kejelasan");
        RejectedTransitionException e = refused(suspended, r -> r.decide(3, Answer.YES, BUDI, t(50)),
                RejectionCode.INSTANCE_SUSPENDED);
        assertThat(e).hasMessageEndingWith("the case is suspended since 2026-03-02T01:45:00Z (\"menunggu kejelasan\");"
                + " resume it first");
    }

    @Test
    void rejects_suspending_a_suspended_case() {
        SopInstance suspended = V4.atStep3().suspend(BUDI, t(45), "menunggu");
        refused(suspended, r -> r.suspend(BUDI, t(50), "lagi"), RejectionCode.INSTANCE_SUSPENDED);
    }

    @Test
    void rejects_completion_of_a_step_that_is_not_current() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.complete(4, ANDI, t(20)),
                RejectionCode.NOT_CURRENT_STEP);
        assertThat(e).hasMessageEndingWith("the current step is 2 (PROCESS, \"Mengkonsultasikan dan mengkoordinasikan"
                + " pelaksa...\")");
    }

    @Test
    void rejects_completion_of_a_step_the_sop_does_not_have() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.complete(9, ANDI, t(20)),
                RejectionCode.NOT_CURRENT_STEP);
        assertThat(e).hasMessageContaining("SOP V. 4. has no step 9; the current step is 2");
    }

    @Test
    void rejects_complete_on_a_decision() {
        RejectedTransitionException e = refused(V4.atStep3(), r -> r.complete(3, BUDI, t(40)),
                RejectionCode.DECISION_REQUIRED);
        assertThat(e).hasMessageEndingWith("step 3 is a decision: answer it with decide(3, Answer.YES or Answer.NO,"
                + " actor, at)");
    }

    @Test
    void rejects_decide_on_a_step_that_is_not_a_decision() {
        refused(V4.atStep2(), r -> r.decide(2, Answer.YES, RINA, t(20)), RejectionCode.NOT_A_DECISION);
    }

    @Test
    void rejects_a_named_role_that_has_no_part_in_the_step() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.complete(2, KEPALA_SEKSI, BUDI, t(20)),
                RejectionCode.ROLE_NOT_IN_STEP);
        assertThat(e).hasMessageEndingWith("step 2 has no part for Kepala Seksi; its parts are Kepala Bidang: Proses,"
                + " Kepala Dinas: Proses");
    }

    @Test
    void rejects_completion_by_a_role_not_assigned_to_the_step() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.complete(2, ANDI, t(20)),
                RejectionCode.ROLE_NOT_HELD);
        assertThat(e).hasMessage("Andi (staf-3) may not complete step 2 of case 2026/001 at 2026-03-02T01:20:00Z: they"
                + " hold none of the roles of step 2 (Kepala Bidang: Proses, Kepala Dinas: Proses) and act for none of"
                + " them as Plt. or Plh.");
    }

    @Test
    void rejects_a_named_part_whose_role_the_actor_does_not_hold() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.complete(2, KEPALA_DINAS, ANDI, t(20)),
                RejectionCode.ROLE_NOT_HELD);
        assertThat(e).hasMessage("Andi (staf-3) may not complete step 2 of case 2026/001 as Kepala Dinas at"
                + " 2026-03-02T01:20:00Z: they neither hold Kepala Dinas nor act for it as Plt. or Plh.; give the part"
                + " to a Kepala Dinas, or appoint an acting official with Actor.acting(...)");
    }

    @Test
    void rejects_an_acting_official_outside_the_delegation_period() {
        Instant later = Instant.parse("2026-03-09T01:00:00Z");
        refused(V4.atStep2().complete(2, RINA, later), r -> r.complete(2, SARI, later),
                RejectionCode.DELEGATION_NOT_VALID);
    }

    @Test
    void rejects_a_part_already_done_in_this_visit() {
        RejectedTransitionException e = refused(V4.atStep2().complete(2, RINA, t(20)), r -> r.complete(2, RINA, t(30)),
                RejectionCode.PART_ALREADY_DONE);
        assertThat(e).hasMessage("Rina (kabid-1) may not complete step 2 of case 2026/001 as Kepala Bidang at"
                + " 2026-03-02T01:30:00Z: the part of Kepala Bidang in this visit of step 2 was already done by Rina"
                + " (kabid-1) at 2026-03-02T01:20:00Z");
    }

    @Test
    void rejects_an_acting_official_on_a_definitive_only_step() {
        RejectedTransitionException e = refused(flaggedAt2(), r -> r.complete(2, KABID, PLH_KABID, t(10)),
                RejectionCode.DEFINITIVE_ONLY);
        assertThat(e).hasMessageEndingWith("step 2 may only be done by definitive officials, and they act for Kepala"
                + " Bidang as Plh. only");
    }

    @Test
    void rejects_the_same_person_doing_two_parts_of_a_four_eyes_step() {
        SopInstance oneDone = flaggedAt2().complete(2, KASI, BOTH, t(10));
        RejectedTransitionException e = refused(oneDone, r -> r.complete(2, BOTH, t(20)), RejectionCode.SAME_ACTOR);
        assertThat(e).hasMessage("Yanto (x-1) may not complete step 2 of case T/1 as Kepala Bidang at"
                + " 2026-03-02T01:20:00Z: step 2 needs a different person for each part (four eyes), and they already"
                + " did the part of Kepala Seksi at 2026-03-02T01:10:00Z");
        assertThat(oneDone.complete(2, KABID_1, t(20)).currentStep().number()).isEqualTo(3);
    }

    @Test
    void rejects_an_attempt_a_custom_guard_refuses() {
        SopInstance at3 = flaggedAt2().complete(2, KASI_1, t(10)).complete(2, KABID_1, t(20));
        Instant evening = Instant.parse("2026-03-02T10:00:00Z"); // 17:00 WIB
        RejectedTransitionException e = refused(at3, r -> r.complete(3, KABID_1, evening), RejectionCode.GUARD);
        assertThat(e).hasMessageEndingWith("step 3 requires \"only during office hours, 08:00 to 16:00 WIB\", and this"
                + " attempt does not meet it");
        assertThat(at3.complete(3, KABID_1, t(30)).status()).isEqualTo(InstanceStatus.COMPLETED);
    }

    @Test
    void rejects_completion_without_a_role_when_the_actor_could_do_several_parts() {
        Actor both = Actor.of("staf-1", "Joko", PELAKSANA, KEPALA_SEKSI);
        SopInstance at6 = V4.atStep3().decide(3, Answer.YES, BUDI, t(40)).complete(4, ANDI, t(50))
                .complete(5, V4.TIM, t(60));
        RejectedTransitionException e = refused(at6, r -> r.complete(6, both, t(70)), RejectionCode.AMBIGUOUS_PART);
        assertThat(e).hasMessageEndingWith("they may do more than one part of step 6 (Pelaksana: Dokumentasi, Kepala"
                + " Seksi: Pelaporan): name the role with complete(6, role, actor, at)");
    }

    @Test
    void rejects_suspending_on_a_step_that_is_not_pausable() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.suspend(RINA, t(20), "menunggu"),
                RejectionCode.NOT_PAUSABLE);
        assertThat(e).hasMessage("Rina (kabid-1) may not suspend case 2026/001 at 2026-03-02T01:20:00Z: its current"
                + " step 2 is not pausable; only a step marked pausable() may wait");
    }

    @Test
    void rejects_suspending_by_someone_without_a_part_in_the_current_step() {
        refused(V4.atStep3(), r -> r.suspend(RINA, t(40), "menunggu"), RejectionCode.ROLE_NOT_HELD);
    }

    @Test
    void rejects_resuming_a_case_that_is_not_suspended() {
        refused(V4.atStep3(), r -> r.resume(BUDI, t(40)), RejectionCode.NOT_SUSPENDED);
    }

    @Test
    void rejects_cancelling_by_a_role_the_definition_does_not_name() {
        RejectedTransitionException e = refused(V4.atStep2(), r -> r.cancel(RINA, t(20), "batal"),
                RejectionCode.CANCEL_NOT_ALLOWED);
        assertThat(e).hasMessage("Rina (kabid-1) may not cancel case 2026/001 at 2026-03-02T01:20:00Z: only Kepala"
                + " Dinas may cancel cases of SOP V. 4., and they neither hold nor act for that role");
    }

    @Test
    void rejects_cancelling_when_the_definition_names_no_cancelling_role() {
        SopDefinition noCancel = Sop.define("T. 2", "Tanpa Pembatalan").roles(STAF)
                .start(1, "Menerima berkas").by(STAF, "Mulai").takes("5 Menit")
                .end(2, "Selesai").by(STAF, "Selesai").build();
        SopInstance run = SopInstance.start(noCancel, "T/2", STAFF, t(0));
        RejectedTransitionException e = refused(run, r -> r.cancel(STAFF, t(1), "batal"),
                RejectionCode.CANCEL_NOT_ALLOWED);
        assertThat(e).hasMessageEndingWith("SOP T. 2 names no role that may cancel a case (SopBuilder.cancelledBy(...))");
    }

    @Test
    void reports_the_same_rejection_in_allowed_actions_as_the_command() {
        SopInstance run = V4.atStep2().complete(2, RINA, t(20));
        RejectedTransitionException e = refused(run, r -> r.complete(2, KEPALA_DINAS, ANDI, t(30)),
                RejectionCode.ROLE_NOT_HELD);
        assertThat(run.allowedActions(ANDI, t(30)).refusals())
                .filteredOn(r -> r.role().equals(java.util.Optional.of(KEPALA_DINAS)))
                .singleElement().satisfies(r -> assertThat(r.rejection()).isEqualTo(e.rejection()));
    }
}
