package io.github.tertib.store;

import io.github.tertib.run.Action;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of work waiting for an official in a stored case: a part to complete, a decision to take,
 * or a suspended case to resume. {@link CaseStore#worklist} lists them, most urgent first.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case
 * @param sop the Nomor SOP of the case
 * @param kind COMPLETE, DECIDE or RESUME
 * @param step the current step's number
 * @param role the role the official would act in
 * @param label the part's label in that role's cell, such as {@code Proses}
 * @param capacity the capacity they would act in: DEFINITIVE, or Plt./Plh. under a delegation
 * @param due when the current step's standard is used up; empty for a step without a Waktu, a
 *     suspended case, or when the calendar could not answer
 */
public record WorkItem(String caseId, String sop, Action.Kind kind, int step, Role role, String label, Capacity capacity,
        Optional<Instant> due) {

    /**
     * Checks that nothing is null.
     *
     * @param caseId the case
     * @param sop the Nomor SOP
     * @param kind the command
     * @param step the step
     * @param role the role
     * @param label the part's label
     * @param capacity the capacity
     * @param due the due instant, if known
     */
    public WorkItem {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(due, "due");
    }

    /** Returns the action this item stands for, as {@link io.github.tertib.run.SopInstance#allowedActions} lists it. */
    public Action action() {
        return new Action(kind, step, role, capacity);
    }
}
