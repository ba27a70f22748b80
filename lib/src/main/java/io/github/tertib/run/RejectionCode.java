package io.github.tertib.run;

/**
 * Why a command on a case was refused. A command that breaks several rules is refused with the first
 * its checks meet: the case, then the instant, then the step, then the actor (the user guide's "The
 * order of the checks" gives it for each command).
 *
 * <pre>{@code
 * try {
 *     run = run.complete(2, budi, t);
 * } catch (RejectedTransitionException e) {
 *     if (e.rejection().code() == RejectionCode.ROLE_NOT_HELD) { ... }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum RejectionCode {
    /** The case is completed or cancelled: nothing more can be done in it. */
    INSTANCE_CLOSED,
    /** The command's instant is earlier than the case's last event. */
    TIME_REVERSED,
    /** The case is suspended: resume it before doing parts, or suspending it again. */
    INSTANCE_SUSPENDED,
    /** The command names a step that is not the current one. */
    NOT_CURRENT_STEP,
    /** {@code complete} was used on a DECISION step, whose part is done by {@code decide}. */
    DECISION_REQUIRED,
    /** {@code decide} was used on a step that is not a DECISION. */
    NOT_A_DECISION,
    /** The command names a role that has no part in the step. */
    ROLE_NOT_IN_STEP,
    /** The actor neither holds the role nor holds a delegation for it. */
    ROLE_NOT_HELD,
    /** The actor holds a delegation for the role, but not one valid at the command's instant. */
    DELEGATION_NOT_VALID,
    /** The part was already done in this visit of the step. */
    PART_ALREADY_DONE,
    /** The step may only be done by definitive officials, and the actor is a Plt. or Plh. */
    DEFINITIVE_ONLY,
    /** The step needs a different person for each part (four eyes), and the actor did another part. */
    SAME_ACTOR,
    /** A custom {@link io.github.tertib.sop.Guard} of the step refused the attempt. */
    GUARD,
    /** The actor may do more than one pending part of the step: name the role. */
    AMBIGUOUS_PART,
    /** The current step is not pausable, so the case may not be suspended. */
    NOT_PAUSABLE,
    /** {@code resume} was used on a case that is not suspended. */
    NOT_SUSPENDED,
    /** The actor may not act for any role the definition allows to cancel a case. */
    CANCEL_NOT_ALLOWED
}
