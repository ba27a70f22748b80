package io.github.tertib.sop;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A custom rule that a step adds to the built-in guards: a description, used in refusals, and a
 * condition on the attempt to do a part of the step.
 *
 * <pre>{@code
 * Sop.define("A.1", "Pengadaan")
 *    ...
 *    .process(4, "Menyetujui anggaran").by(KADIN, "Proses")
 *        .guard("only on working days", a -> a.at().atZone(WIB).getDayOfWeek().getValue() <= 5)
 * }</pre>
 *
 * <p>A guard is identified by its description: two definitions whose steps carry guards with the same
 * descriptions are equal. Immutable; the condition must be pure and thread-safe.
 *
 * @param description what the rule requires, as a phrase ("only on working days")
 * @param condition whether an attempt satisfies the rule
 */
public record Guard(String description, Predicate<Attempt> condition) {

    /**
     * Checks that the description is not blank.
     *
     * @param description what the rule requires
     * @param condition whether an attempt satisfies it
     */
    public Guard {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(condition, "condition");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a guard needs a description: say what it requires, such as"
                    + " \"only on working days\"; refusals quote it");
        }
    }

    /**
     * Returns a guard with the given description and condition.
     *
     * @param description what the rule requires
     * @param condition whether an attempt satisfies it
     * @return the guard
     */
    public static Guard of(String description, Predicate<Attempt> condition) {
        return new Guard(description, condition);
    }

    /**
     * Returns whether the attempt satisfies this guard.
     *
     * @param attempt the attempt to do a part of a step
     * @return true if the rule permits it
     */
    public boolean permits(Attempt attempt) {
        return condition.test(Objects.requireNonNull(attempt, "attempt"));
    }

    /** Guards are equal when their descriptions are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Guard g && g.description.equals(description);
    }

    @Override
    public int hashCode() {
        return description.hashCode();
    }

    /** Returns the description. */
    @Override
    public String toString() {
        return description;
    }

    /**
     * An attempt to do a part of a step, as a guard sees it.
     *
     * @param step the step
     * @param role the role of the part
     * @param actorId the id of the person attempting it
     * @param capacity the capacity the person acts in: DEFINITIVE when holding the role, PLT or PLH when
     *     acting for it
     * @param at the instant of the attempt
     * @param doneBy who did the parts of this visit of the step that are already done: role to actor id
     */
    public record Attempt(Step step, Role role, String actorId, Capacity capacity, Instant at, Map<Role, String> doneBy) {

        /**
         * Copies the map and checks that nothing is null.
         *
         * @param step the step
         * @param role the role of the part
         * @param actorId the person's id
         * @param capacity the capacity the person acts in
         * @param at the instant
         * @param doneBy the parts already done
         */
        public Attempt {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(capacity, "capacity");
            Objects.requireNonNull(at, "at");
            doneBy = Map.copyOf(Objects.requireNonNull(doneBy, "doneBy"));
        }

        /** Returns whether the person acts for the role as Plt. or Plh. rather than holding it. */
        public boolean isActing() {
            return capacity.isActing();
        }
    }
}
