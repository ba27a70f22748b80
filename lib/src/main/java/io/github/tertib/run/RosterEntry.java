package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact of a {@link Roster}: a person appointed to a role by a decree for a period, definitively
 * (by an SK, possibly open-ended) or as Plt./Plh. (by a Surat Perintah, always with an end), perhaps
 * ended early (revoked, or the official moved) before the end the decree gave.
 *
 * <p>The entry is in force during {@code [from, end)}, where {@link #end()} is the early end if there
 * is one, else {@code until}; an open-ended appointment is in force from {@code from} on.
 *
 * <pre>{@code
 * RosterEntry plh = roster.entriesOf("staf-7").get(0);
 * plh.capacity();                                          // PLH
 * plh.decree();                                            // "800/12/Diskominfo/2026"
 * plh.isValidAt(Instant.parse("2026-03-02T02:00:00Z"));    // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param personId the id of the person appointed, as in {@link Person#id()}
 * @param role the role (post)
 * @param capacity DEFINITIVE for an appointment, PLT or PLH for an acting assignment
 * @param decree the number of the decree: the SK of an appointment, the Surat Perintah of an assignment
 * @param from the first instant in force
 * @param until the first instant after the period the decree gives; empty for an open-ended appointment
 * @param ended the first instant after the period when the entry ended before {@code until} (revoked)
 */
public record RosterEntry(String personId, Role role, Capacity capacity, String decree, Instant from,
        Optional<Instant> until, Optional<Instant> ended) {

    /**
     * Checks that nothing is blank, that an acting assignment has an end, and that the period is not
     * inverted or empty and ends early, if at all, inside it.
     *
     * @param personId the person's id
     * @param role the role
     * @param capacity the capacity
     * @param decree the decree's number
     * @param from the start, inclusive
     * @param until the end the decree gives, exclusive, if any
     * @param ended the early end, exclusive, if any
     */
    public RosterEntry {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(ended, "ended");
        if (personId.isBlank()) {
            throw new IllegalArgumentException("a roster entry needs the non-blank id of the person appointed");
        }
        if (decree.isBlank()) {
            throw new IllegalArgumentException("the " + describe(personId, role, capacity) + " needs the number of"
                    + " its decree (an SK, or a Surat Perintah for a Plt. or Plh.)");
        }
        if (capacity.isActing() && until.isEmpty()) {
            throw new IllegalArgumentException("the " + describe(personId, role, capacity) + " by " + decree
                    + " has no end: a Plt. or Plh. is appointed for a period, so give its until");
        }
        if (until.isPresent() && !from.isBefore(until.get())) {
            throw new IllegalArgumentException("the " + describe(personId, role, capacity) + " by " + decree
                    + " runs from " + from + " until " + until.get() + ", which is inverted or empty: until must be"
                    + " after from");
        }
        if (ended.isPresent()) {
            if (!from.isBefore(ended.get())) {
                throw new IllegalArgumentException("the " + describe(personId, role, capacity) + " by " + decree
                        + " from " + from + " is ended at " + ended.get() + ", which is not after it began: an entry"
                        + " that never took effect is left out of the roster");
            }
            if (until.isPresent() && !ended.get().isBefore(until.get())) {
                throw new IllegalArgumentException("the " + describe(personId, role, capacity) + " by " + decree
                        + " runs until " + until.get() + " and is ended early at " + ended.get() + ", which is not"
                        + " before it: an early end comes before the until the decree gives");
            }
        }
    }

    private static String describe(String personId, Role role, Capacity capacity) {
        return (capacity.isActing() ? "assignment of " + personId + " as " : "appointment of " + personId + " as ")
                + capacity.titled(role);
    }

    /**
     * Returns the first instant after the period in force: the early end if there is one, else
     * {@code until}; empty for an open-ended appointment.
     *
     * @return the end, exclusive
     */
    public Optional<Instant> end() {
        return ended.isPresent() ? ended : until;
    }

    /**
     * Returns whether the entry is in force at the instant: {@code from <= at < end()}.
     *
     * @param at the instant
     * @return true if the person held the role in this capacity then
     */
    public boolean isValidAt(Instant at) {
        Objects.requireNonNull(at, "at");
        Optional<Instant> end = end();
        return !at.isBefore(from) && (end.isEmpty() || at.isBefore(end.get()));
    }

    /** Whether the two entries are in force at a common instant. */
    boolean overlaps(RosterEntry other) {
        return other.end().map(from::isBefore).orElse(true) && end().map(other.from::isBefore).orElse(true);
    }

    /** Returns the period as a half-open interval, such as {@code [2026-03-01T00:00:00Z, 2026-03-07T00:00:00Z)}. */
    String period() {
        return "[" + from + ", " + until.map(Instant::toString).orElse("open-ended") + ")"
                + ended.map(e -> " ended early at " + e).orElse("");
    }

    /**
     * Returns a copy of this entry ended early at the instant.
     *
     * @param at the first instant it is no longer in force; after {@code from}, before {@code until}
     * @return the changed copy
     * @throws IllegalArgumentException if it is already ended early, or the instant is outside the period
     */
    public RosterEntry endedAt(Instant at) {
        Objects.requireNonNull(at, "at");
        if (ended.isPresent()) {
            throw new IllegalArgumentException("the " + describe(personId, role, capacity) + " by " + decree
                    + " is already ended early at " + ended.get() + "; it cannot end again at " + at);
        }
        return new RosterEntry(personId, role, capacity, decree, from, until, Optional.of(at));
    }

    /**
     * Returns the entry as a sentence, such as {@code staf-7 as Plh. Kepala Dinas by 800/12/2026 [2026-03-01T00:00:00Z,
     * 2026-03-07T00:00:00Z)}.
     */
    @Override
    public String toString() {
        return personId + " as " + capacity.titled(role) + " by " + decree + " " + period();
    }
}
