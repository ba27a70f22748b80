package io.github.tertib.compliance;

/**
 * How a visit of a step, or a whole case, stands against its standard time.
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceReport.of(run, calendar, asOf);
 * report.status();                              // ON_TIME
 * report.steps().get(0).status();               // LATE
 * report.steps().get(0).status().isPastStandard();  // true
 * }</pre>
 *
 * <p>A step is judged by comparing measures, not instants: elapsed time (minus suspended time) against
 * the standard, both in the policy's measure. Finishing after the due instant but before any more
 * working time has passed (on the evening or weekend after it) is therefore not late. Immutable and
 * thread-safe.
 */
public enum ComplianceStatus {
    /** Finished within its standard: elapsed time not more than the standard. */
    ON_TIME,
    /** Finished, with more elapsed time than its standard. */
    LATE,
    /** Not finished at the instant of the report, and still within its standard. */
    RUNNING,
    /** Not finished at the instant of the report, and already past its standard. */
    OVERDUE,
    /** Has no standard time to be measured against: a step without a Waktu, or a case whose path has one. */
    UNTIMED,
    /** Was current when the case was cancelled, or is a cancelled case. */
    CANCELLED;

    /** Returns whether the standard was or is exceeded: LATE or OVERDUE. */
    public boolean isPastStandard() {
        return this == LATE || this == OVERDUE;
    }
}
