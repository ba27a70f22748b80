package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.run.Offices.MARCH_1;
import static io.github.tertib.run.Offices.MARCH_7;
import static io.github.tertib.run.Offices.ROSTER;
import static io.github.tertib.run.Offices.SARI_PLH;
import static io.github.tertib.run.V4.SOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every forgery class found against the audit trail, each refused with its sentence. The chain alone
 * detects nothing here: every forged log below is re-chained, as someone who can write the log and
 * has read docs/event-log.md would do. The roster refuses forged authority; the seal refuses a
 * rewritten, reordered, truncated or transplanted log.
 */
class ForgeryTest {

    private static final SealKey KEY = SealKey.hmac("diskominfo-2026", Keys.SECRET);
    private static final SealVerifier VERIFIER = SealVerifier.hmac("diskominfo-2026", Keys.SECRET);

    /** Sari's Plh. part of step 2 is event 4 of the case at step 3. */
    private static final int SARI_PART = 3;

    @Nested
    class Authority {

        @Test
        void an_outsiders_part_with_a_recomputed_chain() {
            SopInstance run = Offices.atStep3();
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            forged.set(SARI_PART, Forge.with(sari, KEPALA_DINAS, new Person("mallory", "Mallory"), Optional.empty(),
                    sari.at(), sari.digest()));
            forged = Forge.resigned(forged);
            // the chain and the rules cannot tell: the log vouches for itself
            assertThat(SopInstance.replay(SOP, forged).lastEvent().actorName()).isEqualTo("Mallory");
            List<Event> log = forged;
            assertThatThrownBy(() -> SopInstance.replay(SOP, log, ROSTER))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isEqualTo(3))
                    .hasMessage("event 4 of 4 (PartCompleted, step 2, Mallory (mallory) as Kepala Dinas at"
                            + " 2026-03-02T01:30:00Z) is refused: the roster has no person with the id \"mallory\","
                            + " so nobody of that id held Kepala Dinas at 2026-03-02T01:30:00Z");
        }

        @Test
        void a_staff_member_claiming_a_post_they_never_held() {
            SopInstance run = Offices.atStep3();
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            forged.set(SARI_PART, Forge.with(sari, KEPALA_DINAS, new Person("staf-3", "Andi"), Optional.empty(),
                    sari.at(), sari.digest()));
            List<Event> log = Forge.resigned(forged);
            assertThatThrownBy(() -> SopInstance.replay(SOP, log, ROSTER))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessage("event 4 of 4 (PartCompleted, step 2, Andi (staf-3) as Kepala Dinas at"
                            + " 2026-03-02T01:30:00Z) is refused: the roster says Andi (staf-3) did not hold Kepala"
                            + " Dinas at 2026-03-02T01:30:00Z: it records no appointment of them to Kepala Dinas,"
                            + " definitive or as Plt. or Plh.");
        }

        @Test
        void a_plh_claiming_to_be_definitive() {
            SopInstance run = Offices.atStep3();
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            forged.set(SARI_PART, Forge.with(sari, KEPALA_DINAS, sari.actor(), Optional.empty(), sari.at(),
                    sari.digest()));
            List<Event> log = Forge.resigned(forged);
            assertThatThrownBy(() -> SopInstance.replay(SOP, log, ROSTER))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageEndingWith("is refused: the log says Sari (staf-7) acted as Kepala Dinas, but the roster"
                            + " has them as Plh. Kepala Dinas by 800/12/Diskominfo/2026 [2026-03-01T00:00:00Z,"
                            + " 2026-03-07T00:00:00Z) at 2026-03-02T01:30:00Z");
        }

        @Test
        void a_widened_plh_period_in_the_log() {
            // Sari's Plh. ends on 7 March; the forger moves her part to 9 March and widens the period to match
            SopInstance run = Offices.atStep3();
            Instant march9 = Instant.parse("2026-03-09T02:00:00Z");
            List<Event> forged = new ArrayList<>(run.events().subList(0, SARI_PART));
            Event sari = run.events().get(SARI_PART);
            Delegation widened = new Delegation(KEPALA_DINAS, Capacity.PLH, MARCH_1,
                    Instant.parse("2026-03-14T00:00:00Z"), Optional.of(SARI_PLH));
            forged.add(Forge.with(sari, KEPALA_DINAS, sari.actor(), Optional.of(widened), march9, sari.digest()));
            List<Event> log = Forge.resigned(forged);
            assertThat(SopInstance.replay(SOP, log).lastEvent().at()).isEqualTo(march9);
            assertThatThrownBy(() -> SopInstance.replay(SOP, log, ROSTER))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessage("event 4 of 4 (PartCompleted, step 2, Sari (staf-7) as Plh. Kepala Dinas at"
                            + " 2026-03-09T02:00:00Z) is refused: the roster says Sari (staf-7) did not hold Kepala"
                            + " Dinas at 2026-03-09T02:00:00Z: it records them as Plh. Kepala Dinas by"
                            + " 800/12/Diskominfo/2026 [2026-03-01T00:00:00Z, 2026-03-07T00:00:00Z), and none of"
                            + " these was in force then");
        }

        @Test
        void a_widened_period_even_where_the_instant_was_in_force() {
            SopInstance run = Offices.atStep3();
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            Delegation widened = new Delegation(KEPALA_DINAS, Capacity.PLH, MARCH_1,
                    Instant.parse("2026-03-14T00:00:00Z"), Optional.of(SARI_PLH));
            forged.set(SARI_PART, Forge.with(sari, KEPALA_DINAS, sari.actor(), Optional.of(widened), sari.at(),
                    sari.digest()));
            List<Event> log = Forge.resigned(forged);
            assertThatThrownBy(() -> SopInstance.replay(SOP, log, ROSTER))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageEndingWith("is refused: the log records the Plh. Kepala Dinas period of Sari (staf-7) as"
                            + " [2026-03-01T00:00:00Z, 2026-03-14T00:00:00Z), but the roster's decree"
                            + " 800/12/Diskominfo/2026 gives [2026-03-01T00:00:00Z, 2026-03-07T00:00:00Z)");
        }

        @Test
        void a_delegation_used_at_exactly_its_until() {
            SopInstance atStep2 = SopInstance.start(SOP, "2026/001", Offices.BUDI, MARCH_7.minusSeconds(600))
                    .complete(1, Offices.BUDI, MARCH_7.minusSeconds(300)).complete(2, Offices.RINA, MARCH_7);
            // the command: the period is half-open, so at its until the Plh. is over
            assertThatThrownBy(() -> atStep2.complete(2, Offices.SARI, MARCH_7))
                    .isInstanceOfSatisfying(RejectedTransitionException.class,
                            e -> assertThat(e.rejection().code()).isEqualTo(RejectionCode.DELEGATION_NOT_VALID));
            // an honest log of it: replay refuses it by its own delegation
            Event last = new Event.PartCompleted(2, KEPALA_DINAS, Offices.SARI.person(),
                    Offices.SARI.delegationFor(KEPALA_DINAS, MARCH_1), MARCH_7, Optional.empty(), Digest.ZERO);
            List<Event> honest = new ArrayList<>(atStep2.events());
            honest.add(last);
            List<Event> log = Forge.resigned(honest);
            assertThatThrownBy(() -> SopInstance.replay(SOP, log))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("their Plh. delegation for Kepala Dinas runs from 2026-03-01T00:00:00Z"
                            + " until 2026-03-07T00:00:00Z, and has ended");
            // and with the period stretched by a nanosecond in the log, the roster still refuses it
            Delegation stretched = new Delegation(KEPALA_DINAS, Capacity.PLH, MARCH_1, MARCH_7.plusNanos(1),
                    Optional.empty());
            honest.set(honest.size() - 1, Forge.with(last, KEPALA_DINAS, last.actor(), Optional.of(stretched),
                    MARCH_7, Digest.ZERO));
            List<Event> stretchedLog = Forge.resigned(honest);
            assertThat(SopInstance.replay(SOP, stretchedLog).lastEvent().at()).isEqualTo(MARCH_7);
            assertThatThrownBy(() -> SopInstance.replay(SOP, stretchedLog, ROSTER))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("is refused: the roster says Sari (staf-7) did not hold Kepala Dinas at"
                            + " 2026-03-07T00:00:00Z");
        }

        @Test
        void an_earlier_broken_rule_is_named_before_a_later_roster_refusal() {
            SopInstance run = Offices.completed();
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            forged.set(SARI_PART, Forge.with(sari, KEPALA_DINAS, new Person("mallory", "Mallory"), Optional.empty(),
                    sari.at(), sari.digest()));
            Collections.swap(forged, 1, 2);
            List<Event> log = Forge.resigned(forged);
            assertThatThrownBy(() -> SopInstance.replay(SOP, log, ROSTER))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isEqualTo(1));
        }
    }

    @Nested
    class Seals {

        private final SopInstance run = Offices.completed();
        private final Seal seal = KEY.seal(run);

        @Test
        void a_sealed_log_replays_when_its_seal_verifies() {
            assertThat(VERIFIER.replay(SOP, run.events(), seal)).isEqualTo(run);
            assertThat(VERIFIER.replay(SOP, run.events(), seal, ROSTER)).isEqualTo(run);
            assertThat(VERIFIER.replay(SOP, EventLog.parse(EventLog.format(run.events())), Seal.parse(seal.toString()),
                    ROSTER)).isEqualTo(run);
        }

        @Test
        void a_log_rewritten_and_rechained_without_the_key() {
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            forged.set(SARI_PART, Forge.renamed(sari, "Sari Dewi"));
            List<Event> log = Forge.resigned(forged);
            assertThat(SopInstance.replay(SOP, log)).isNotNull();
            assertThatThrownBy(() -> VERIFIER.replay(SOP, log, seal))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isEqualTo(8))
                    .hasMessage("the seal of case 2026/001 covers a log whose last digest is " + run.lastDigest()
                            + ", but this log's last digest is " + log.get(8).digest() + ": the seal does not match the"
                            + " log, which was rewritten (and perhaps re-chained) after it was sealed");
        }

        @Test
        void a_reordered_sealed_log() {
            List<Event> swapped = new ArrayList<>(run.events());
            Collections.swap(swapped, 5, 6);
            assertThatThrownBy(() -> VERIFIER.replay(SOP, swapped, seal))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("does not match its content chained over event 5");
            List<Event> rechained = Forge.resigned(swapped);
            assertThatThrownBy(() -> VERIFIER.replay(SOP, rechained, seal))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("the seal does not match the log, which was rewritten");
        }

        @Test
        void a_truncated_sealed_log() {
            List<Event> shorter = run.events().subList(0, 7);
            assertThatThrownBy(() -> VERIFIER.replay(SOP, shorter, seal))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isEqualTo(6))
                    .hasMessage("the seal of case 2026/001 covers 9 events, but the log has 7: the seal does not match"
                            + " the log (events were removed from its end)");
        }

        @Test
        void a_seal_from_another_key_under_the_same_id() {
            Seal other = SealKey.hmac("diskominfo-2026", Keys.OTHER_SECRET).seal(run);
            assertThatThrownBy(() -> VERIFIER.replay(SOP, run.events(), other))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessage("the seal of case 2026/001 (9 events, key diskominfo-2026, HmacSHA256) does not match"
                            + " its signature: it was made with another key, or its case, number of events or last"
                            + " digest was changed after sealing");
        }

        @Test
        void a_seal_from_an_unknown_key() {
            Seal other = SealKey.hmac("rumah-mallory", Keys.OTHER_SECRET).seal(run);
            assertThatThrownBy(() -> VERIFIER.replay(SOP, run.events(), other))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessage("the seal names the key rumah-mallory, which this verifier does not know (it knows"
                            + " diskominfo-2026): give the verifier that key's secret");
        }

        @Test
        void a_seal_whose_head_was_edited_to_fit_a_forged_log() {
            List<Event> forged = new ArrayList<>(run.events());
            forged.set(SARI_PART, Forge.renamed(forged.get(SARI_PART), "Sari Dewi"));
            List<Event> log = Forge.resigned(forged);
            String edited = seal.toString().replace(run.lastDigest().toString(), log.get(8).digest().toString());
            assertThatThrownBy(() -> VERIFIER.replay(SOP, log, Seal.parse(edited)))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("does not match its signature");
        }

        @Test
        void another_cases_seal() {
            SopInstance other = SopInstance.start(SOP, "2026/002", Offices.BUDI, V4.t(0));
            Seal otherSeal = KEY.seal(other);
            assertThatThrownBy(() -> VERIFIER.replay(SOP, run.events(), otherSeal))
                    .isInstanceOfSatisfying(InvalidEventLogException.class, e -> assertThat(e.index()).isZero())
                    .hasMessage("the seal is of case 2026/002, but the log is of case 2026/001: the seal does not"
                            + " match the log");
            // the same case id in another case's log: the number of events and the last digest differ
            SopInstance twin = SopInstance.start(SOP, "2026/001", Offices.BUDI, V4.t(1));
            assertThatThrownBy(() -> VERIFIER.replay(SOP, twin.events(), KEY.seal(Offices.atStep3())))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("the seal does not match the log");
        }

        @Test
        void a_sealed_log_whose_actor_the_roster_does_not_bear_out() {
            // the key holder can seal any log: the roster still refuses the outsider
            List<Event> forged = new ArrayList<>(run.events());
            Event sari = forged.get(SARI_PART);
            forged.set(SARI_PART, Forge.with(sari, KEPALA_DINAS, new Person("mallory", "Mallory"), Optional.empty(),
                    sari.at(), sari.digest()));
            List<Event> log = Forge.resigned(forged);
            Seal sealedByInsider = KEY.seal(log);
            assertThat(VERIFIER.replay(SOP, log, sealedByInsider)).isNotNull();
            assertThatThrownBy(() -> VERIFIER.replay(SOP, log, sealedByInsider, ROSTER))
                    .isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("the roster has no person with the id \"mallory\"");
        }
    }
}
