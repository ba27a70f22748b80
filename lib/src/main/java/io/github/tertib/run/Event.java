package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to a case: who did what, in which role and capacity, when, with a digest chained over
 * the event before it.
 *
 * <p>A case is the fold of its events; {@link SopInstance#events()} lists them and
 * {@link SopInstance#replay(io.github.tertib.sop.SopDefinition, java.util.List)} rebuilds the case from
 * them. Every event records the actor's id and name ({@link Person}), the role they acted in, the delegation they acted
 * under when they were a Plt. or Plh. (its role is the post acted for), the instant, an optional
 * remark, and the {@link Digest}.
 *
 * <pre>{@code
 * for (Event e : run.events()) {
 *     if (e instanceof Event.PartCompleted p) {
 *         System.out.println(p.actorName() + " as " + p.signedAs() + " did step " + p.step() + " at " + p.at());
 *     }
 * }
 * }</pre>
 *
 * <p>Every event is an immutable, thread-safe record, equal by value.
 */
public sealed interface Event {

    /** Returns the number of the step the event happened at (for {@link Started}, the START step). */
    int step();

    /** Returns the role the actor acted in. */
    Role role();

    /** Returns who did it: the actor's id and name. */
    Person actor();

    /** Returns the actor's id. */
    default String actorId() {
        return actor().id();
    }

    /** Returns the actor's name. */
    default String actorName() {
        return actor().name();
    }

    /** Returns the Plt./Plh. delegation the actor acted under; empty when they hold the role. */
    Optional<Delegation> delegation();

    /**
     * Returns the decree under which the actor acted, as the {@link Roster} recorded it: the SK of a
     * definitive appointment, or the Surat Perintah of a Plt./Plh. assignment (then also
     * {@code delegation().get().decree()}); empty for an actor not taken from a roster.
     */
    Optional<String> decree();

    /** Returns the instant the event happened. */
    Instant at();

    /** Returns the remark given with the command (for {@link Suspended} and {@link Cancelled}, the reason). */
    Optional<String> remark();

    /** Returns the SHA-256 digest of this event chained over the digest of the event before it. */
    Digest digest();

    /** Returns the capacity the actor acted in: DEFINITIVE, or the capacity of the delegation. */
    default Capacity capacity() {
        Optional<Delegation> d = delegation();
        return d.isPresent() ? d.get().capacity() : Capacity.DEFINITIVE;
    }

    /** Returns the post as a signature block writes it, such as {@code "Plh. Kepala Dinas"}. */
    default String signedAs() {
        return capacity().titled(role());
    }

    private static void check(int step, Role role, Person actor, Optional<Delegation> delegation,
            Optional<String> decree, Instant at, Optional<String> remark, Digest digest) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(remark, "remark");
        Objects.requireNonNull(digest, "digest");
        if (step <= 0) {
            throw new IllegalArgumentException("an event's step number must be positive, not " + step);
        }
        if (delegation.isPresent() && !delegation.get().role().id().equals(role.id())) {
            throw new IllegalArgumentException(actor + " acted as " + role.title()
                    + " under a delegation for " + delegation.get().role().title() + ": the delegation must be for"
                    + " the role acted in");
        }
        if (delegation.isPresent() && !delegation.get().decree().equals(decree)) {
            throw new IllegalArgumentException(actor + " acted as " + delegation.get().capacity().titled(role)
                    + " under " + decree.map(d -> "decree \"" + d + "\"").orElse("no decree") + ", but the delegation"
                    + " names " + delegation.get().decree().map(d -> "\"" + d + "\"").orElse("none")
                    + ": an acting official acts under the decree of the delegation");
        }
        if (decree.isPresent() && decree.get().isBlank()) {
            throw new IllegalArgumentException("a decree must not be blank: leave it out instead");
        }
        if (remark.isPresent() && remark.get().isBlank()) {
            throw new IllegalArgumentException("a remark must not be blank: leave it out instead");
        }
    }

    /** The decree an acting official acted under: the delegation's; none for a definitive one. */
    private static Optional<String> decreeOf(Optional<Delegation> delegation) {
        return Objects.requireNonNull(delegation, "delegation").isPresent() ? delegation.get().decree()
                : Optional.empty();
    }

    private static void checkReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason must not be blank: say why, such as \"menunggu kejelasan\"");
        }
    }

    /**
     * A case was started: its START step became current. It does not do the START step's part.
     *
     * @param instanceId the case's id, such as {@code "2026/001"}
     * @param sop the Nomor SOP of the definition, such as {@code "V. 4."}
     * @param revision the revision of the definition the case began on (its number is {@code sop}); empty
     *     in a log that an earlier Tertib wrote, before START events recorded it
     * @param step the START step's number
     * @param role the START step's role the actor acted in
     * @param actor who: the actor's id and name
     * @param delegation the delegation acted under, if acting
     * @param decree the decree under which the actor acted (SK or Surat Perintah), if recorded
     * @param at the instant
     * @param remark the remark, if any
     * @param digest the chained digest
     */
    record Started(String instanceId, String sop, Optional<Revision> revision, int step, Role role, Person actor,
            Optional<Delegation> delegation, Optional<String> decree, Instant at, Optional<String> remark,
            Digest digest) implements Event {

        /**
         * Checks that nothing is null or blank, the revision is of the SOP named, and the delegation is
         * for the role.
         *
         * @param instanceId the case's id
         * @param sop the Nomor SOP
         * @param revision the revision the case began on, if recorded
         * @param step the START step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Started {
            Objects.requireNonNull(instanceId, "instanceId");
            Objects.requireNonNull(sop, "sop");
            Objects.requireNonNull(revision, "revision");
            if (instanceId.isBlank() || sop.isBlank()) {
                throw new IllegalArgumentException("a Started event needs a non-blank case id and SOP number");
            }
            if (revision.isPresent() && !revision.get().number().equals(sop)) {
                throw new IllegalArgumentException("a Started event of SOP " + sop + " cannot record a revision of SOP "
                        + revision.get().number());
            }
            check(step, role, actor, delegation, decree, at, remark, digest);
        }

        /**
         * Creates the event with a revision and the decree of the delegation (none for a definitive actor).
         *
         * @param instanceId the case's id
         * @param sop the Nomor SOP
         * @param revision the revision the case began on, if recorded
         * @param step the START step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Started(String instanceId, String sop, Optional<Revision> revision, int step, Role role, Person actor,
                Optional<Delegation> delegation, Instant at, Optional<String> remark, Digest digest) {
            this(instanceId, sop, revision, step, role, actor, delegation, decreeOf(delegation), at, remark, digest);
        }

        /**
         * Creates the event with a decree and no revision.
         *
         * @param instanceId the case's id
         * @param sop the Nomor SOP
         * @param step the START step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Started(String instanceId, String sop, int step, Role role, Person actor,
                Optional<Delegation> delegation, Optional<String> decree, Instant at, Optional<String> remark,
                Digest digest) {
            this(instanceId, sop, Optional.empty(), step, role, actor, delegation, decree, at, remark, digest);
        }

        /**
         * Creates a Started event that records no revision, with the decree of the delegation, as logs
         * written before revisions and decrees were recorded have them.
         *
         * @param instanceId the case's id
         * @param sop the Nomor SOP
         * @param step the START step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Started(String instanceId, String sop, int step, Role role, Person actor,
                Optional<Delegation> delegation, Instant at, Optional<String> remark, Digest digest) {
            this(instanceId, sop, Optional.empty(), step, role, actor, delegation, decreeOf(delegation), at, remark,
                    digest);
        }
    }

    /**
     * One part of a START or PROCESS step was done.
     *
     * @param step the step's number
     * @param role the role of the part
     * @param actor who: the actor's id and name
     * @param delegation the delegation acted under, if acting
     * @param decree the decree under which the actor acted (SK or Surat Perintah), if recorded
     * @param at the instant
     * @param remark the remark, if any
     * @param digest the chained digest
     */
    record PartCompleted(int step, Role role, Person actor, Optional<Delegation> delegation, Optional<String> decree,
            Instant at, Optional<String> remark, Digest digest) implements Event {

        /**
         * Checks that nothing is null or blank and the delegation is for the role.
         *
         * @param step the step's number
         * @param role the role of the part
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public PartCompleted {
            check(step, role, actor, delegation, decree, at, remark, digest);
        }

        /**
         * Creates the event with the decree of the delegation (none for a definitive actor).
         *
         * @param step the step's number
         * @param role the role of the part
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public PartCompleted(int step, Role role, Person actor, Optional<Delegation> delegation, Instant at,
                Optional<String> remark, Digest digest) {
            this(step, role, actor, delegation, decreeOf(delegation), at, remark, digest);
        }
    }

    /**
     * A DECISION step was answered; its single part is done.
     *
     * @param step the step's number
     * @param answer "Ya" or "Tidak"
     * @param role the deciding role
     * @param actor who: the actor's id and name
     * @param delegation the delegation acted under, if acting
     * @param decree the decree under which the actor acted (SK or Surat Perintah), if recorded
     * @param at the instant
     * @param remark the remark, if any
     * @param digest the chained digest
     */
    record Decided(int step, Answer answer, Role role, Person actor,
            Optional<Delegation> delegation, Optional<String> decree, Instant at, Optional<String> remark,
            Digest digest) implements Event {

        /**
         * Checks that nothing is null or blank and the delegation is for the role.
         *
         * @param step the step's number
         * @param answer the answer
         * @param role the deciding role
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Decided {
            Objects.requireNonNull(answer, "answer");
            check(step, role, actor, delegation, decree, at, remark, digest);
        }

        /**
         * Creates the event with the decree of the delegation (none for a definitive actor).
         *
         * @param step the step's number
         * @param answer the answer
         * @param role the deciding role
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Decided(int step, Answer answer, Role role, Person actor, Optional<Delegation> delegation, Instant at,
                Optional<String> remark, Digest digest) {
            this(step, answer, role, actor, delegation, decreeOf(delegation), at, remark, digest);
        }
    }

    /**
     * The case was suspended (ditunda) on a pausable step.
     *
     * @param step the current step's number
     * @param role the role of the step the actor acted in
     * @param actor who: the actor's id and name
     * @param delegation the delegation acted under, if acting
     * @param decree the decree under which the actor acted (SK or Surat Perintah), if recorded
     * @param at the instant
     * @param reason why the case waits
     * @param digest the chained digest
     */
    record Suspended(int step, Role role, Person actor, Optional<Delegation> delegation, Optional<String> decree,
            Instant at, String reason, Digest digest) implements Event {

        /**
         * Checks that nothing is null or blank and the delegation is for the role.
         *
         * @param step the current step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param reason why the case waits
         * @param digest the chained digest
         */
        public Suspended {
            checkReason(reason);
            check(step, role, actor, delegation, decree, at, Optional.empty(), digest);
        }

        /**
         * Creates the event with the decree of the delegation (none for a definitive actor).
         *
         * @param step the current step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param reason why the case waits
         * @param digest the chained digest
         */
        public Suspended(int step, Role role, Person actor, Optional<Delegation> delegation, Instant at, String reason,
                Digest digest) {
            this(step, role, actor, delegation, decreeOf(delegation), at, reason, digest);
        }

        /** Returns the reason. */
        @Override
        public Optional<String> remark() {
            return Optional.of(reason);
        }
    }

    /**
     * A suspended case was resumed.
     *
     * @param step the current step's number
     * @param role the role of the step the actor acted in
     * @param actor who: the actor's id and name
     * @param delegation the delegation acted under, if acting
     * @param decree the decree under which the actor acted (SK or Surat Perintah), if recorded
     * @param at the instant
     * @param remark the remark, if any
     * @param digest the chained digest
     */
    record Resumed(int step, Role role, Person actor, Optional<Delegation> delegation, Optional<String> decree,
            Instant at, Optional<String> remark, Digest digest) implements Event {

        /**
         * Checks that nothing is null or blank and the delegation is for the role.
         *
         * @param step the current step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Resumed {
            check(step, role, actor, delegation, decree, at, remark, digest);
        }

        /**
         * Creates the event with the decree of the delegation (none for a definitive actor).
         *
         * @param step the current step's number
         * @param role the role acted in
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param remark the remark, if any
         * @param digest the chained digest
         */
        public Resumed(int step, Role role, Person actor, Optional<Delegation> delegation, Instant at,
                Optional<String> remark, Digest digest) {
            this(step, role, actor, delegation, decreeOf(delegation), at, remark, digest);
        }
    }

    /**
     * The case was cancelled by a role the definition allows to.
     *
     * @param step the number of the step that was current
     * @param role the cancelling role
     * @param actor who: the actor's id and name
     * @param delegation the delegation acted under, if acting
     * @param decree the decree under which the actor acted (SK or Surat Perintah), if recorded
     * @param at the instant
     * @param reason why the case was cancelled
     * @param digest the chained digest
     */
    record Cancelled(int step, Role role, Person actor, Optional<Delegation> delegation, Optional<String> decree,
            Instant at, String reason, Digest digest) implements Event {

        /**
         * Checks that nothing is null or blank and the delegation is for the role.
         *
         * @param step the number of the step that was current
         * @param role the cancelling role
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param decree the decree acted under, if recorded
         * @param at the instant
         * @param reason why the case was cancelled
         * @param digest the chained digest
         */
        public Cancelled {
            checkReason(reason);
            check(step, role, actor, delegation, decree, at, Optional.empty(), digest);
        }

        /**
         * Creates the event with the decree of the delegation (none for a definitive actor).
         *
         * @param step the number of the step that was current
         * @param role the cancelling role
         * @param actor who
         * @param delegation the delegation acted under, if acting
         * @param at the instant
         * @param reason why the case was cancelled
         * @param digest the chained digest
         */
        public Cancelled(int step, Role role, Person actor, Optional<Delegation> delegation, Instant at, String reason,
                Digest digest) {
            this(step, role, actor, delegation, decreeOf(delegation), at, reason, digest);
        }

        /** Returns the reason. */
        @Override
        public Optional<String> remark() {
            return Optional.of(reason);
        }
    }
}
