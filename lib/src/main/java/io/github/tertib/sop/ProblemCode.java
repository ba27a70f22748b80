package io.github.tertib.sop;

/**
 * The kinds of {@link Problem} the definition checks report. Errors stop {@code build()}; warnings
 * (the format's style rules) are kept on the definition.
 */
public enum ProblemCode {
    /** There is no START step. */
    NO_START,
    /** There is more than one START step. */
    MULTIPLE_STARTS,
    /** There is no END step. */
    NO_END,
    /** A step number is not positive. */
    INVALID_STEP_NUMBER,
    /** Two steps have the same number. */
    DUPLICATE_STEP_NUMBER,
    /** A step's activity (Kegiatan) is blank. */
    BLANK_ACTIVITY,
    /** A step other than END has no part: nobody does it. */
    NO_PARTS,
    /** A part's label is blank. */
    BLANK_LABEL,
    /** A step has two parts for the same role. */
    DUPLICATE_PART,
    /** A role is used but not declared with {@code roles(...)}. */
    UNDECLARED_ROLE,
    /** A role is declared but no step uses it. */
    UNUSED_ROLE,
    /** Two declared roles have the same id. */
    DUPLICATE_ROLE,
    /** The time standard of a step other than END cannot be read. */
    TIME_UNREADABLE,
    /** The time standard of a step other than END is zero. */
    NON_POSITIVE_TIME,
    /** An END step carries a time standard (whether readable, zero or not: an END has none). */
    END_HAS_TIME,
    /** An END step has a next step or branches. */
    END_HAS_TRANSITION,
    /** An END step is marked pausable, definitive-only, separate-actors or guarded: nobody acts on it. */
    FLAG_ON_END,
    /** A START or PROCESS step has no explicit next step and no step follows it. */
    NO_NEXT_STEP,
    /** A transition points to a step that does not exist. */
    UNKNOWN_TARGET,
    /** A START or PROCESS step has {@code ifYes}/{@code ifNo} (an END reports {@link #END_HAS_TRANSITION}). */
    BRANCH_ON_NON_DECISION,
    /** A DECISION has a plain {@code next}. */
    DECISION_HAS_NEXT,
    /** A DECISION has no "Ya" target. */
    DECISION_WITHOUT_YES,
    /** A DECISION has no "Tidak" target. */
    DECISION_WITHOUT_NO,
    /** A DECISION's two targets are the same step. */
    DECISION_SAME_TARGETS,
    /** A DECISION has parts for more than one role: one role decides. */
    DECISION_ROLE_COUNT,
    /**
     * A step cannot be reached from START. Not reported when there is no START, nor when a step that
     * START reaches has a broken transition (missing, unknown, or both branches on one step): that
     * arrow might be meant to lead anywhere.
     */
    UNREACHABLE_STEP,
    /**
     * No END can be reached from a step: a case there could never finish. Not reported when there is
     * no END; a step with a broken transition, and every step that reaches it, is given the benefit of
     * the doubt.
     */
    NO_PATH_TO_END,
    /** Roles allowed to cancel name a role not declared. */
    UNDECLARED_CANCEL_ROLE,
    /**
     * A single-valued setting of a step ({@code next}, {@code ifYes}, {@code ifNo}, {@code takes},
     * {@code note}) is made twice: the builder does not silently keep the last.
     */
    SETTING_REPEATED,
    /** Warning: a step other than END has no Waktu in its Mutu Baku. */
    MISSING_TIME(true),
    /** Warning: the activity starts with a subject; the format writes an active verb phrase without one. */
    ACTIVITY_HAS_SUBJECT(true);

    private final boolean warning;

    ProblemCode() {
        this(false);
    }

    ProblemCode(boolean warning) {
        this.warning = warning;
    }

    /** Returns whether problems of this code are warnings (kept on the definition) rather than errors. */
    public boolean isWarning() {
        return warning;
    }
}
