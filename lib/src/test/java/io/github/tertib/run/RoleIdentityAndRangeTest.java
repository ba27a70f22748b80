package io.github.tertib.run;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.TertibException;
import io.github.tertib.internal.Instants;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles match on their id, and commands accept only instants of the years 1 to 9999. */
class RoleIdentityAndRangeTest {

    private static final Role KEPALA_DINAS_KOMINFO = Role.of("kepala-dinas", "Kepala Dinas Kominfo");
    private static final Actor WATI = Actor.of("kadin-2", "Wati", KEPALA_DINAS_KOMINFO);

    @Test
    void an_actor_whose_role_has_the_steps_role_id_but_another_title_may_act_and_the_event_names_the_steps_role() {
        SopInstance run = V4.atStep2().complete(2, RINA, t(20)).complete(2, WATI, t(30));
        Event done = run.events().get(run.events().size() - 1);
        assertThat(done.role()).isEqualTo(KEPALA_DINAS);
        assertThat(run.currentStep().number()).isEqualTo(3);
        assertThat(SopInstance.replay(V4.SOP, run.events())).isEqualTo(run);
    }

    @Test
    void naming_the_role_by_another_title_finds_the_part_of_the_same_id() {
        SopInstance run = V4.atStep2().complete(2, KEPALA_DINAS_KOMINFO, WATI, t(20));
        assertThat(run.pendingParts()).extracting(a -> a.role().id()).containsExactly("kepala-bidang");
    }

    @Test
    void a_delegation_for_a_role_of_the_same_id_counts() {
        Actor sari = Actor.of("staf-9", "Sari", V4.ANDI.roles().get(0))
                .acting(KEPALA_DINAS_KOMINFO, io.github.tertib.sop.Capacity.PLH, t(0), t(100));
        SopInstance run = V4.atStep2().complete(2, RINA, t(20)).complete(2, sari, t(30));
        assertThat(run.events().get(run.events().size() - 1).capacity())
                .isEqualTo(io.github.tertib.sop.Capacity.PLH);
        assertThat(SopInstance.replay(V4.SOP, run.events())).isEqualTo(run);
    }

    @Test
    void holds_matches_on_the_id() {
        assertThat(WATI.holds(KEPALA_DINAS)).isTrue();
        assertThat(WATI.holds(Role.of("kepala-bidang", "Kepala Dinas Kominfo"))).isFalse();
    }

    @Test
    void every_command_refuses_an_instant_outside_the_accepted_range_naming_it_and_the_range() {
        SopInstance run = V4.atStep2();
        SopInstance atStep3 = V4.atStep3();
        for (Instant bad : List.of(Instant.MAX, Instant.MIN, Instants.MAX.plusNanos(1))) {
            List<Runnable> commands = List.of(
                    () -> SopInstance.start(V4.SOP, "2026/009", V4.BUDI, bad),
                    () -> run.complete(2, RINA, bad),
                    () -> atStep3.decide(3, io.github.tertib.sop.Answer.YES, V4.BUDI, bad),
                    () -> atStep3.suspend(V4.BUDI, bad, "menunggu"),
                    () -> run.cancel(V4.MURNI, bad, "batal"),
                    () -> run.allowedActions(V4.BUDI, bad));
            for (Runnable c : commands) {
                assertThatThrownBy(c::run).isInstanceOf(TertibException.class)
                        .hasMessageContaining(bad.toString()).hasMessageContaining("years 1 to 9999");
            }
        }
        assertThat(run.complete(2, RINA, Instants.MAX).events()).hasSize(run.events().size() + 1);
    }

    @Test
    void replay_refuses_an_event_outside_the_accepted_range_naming_the_event_and_the_range() {
        List<Event> events = new java.util.ArrayList<>(V4.atStep2().events());
        for (Instant bad : List.of(Instant.MAX, Instant.MIN, Instants.MAX.plusNanos(1))) {
            List<Event> forged = new java.util.ArrayList<>(events);
            forged.set(forged.size() - 1, Forge.movedTo(forged.get(forged.size() - 1), bad));
            assertThatThrownBy(() -> SopInstance.replay(V4.SOP, forged)).isInstanceOf(InvalidEventLogException.class)
                    .hasMessageContaining("event " + forged.size() + " of " + forged.size())
                    .hasMessageContaining(bad.toString()).hasMessageContaining("years 1 to 9999");
        }
    }
}
