package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Role;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The equality and null contracts of the package's values, tested once and systematically. */
class ValuesTest {

    static Stream<Class<?>> records() {
        return Stream.of(Event.Started.class, Event.PartCompleted.class, Event.Decided.class, Event.Suspended.class,
                Event.Resumed.class, Event.Cancelled.class, Person.class, Delegation.class, Rejection.class, Action.class,
                AllowedActions.class, AllowedActions.Refusal.class, Visit.class, Visit.Suspension.class);
    }

    /** A valid value for each component, by type (and for Delegation's period, by position). */
    private static Object sample(Class<?> record, RecordComponent c, int index) {
        Class<?> type = c.getType();
        if (type == int.class) {
            return 1;
        }
        if (type == String.class) {
            return "x";
        }
        if (type == Role.class) {
            return KEPALA_SEKSI;
        }
        if (type == Instant.class) {
            return record == Delegation.class && c.getName().equals("until") ? t(60) : t(0);
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Person.class) {
            return new Person("x", "X");
        }
        if (type == Digest.class) {
            return Digest.ZERO;
        }
        if (type == Answer.class) {
            return Answer.YES;
        }
        if (type == Capacity.class) {
            return Capacity.PLH;
        }
        if (type == RejectionCode.class) {
            return RejectionCode.GUARD;
        }
        if (type == Action.Kind.class) {
            return Action.Kind.CANCEL;
        }
        if (type == Rejection.class) {
            return new Rejection(RejectionCode.GUARD, "x");
        }
        throw new AssertionError("no sample for " + type + " in " + record + " at " + index);
    }

    private static Object[] samples(Class<?> record) {
        RecordComponent[] cs = record.getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            args[i] = sample(record, cs[i], i);
        }
        return args;
    }

    private static Object make(Class<?> record, Object[] args) throws Throwable {
        Constructor<?> ctor = record.getDeclaredConstructor(
                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
        try {
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void refuses_null_for_every_reference_component(Class<?> record) throws Throwable {
        Object[] args = samples(record);
        assertThat(make(record, args)).isNotNull();
        for (int i = 0; i < args.length; i++) {
            if (record.getRecordComponents()[i].getType().isPrimitive()) {
                continue;
            }
            Object[] withNull = args.clone();
            withNull[i] = null;
            String name = record.getRecordComponents()[i].getName();
            assertThatThrownBy(() -> make(record, withNull)).as(record.getSimpleName() + "." + name)
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void is_equal_by_value(Class<?> record) throws Throwable {
        Object a = make(record, samples(record));
        Object b = make(record, samples(record));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
        assertThat(a.toString()).isNotBlank();
    }

    @Test
    void refuses_null_arguments_to_every_command_and_query() {
        SopInstance run = V4.atStep2();
        List<ThrowingCallable> calls = List.of(
                () -> SopInstance.start(null, "1", BUDI, t(0)),
                () -> SopInstance.start(SOP, null, BUDI, t(0)),
                () -> SopInstance.start(SOP, "1", null, t(0)),
                () -> SopInstance.start(SOP, "1", BUDI, null),
                () -> SopInstance.start(SOP, "1", BUDI, t(0), null),
                () -> run.complete(2, (Actor) null, t(20)),
                () -> run.complete(2, V4.RINA, null),
                () -> run.complete(2, (Role) null, V4.RINA, t(20)),
                () -> run.complete(2, V4.RINA, t(20), null),
                () -> run.decide(3, null, BUDI, t(20)),
                () -> run.suspend(BUDI, t(20), null),
                () -> run.suspend(null, t(20), "x"),
                () -> run.resume(BUDI, null),
                () -> run.resume(BUDI, t(20), null),
                () -> run.cancel(V4.MURNI, t(20), null),
                () -> run.allowedActions(null, t(20)),
                () -> run.allowedActions(BUDI, null),
                () -> SopInstance.replay(null, run.events()),
                () -> SopInstance.replay(SOP, null),
                () -> SopInstance.replay(SOP, run.events(), (Digest) null),
                () -> SopInstance.replay(SOP, run.events(), (Roster) null),
                () -> SopInstance.replay(SOP, null, Offices.ROSTER),
                () -> EventLog.parseLine(null),
                () -> Roster.parse(null),
                () -> Offices.ROSTER.actor(null),
                () -> Offices.ROSTER.authority(null, KEPALA_SEKSI, t(20)),
                () -> Offices.ROSTER.authority("kasi-1", null, t(20)),
                () -> Offices.ROSTER.authority("kasi-1", KEPALA_SEKSI, null),
                () -> Roster.builder().person(null, "x"),
                () -> BUDI.holds(KEPALA_SEKSI, null),
                () -> EventLog.format(null),
                () -> EventLog.parse(null),
                () -> EventLog.formatLine(null),
                () -> EventLog.table(null),
                () -> Actor.of(null, "x"),
                () -> Actor.of("x", null),
                () -> Actor.of("x", "y", (Role) null),
                () -> BUDI.withNip(null),
                () -> BUDI.acting(null),
                () -> BUDI.holds(null),
                () -> BUDI.capacityFor(KEPALA_SEKSI, null),
                () -> Digest.parse(null),
                () -> Digest.of(null),
                () -> Answer.parse(null),
                () -> Capacity.PLH.titled(null));
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)).as("call %d", i).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void refuses_blank_reasons_and_remarks() {
        SopInstance run = V4.atStep3();
        assertThatThrownBy(() -> run.suspend(BUDI, t(40), " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reason must not be blank: say why, such as \"menunggu kejelasan\"");
        assertThatThrownBy(() -> run.decide(3, Answer.YES, BUDI, t(40), "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a remark must not be blank: leave it out instead");
        assertThatThrownBy(() -> run.cancel(V4.MURNI, t(40), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    class Actors {

        private final Actor sari = V4.SARI;

        @Test
        void hold_their_roles_and_act_under_delegations_in_half_open_periods() {
            Instant from = Instant.parse("2026-03-01T00:00:00Z");
            Instant until = Instant.parse("2026-03-07T00:00:00Z");
            assertThat(sari.holds(PELAKSANA)).isTrue();
            assertThat(sari.holds(KEPALA_DINAS)).isFalse();
            assertThat(sari.capacityFor(PELAKSANA, from)).contains(Capacity.DEFINITIVE);
            assertThat(sari.capacityFor(KEPALA_DINAS, from.minusNanos(1))).isEmpty();
            assertThat(sari.capacityFor(KEPALA_DINAS, from)).contains(Capacity.PLH);
            assertThat(sari.capacityFor(KEPALA_DINAS, until.minusNanos(1))).contains(Capacity.PLH);
            assertThat(sari.capacityFor(KEPALA_DINAS, until)).isEmpty();
            assertThat(sari.mayActFor(KEPALA_DINAS, from)).isTrue();
            assertThat(sari.mayActFor(KEPALA_SEKSI, from)).isFalse();
            assertThat(sari.delegationFor(KEPALA_DINAS, from)).contains(
                    Delegation.of(KEPALA_DINAS, Capacity.PLH, from, until));
        }

        @Test
        void use_the_first_delegation_in_force() {
            Actor a = Actor.of("a", "A").acting(KEPALA_DINAS, Capacity.PLH, t(0), t(60))
                    .acting(KEPALA_DINAS, Capacity.PLT, t(30), t(120));
            assertThat(a.capacityFor(KEPALA_DINAS, t(45))).contains(Capacity.PLH);
            assertThat(a.capacityFor(KEPALA_DINAS, t(90))).contains(Capacity.PLT);
            assertThat(a.roles()).isEmpty();
            assertThat(a.delegations()).hasSize(2);
        }

        @Test
        void carry_an_optional_nip() {
            Nip nip = Nip.parse("19610923 199103 1 004");
            assertThat(BUDI.nip()).isEmpty();
            assertThat(BUDI.withNip(nip).nip()).contains(nip);
            assertThat(BUDI.withNip(nip)).isNotEqualTo(BUDI);
        }

        @Test
        void are_equal_by_value() {
            assertThat(Actor.of("kasi-1", "Budi", KEPALA_SEKSI)).isEqualTo(BUDI).hasSameHashCodeAs(BUDI);
            assertThat(Actor.of("kasi-1", "Budi")).isNotEqualTo(BUDI);
            assertThat(sari).isNotEqualTo(Actor.of("staf-7", "Sari", PELAKSANA));
            assertThat(sari).hasToString("Sari (staf-7)");
        }

        @Test
        void refuse_what_makes_no_sense() {
            assertThatThrownBy(() -> Actor.of(" ", "Budi")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Actor.of("k", "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Actor.of("k", "Budi", KEPALA_SEKSI, KEPALA_SEKSI))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Budi (k) is given the role Kepala Seksi twice: name each role once");
            assertThatThrownBy(() -> BUDI.acting(KEPALA_SEKSI, Capacity.PLT, t(0), t(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Budi (kasi-1) already holds Kepala Seksi definitively: a Plt. delegation for it would"
                            + " never be used");
        }

        @Test
        void keep_their_roles_private() {
            Role[] roles = {KEPALA_SEKSI};
            Actor a = Actor.of("a", "A", roles);
            roles[0] = KEPALA_DINAS;
            assertThat(a.roles()).containsExactly(KEPALA_SEKSI);
        }
    }

    @Nested
    class Delegations {

        @Test
        void refuse_a_definitive_capacity_and_an_empty_period() {
            assertThatThrownBy(() -> Delegation.of(KEPALA_DINAS, Capacity.DEFINITIVE, t(0), t(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a delegation for Kepala Dinas must be Capacity.PLT or Capacity.PLH, not DEFINITIVE: a"
                            + " definitive holder is given the role in Actor.of(...)");
            assertThatThrownBy(() -> Delegation.of(KEPALA_DINAS, Capacity.PLT, t(1), t(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void print_as_a_signature_block_with_the_period() {
            assertThat(Delegation.of(KEPALA_DINAS, Capacity.PLT, t(0), t(60))).hasToString(
                    "Plt. Kepala Dinas [2026-03-02T01:00:00Z, 2026-03-02T02:00:00Z)");
        }
    }

    @Nested
    class Digests {

        private final Digest d = V4.started().lastDigest();

        @Test
        void round_trip_through_hex_and_bytes() {
            assertThat(Digest.parse(d.toString())).isEqualTo(d).hasSameHashCodeAs(d);
            assertThat(Digest.parse(d.toString().toUpperCase(java.util.Locale.ROOT))).isEqualTo(d);
            assertThat(Digest.of(d.toBytes())).isEqualTo(d);
            assertThat(d.toString()).hasSize(64).matches("[0-9a-f]{64}");
            byte[] all = new byte[32];
            Arrays.fill(all, (byte) 0xff);
            assertThat(Digest.of(all).toString()).isEqualTo("f".repeat(64));
        }

        @Test
        void refuse_a_wrong_length_or_digit() {
            assertThatThrownBy(() -> Digest.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Digest.parse("0".repeat(63) + "g"))
                    .isInstanceOfSatisfying(io.github.tertib.TertibParseException.class,
                            e -> assertThat(e.index()).isEqualTo(63))
                    .hasMessageContaining("has 'g' at position 64");
        }
    }

    @Test
    void answers_and_capacities_use_the_words_of_the_documents() {
        assertThat(Answer.parse("ya")).isEqualTo(Answer.YES);
        assertThat(Answer.parse("TIDAK")).isEqualTo(Answer.NO);
        assertThat(Answer.NO).hasToString("Tidak");
        assertThatThrownBy(() -> Answer.parse("mungkin")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Capacity.PLH.titled(KEPALA_DINAS)).isEqualTo("Plh. Kepala Dinas");
        assertThat(Capacity.DEFINITIVE.titled(KEPALA_DINAS)).isEqualTo("Kepala Dinas");
        assertThat(Capacity.PLT.isActing()).isTrue();
        assertThat(InstanceStatus.SUSPENDED.isOpen()).isTrue();
        assertThat(InstanceStatus.CANCELLED.isOpen()).isFalse();
    }

    @Test
    void events_refuse_a_delegation_for_another_role() {
        Delegation d = Delegation.of(KEPALA_DINAS, Capacity.PLH, t(0), t(60));
        assertThatThrownBy(() -> new Event.PartCompleted(2, KEPALA_SEKSI, new Person("a", "A"), Optional.of(d), t(1),
                Optional.empty(), Digest.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A (a) acted as Kepala Seksi under a delegation for Kepala Dinas: the delegation must be for"
                        + " the role acted in");
    }
}
