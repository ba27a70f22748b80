package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An appointment to act for a role as Plt. or Plh. during a half-open period {@code [from, until)}.
 *
 * <p>The person holding it may do the role's parts at any instant {@code t} with
 * {@code from <= t < until}, and the events record the capacity ("Plh. Kepala Dinas").
 *
 * <pre>{@code
 * Delegation d = Delegation.of(KEPALA_DINAS, Capacity.PLH,
 *         Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"));
 * d.isValidAt(Instant.parse("2026-03-07T23:59:59Z"));   // true
 * d.isValidAt(Instant.parse("2026-03-08T00:00:00Z"));   // false: the period is half-open
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role (post) acted for
 * @param capacity {@link Capacity#PLT} or {@link Capacity#PLH}
 * @param from the first instant of the period
 * @param until the first instant after the period
 * @param decree the Surat Perintah that made the assignment, when known (a {@link Roster} records it)
 */
public record Delegation(Role role, Capacity capacity, Instant from, Instant until, Optional<String> decree) {

    /**
     * Checks that the capacity is an acting one and the period is not empty.
     *
     * @param role the role acted for
     * @param capacity PLT or PLH
     * @param from the start, inclusive
     * @param until the end, exclusive
     * @param decree the Surat Perintah, if known; not blank
     */
    public Delegation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(decree, "decree");
        if (decree.isPresent() && decree.get().isBlank()) {
            throw new IllegalArgumentException("the decree of a delegation for " + role.title()
                    + " must not be blank: leave it out instead");
        }
        if (!capacity.isActing()) {
            throw new IllegalArgumentException("a delegation for " + role.title() + " must be Capacity.PLT or"
                    + " Capacity.PLH, not DEFINITIVE: a definitive holder is given the role in Actor.of(...)");
        }
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("the " + capacity.abbreviation() + " delegation for " + role.title()
                    + " runs from " + from + " until " + until + ", which is empty: until must be after from");
        }
    }

    /**
     * Creates a delegation without a recorded decree.
     *
     * @param role the role acted for
     * @param capacity PLT or PLH
     * @param from the start, inclusive
     * @param until the end, exclusive
     */
    public Delegation(Role role, Capacity capacity, Instant from, Instant until) {
        this(role, capacity, from, until, Optional.empty());
    }

    /**
     * Returns a delegation for the role, in the capacity, during {@code [from, until)}.
     *
     * @param role the role acted for
     * @param capacity PLT or PLH
     * @param from the start, inclusive
     * @param until the end, exclusive
     * @return the delegation
     */
    public static Delegation of(Role role, Capacity capacity, Instant from, Instant until) {
        return new Delegation(role, capacity, from, until);
    }

    /**
     * Returns a copy of this delegation made by the given decree (Surat Perintah).
     *
     * @param decree the decree's number, such as {@code "800/12/Diskominfo/2026"}; not blank
     * @return the changed copy
     */
    public Delegation withDecree(String decree) {
        return new Delegation(role, capacity, from, until, Optional.of(Objects.requireNonNull(decree, "decree")));
    }

    /**
     * Returns whether the delegation is in force at the instant: {@code from <= at < until}.
     *
     * @param at the instant
     * @return true if the holder may act for the role then
     */
    public boolean isValidAt(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }

    /**
     * Returns {@code Plh. Kepala Dinas [2026-03-01T00:00:00Z, 2026-03-08T00:00:00Z)}, followed by
     * {@code  by 800/12/2026} when the decree is known.
     */
    @Override
    public String toString() {
        return capacity.titled(role) + " [" + from + ", " + until + ")" + (decree.isPresent() ? " by " + decree.get() : "");
    }
}
