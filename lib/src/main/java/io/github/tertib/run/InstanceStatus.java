package io.github.tertib.run;

/**
 * Where a case of an SOP stands.
 *
 * <pre>{@code
 * run.status();            // ACTIVE
 * run.status().isOpen();   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum InstanceStatus {
    /** The case runs: its current step waits for its parts. */
    ACTIVE,
    /** The case waits (ditunda) on a pausable step until someone resumes it. */
    SUSPENDED,
    /** The case reached an END step. */
    COMPLETED,
    /** The case was cancelled by a role the definition allows. */
    CANCELLED;

    /** Returns whether commands may still change the case: ACTIVE or SUSPENDED. */
    public boolean isOpen() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
