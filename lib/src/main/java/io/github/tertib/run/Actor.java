package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who does the parts of a case: an id, a name, an optional NIP, the roles held definitively,
 * and the Plt./Plh. delegations held for other roles.
 *
 * <p>A person may act for a role at an instant when they hold it, or hold a {@link Delegation} for it
 * that is valid at that instant. Holding it wins: the events then record the capacity DEFINITIVE.
 *
 * <pre>{@code
 * Actor kasi = Actor.of("kasi-1", "Budi", KEPALA_SEKSI).withNip(Nip.parse("19800101 200501 1 001"));
 * Actor sari = Actor.of("staf-7", "Sari", PELAKSANA)
 *         .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-03-01T00:00:00Z"),
 *                 Instant.parse("2026-03-08T00:00:00Z"));
 * sari.capacityFor(KEPALA_DINAS, Instant.parse("2026-03-02T02:00:00Z"));   // Optional[PLH]
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value. Share one actor between all the cases it works on:
 * events keep only its {@link Person}, by reference.
 */
public final class Actor {

    private static final Role[] NO_ROLES = {};
    private static final Delegation[] NO_DELEGATIONS = {};
    private static final RosterEntry[] NO_APPOINTMENTS = {};

    private final Person person;
    private final Nip nip;
    private final Role[] roles;
    private final Delegation[] delegations;
    // Definitive appointments for a period, as a Roster records them; the timeless roles above are
    // for actors built in code.
    private final RosterEntry[] appointments;

    private Actor(Person person, Nip nip, Role[] roles, Delegation[] delegations, RosterEntry[] appointments) {
        this.person = person;
        this.nip = nip;
        this.roles = roles;
        this.delegations = delegations;
        this.appointments = appointments;
    }

    /** The actor a roster gives for a person: appointments and delegations with their periods and decrees. */
    static Actor fromRoster(Person person, RosterEntry[] appointments, Delegation[] delegations) {
        return new Actor(person, null, NO_ROLES, delegations, appointments);
    }

    /**
     * Returns a person with the given id and name who holds the given roles definitively.
     *
     * @param id a stable key for the person, such as an employee number; not blank
     * @param name the name as it should appear in events and sentences; not blank (see {@link Person})
     * @param roles the roles held; may be none (a person who only acts for others)
     * @return the actor
     * @throws IllegalArgumentException if the id or name is blank or a role is given twice
     */
    public static Actor of(String id, String name, Role... roles) {
        Person person = new Person(id, name);
        Objects.requireNonNull(roles, "roles");
        Role[] copy = roles.length == 0 ? NO_ROLES : roles.clone();
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], "role");
            for (int j = 0; j < i; j++) {
                if (copy[j].equals(copy[i])) {
                    throw new IllegalArgumentException(name + " (" + id + ") is given the role " + copy[i].title()
                            + " twice: name each role once");
                }
            }
        }
        return new Actor(person, null, copy, NO_DELEGATIONS, NO_APPOINTMENTS);
    }

    /**
     * Returns a copy of this actor with the given NIP.
     *
     * @param nip the Nomor Induk Pegawai
     * @return the changed copy
     */
    public Actor withNip(Nip nip) {
        return new Actor(person, Objects.requireNonNull(nip, "nip"), roles, delegations, appointments);
    }

    /**
     * Returns a copy of this actor that also acts for {@code role} as Plt. or Plh. during
     * {@code [from, until)}.
     *
     * @param role the role acted for
     * @param capacity {@link Capacity#PLT} or {@link Capacity#PLH}
     * @param from the first instant of the period
     * @param until the first instant after it
     * @return the changed copy
     * @throws IllegalArgumentException if the capacity is DEFINITIVE, the period is empty, or the actor
     *     already holds the role
     */
    public Actor acting(Role role, Capacity capacity, Instant from, Instant until) {
        return acting(Delegation.of(role, capacity, from, until));
    }

    /**
     * Returns a copy of this actor that also holds the given delegation.
     *
     * @param delegation the delegation
     * @return the changed copy
     * @throws IllegalArgumentException if the actor already holds the delegation's role
     */
    public Actor acting(Delegation delegation) {
        Objects.requireNonNull(delegation, "delegation");
        if (holds(delegation.role())) {
            throw new IllegalArgumentException(this + " already holds " + delegation.role().title() + " definitively: a "
                    + delegation.capacity().abbreviation() + " delegation for it would never be used");
        }
        Delegation[] more = Arrays.copyOf(delegations, delegations.length + 1);
        more[delegations.length] = delegation;
        return new Actor(person, nip, roles, more, appointments);
    }

    /** Returns the id. */
    public String id() {
        return person.id();
    }

    /** Returns the name. */
    public String name() {
        return person.name();
    }

    /** Returns the id and name, the value every event this actor causes refers to. */
    public Person person() {
        return person;
    }

    /** Returns the NIP, if one was given. */
    public Optional<Nip> nip() {
        return Optional.ofNullable(nip);
    }

    /** Returns the roles held definitively, in the order given. */
    public List<Role> roles() {
        return List.of(roles);
    }

    /** Returns the delegations held, in the order given. */
    public List<Delegation> delegations() {
        return List.of(delegations);
    }

    /**
     * Returns whether this person holds the role definitively. Roles match on their id, the stable key:
     * an actor holding {@code Role.of("kepala-dinas", "Kepala Dinas Kominfo")} holds the step role
     * {@code Role.of("kepala-dinas", "Kepala Dinas")}, so that renaming a column heading locks nobody out.
     * Whatever the instant: for the appointments of a roster, which have periods, ask
     * {@link #holds(Role, Instant)}.
     *
     * @param role the role
     * @return true if one of {@link #roles()} has its id
     */
    public boolean holds(Role role) {
        Objects.requireNonNull(role, "role");
        for (Role r : roles) {
            if (sameRole(r, role)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the definitive appointments for a period that the {@link Roster} this actor came from records. */
    public List<RosterEntry> appointments() {
        return List.of(appointments);
    }

    /**
     * Returns whether this person holds the role definitively at the instant: one of {@link #roles()},
     * or by an appointment of the roster in force then.
     *
     * @param role the role
     * @param at the instant
     * @return true if they hold it then
     */
    public boolean holds(Role role, Instant at) {
        Objects.requireNonNull(at, "at");
        return holds(role) || appointment(role, at) != null;
    }

    /** The appointment to the role in force at the instant, or null. */
    RosterEntry appointment(Role role, Instant at) {
        for (RosterEntry a : appointments) {
            if (sameRole(a.role(), role) && a.isValidAt(at)) {
                return a;
            }
        }
        return null;
    }

    /**
     * What the roster says of this person's appointments to the role when none is in force at the
     * instant, as the reason of a refusal; null when the roster appointed them to it never.
     */
    String appointmentReason(Role role, Instant at) {
        RosterEntry ended = null;
        RosterEntry coming = null;
        for (RosterEntry a : appointments) {
            if (!sameRole(a.role(), role)) {
                continue;
            }
            if (at.isBefore(a.from())) {
                coming = coming == null || a.from().isBefore(coming.from()) ? a : coming;
            } else if (ended == null || a.end().orElseThrow().isAfter(ended.end().orElseThrow())) {
                ended = a;
            }
        }
        RosterEntry a = ended != null ? ended : coming;
        if (a == null) {
            return null;
        }
        return "their appointment as " + role.title() + " by " + a.decree() + " runs " + a.period()
                + (a == ended ? ", and has ended" : ", and has not begun")
                + "; the roster records no appointment of them to it at that instant";
    }

    /**
     * The decree an event records when this person acts for the role at the instant: the delegation's,
     * or the appointment's when they hold the role by one; empty for roles given in code.
     */
    Optional<String> decree(Role role, Delegation delegation, Instant at) {
        if (delegation != null) {
            return delegation.decree();
        }
        if (appointments.length == 0 || holds(role)) {
            return Optional.empty();
        }
        RosterEntry a = appointment(role, at);
        return a == null ? Optional.empty() : Optional.of(a.decree());
    }

    /**
     * Returns the capacity in which this person may act for the role at the instant: DEFINITIVE if they
     * hold it, else the capacity of the first delegation for it valid then, else empty.
     *
     * @param role the role
     * @param at the instant
     * @return the capacity, or empty if they may not act for the role then
     */
    public Optional<Capacity> capacityFor(Role role, Instant at) {
        Objects.requireNonNull(at, "at");
        if (holds(role, at)) {
            return Optional.of(Capacity.DEFINITIVE);
        }
        Delegation d = validDelegation(role, at);
        return d == null ? Optional.empty() : Optional.of(d.capacity());
    }

    /**
     * Returns whether this person may act for the role at the instant.
     *
     * @param role the role
     * @param at the instant
     * @return true if they hold it or hold a delegation for it valid at {@code at}
     */
    public boolean mayActFor(Role role, Instant at) {
        Objects.requireNonNull(at, "at");
        return holds(role, at) || validDelegation(role, at) != null;
    }

    /**
     * Returns the first delegation for the role that is valid at the instant.
     *
     * @param role the role
     * @param at the instant
     * @return the delegation, or empty
     */
    public Optional<Delegation> delegationFor(Role role, Instant at) {
        Objects.requireNonNull(role, "role");
        return Optional.ofNullable(validDelegation(role, Objects.requireNonNull(at, "at")));
    }

    /** The first delegation for the role valid at the instant, or null: for the transition path. */
    Delegation validDelegation(Role role, Instant at) {
        int i = validDelegationIndex(role, at);
        return i < 0 ? null : delegations[i];
    }

    /** The first delegation for the role whatever its period, or null: to explain a refusal. */
    Delegation anyDelegation(Role role) {
        int i = anyDelegationIndex(role);
        return i < 0 ? null : delegations[i];
    }

    /** The index among the delegations of the first one for the role valid at the instant, or -1. */
    int validDelegationIndex(Role role, Instant at) {
        for (int i = 0; i < delegations.length; i++) {
            Delegation d = delegations[i];
            if (sameRole(d.role(), role) && d.isValidAt(at)) {
                return i;
            }
        }
        return -1;
    }

    /** The index among the delegations of the first one for the role whatever its period, or -1. */
    int anyDelegationIndex(Role role) {
        for (int i = 0; i < delegations.length; i++) {
            if (sameRole(delegations[i].role(), role)) {
                return i;
            }
        }
        return -1;
    }

    /** The delegation at the index, as {@link #validDelegationIndex} and {@link #anyDelegationIndex} give it. */
    Delegation delegation(int index) {
        return delegations[index];
    }

    /** Whether two roles are the same post: the id is the stable key, the title only how it is written. */
    static boolean sameRole(Role a, Role b) {
        return a == b || a.id().equals(b.id());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor a && a.person.equals(person) && Objects.equals(a.nip, nip)
                && Arrays.equals(a.roles, roles) && Arrays.equals(a.delegations, delegations)
                && Arrays.equals(a.appointments, appointments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, nip, Arrays.hashCode(roles), Arrays.hashCode(delegations),
                Arrays.hashCode(appointments));
    }

    /** Returns the name and id, such as {@code Sari (staf-7)}, as refusals write it. */
    @Override
    public String toString() {
        return person.toString();
    }
}
