package io.github.tertib.sop;

/**
 * The kind of a step, which is the flowchart symbol drawn for it.
 */
public enum StepKind {
    /** The first step, drawn as a terminator (capsule). Exactly one per SOP. */
    START,
    /** An activity, drawn as a box; it goes on to its next step. */
    PROCESS,
    /** A question answered Ya or Tidak, drawn as a diamond; it has two targets. */
    DECISION,
    /** A last step, drawn as a terminator; reaching it completes a case. It needs no action and carries no time. */
    END
}
