package io.github.tertib.run;

import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person may do to a case at an instant, and why not the rest: the answer of
 * {@link SopInstance#allowedActions(Actor, Instant)}.
 *
 * <p>The actions are exactly the commands that would succeed; the refusals give, for each part of the
 * current step and for suspending, resuming and cancelling, the rejection the command would meet.
 *
 * <pre>{@code
 * AllowedActions allowed = run.allowedActions(sari, now);
 * if (allowed.isEmpty()) {
 *     allowed.refusals().forEach(r -> System.out.println(r.rejection().message()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param actorId the id of the person asked about
 * @param at the instant asked about
 * @param actions the commands that would succeed
 * @param refusals the commands that would be refused, with the rejection
 */
public record AllowedActions(String actorId, Instant at, List<Action> actions, List<Refusal> refusals) {

    /**
     * Checks that nothing is null and copies the lists.
     *
     * @param actorId the person's id
     * @param at the instant
     * @param actions the allowed commands
     * @param refusals the refused commands
     */
    public AllowedActions {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        actions = List.copyOf(actions);
        refusals = List.copyOf(refusals);
    }

    /** Returns whether the person may do nothing now. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /**
     * Returns whether some allowed action is of the given kind.
     *
     * @param kind the kind of command
     * @return true if the person may give such a command now
     */
    public boolean allows(Action.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        for (Action a : actions) {
            if (a.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the allowed action of the given kind in the given role, if there is one.
     *
     * @param kind the kind of command
     * @param role the role
     * @return the action
     */
    public Optional<Action> find(Action.Kind kind, Role role) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        for (Action a : actions) {
            if (a.kind() == kind && a.role().equals(role)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * A command that would be refused, and its rejection.
     *
     * @param kind the command
     * @param step the number of the current step
     * @param role the role concerned: the part's role for COMPLETE and DECIDE; for the others the role
     *     the person would act in, if any
     * @param rejection the code and sentence
     */
    public record Refusal(Action.Kind kind, int step, Optional<Role> role, Rejection rejection) {

        /**
         * Checks that nothing is null.
         *
         * @param kind the command
         * @param step the current step's number
         * @param role the role concerned
         * @param rejection the rejection
         */
        public Refusal {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
