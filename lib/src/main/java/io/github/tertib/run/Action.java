package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Role;
import java.util.Objects;

/**
 * A command a person may give a case now, as {@link SopInstance#allowedActions} lists it: what, on
 * which step, in which role and capacity.
 *
 * <pre>{@code
 * for (Action a : run.allowedActions(sari, now).actions()) {
 *     System.out.println(a);   // "complete step 2 as Plh. Kepala Dinas"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the command
 * @param step the number of the current step
 * @param role the role the person would act in
 * @param capacity the capacity they would act in
 */
public record Action(Kind kind, int step, Role role, Capacity capacity) {

    /** The commands of a running case. */
    public enum Kind {
        /** {@link SopInstance#complete(int, Role, Actor, java.time.Instant)}: do a part of a START or PROCESS step. */
        COMPLETE,
        /** {@link SopInstance#decide(int, Answer, Actor, java.time.Instant)}: answer a DECISION, either way. */
        DECIDE,
        /** {@link SopInstance#suspend(Actor, java.time.Instant, String)}. */
        SUSPEND,
        /** {@link SopInstance#resume(Actor, java.time.Instant)}. */
        RESUME,
        /** {@link SopInstance#cancel(Actor, java.time.Instant, String)}. */
        CANCEL
    }

    /**
     * Checks that nothing is null.
     *
     * @param kind the command
     * @param step the current step's number
     * @param role the role acted in
     * @param capacity the capacity acted in
     */
    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(capacity, "capacity");
    }

    /** Returns a phrase such as {@code complete step 2 as Plh. Kepala Dinas} or {@code suspend at step 3 as Kepala Seksi}. */
    @Override
    public String toString() {
        String verb = kind.name().toLowerCase(java.util.Locale.ROOT);
        return (kind == Kind.COMPLETE || kind == Kind.DECIDE ? verb + " step " : verb + " at step ") + step + " as "
                + capacity.titled(role);
    }
}
