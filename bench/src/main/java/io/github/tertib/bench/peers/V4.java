package io.github.tertib.bench.peers;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * SOP V.4 as a flat state machine, the one table every peer builds its configuration from, so
 * that all peers run the same workflow (DESIGN.md, "Reading the seed (SOP V.4)").
 *
 * <p>A state machine has no notion of a step made of parts, so each two-part step becomes the
 * states of its done parts: step 2 is {@code STEP_2}, {@code STEP_2_KABID_DONE},
 * {@code STEP_2_KADIN_DONE} (either order), step 6 likewise. Each trigger is one part (or one
 * answer of the decision) and names the role that may fire it; every transition is guarded by
 * "the actor holds that role". Step 7 (END) needs no action: the last part of step 6 leads to it.
 */
public final class V4 {

    private V4() {
    }

    /** The roles of V.4, in column order. */
    public enum Role {
        PELAKSANA, KEPALA_SEKSI, KEPALA_BIDANG, KEPALA_DINAS, PELAKSANAAN
    }

    /** The states: one per step, plus the states of a half-done two-part step. */
    public enum State {
        STEP_1, STEP_2, STEP_2_KABID_DONE, STEP_2_KADIN_DONE, STEP_3, STEP_4, STEP_5,
        STEP_6, STEP_6_PELAKSANA_DONE, STEP_6_KASI_DONE, END
    }

    /** One part of a step (or one answer of step 3), with the role that may fire it. */
    public enum Trigger {
        START_1(Role.KEPALA_SEKSI),
        PROSES_2_KABID(Role.KEPALA_BIDANG),
        PROSES_2_KADIN(Role.KEPALA_DINAS),
        JIKA_3_YA(Role.KEPALA_SEKSI),
        JIKA_3_TIDAK(Role.KEPALA_SEKSI),
        PROSES_4(Role.PELAKSANA),
        PROSES_5(Role.PELAKSANAAN),
        DOKUMENTASI_6(Role.PELAKSANA),
        PELAPORAN_6(Role.KEPALA_SEKSI);

        private final Role role;

        Trigger(Role role) {
            this.role = role;
        }

        /** The role an actor must hold to fire this trigger. */
        public Role role() {
            return role;
        }
    }

    /** One edge of the machine, guarded by {@code trigger.role()}. */
    public record Transition(State from, Trigger trigger, State to) {
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A person who fires triggers; the guard asks {@link #holds(Role)}. */
    public static final class Actor {
        private final String id;
        private final EnumSet<Role> roles;

        private Actor(String id, EnumSet<Role> roles) {
            this.id = id;
            this.roles = roles;
        }

        /** Returns an actor holding the given roles. */
        public static Actor of(String id, Role first, Role... more) {
            return new Actor(Objects.requireNonNull(id, "id"), EnumSet.of(first, more));
        }

        /** Whether this actor holds the role: the guard of every transition. */
        public boolean holds(Role role) {
            return roles.contains(role);
        }

        @Override
        public String toString() {
            return id + roles;
        }
    }

    /** A trigger fired by an actor. */
    public record Command(Trigger trigger, Actor actor) {
        public Command {
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** Every edge of V.4: 13 guarded transitions. */
    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(State.STEP_1, Trigger.START_1, State.STEP_2),
            new Transition(State.STEP_2, Trigger.PROSES_2_KABID, State.STEP_2_KABID_DONE),
            new Transition(State.STEP_2, Trigger.PROSES_2_KADIN, State.STEP_2_KADIN_DONE),
            new Transition(State.STEP_2_KABID_DONE, Trigger.PROSES_2_KADIN, State.STEP_3),
            new Transition(State.STEP_2_KADIN_DONE, Trigger.PROSES_2_KABID, State.STEP_3),
            new Transition(State.STEP_3, Trigger.JIKA_3_YA, State.STEP_4),
            new Transition(State.STEP_3, Trigger.JIKA_3_TIDAK, State.STEP_2),
            new Transition(State.STEP_4, Trigger.PROSES_4, State.STEP_5),
            new Transition(State.STEP_5, Trigger.PROSES_5, State.STEP_6),
            new Transition(State.STEP_6, Trigger.DOKUMENTASI_6, State.STEP_6_PELAKSANA_DONE),
            new Transition(State.STEP_6, Trigger.PELAPORAN_6, State.STEP_6_KASI_DONE),
            new Transition(State.STEP_6_PELAKSANA_DONE, Trigger.PELAPORAN_6, State.END),
            new Transition(State.STEP_6_KASI_DONE, Trigger.DOKUMENTASI_6, State.END));

    /** The cast: one actor per role, as a V.4 case would have them. */
    public static final Actor KASI = Actor.of("kasi-1", Role.KEPALA_SEKSI);
    public static final Actor KABID = Actor.of("kabid-1", Role.KEPALA_BIDANG);
    public static final Actor KADIN = Actor.of("kadin-1", Role.KEPALA_DINAS);
    public static final Actor STAF = Actor.of("staf-7", Role.PELAKSANA);
    public static final Actor TIM = Actor.of("tim-1", Role.PELAKSANAAN);

    /** Start to END without a loop: 8 guarded transitions. */
    public static final List<Command> HAPPY_PATH = List.of(
            new Command(Trigger.START_1, KASI),
            new Command(Trigger.PROSES_2_KABID, KABID),
            new Command(Trigger.PROSES_2_KADIN, KADIN),
            new Command(Trigger.JIKA_3_YA, KASI),
            new Command(Trigger.PROSES_4, STAF),
            new Command(Trigger.PROSES_5, TIM),
            new Command(Trigger.DOKUMENTASI_6, STAF),
            new Command(Trigger.PELAPORAN_6, KASI));

    /**
     * From {@code STEP_2} back to {@code STEP_2}: both parts of step 2, then "Tidak" at step 3.
     * Three guarded transitions that leave the machine where they found it, so a benchmark can
     * repeat them on one machine without rebuilding state between invocations.
     */
    public static final List<Command> CONSULT_AGAIN = List.of(
            new Command(Trigger.PROSES_2_KABID, KABID),
            new Command(Trigger.PROSES_2_KADIN, KADIN),
            new Command(Trigger.JIKA_3_TIDAK, KASI));
}
