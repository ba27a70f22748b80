package io.github.tertib.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one visit of a step stands against the step's standard time: when the step became current and
 * when it was done, the standard and the time counted against it, the due instant, the status and the
 * overrun. A step visited twice (after a "Tidak" loops back to it) has two of these.
 *
 * <pre>{@code
 * StepCompliance s = ComplianceReport.of(run, calendar, asOf).steps().get(0);
 * s.step();       // 1
 * s.elapsed();    // PT16M: 15 working minutes, read as working days of 480 minutes
 * s.standard();   // Optional[PT15M]
 * s.status();     // LATE
 * s.overrun();    // PT1M
 * }</pre>
 *
 * <p>All durations are in the measure of the report's {@link io.github.tertib.time.TimePolicy}: wall-clock
 * time, working time, or working days at so many minutes a day. Immutable and thread-safe.
 *
 * @param step the step's number
 * @param visit which visit of the step it is, counting from 1
 * @param activated the instant the step became current
 * @param completed the instant its last part was done; empty while it is current, or if the case was
 *     cancelled in it
 * @param standard the step's Waktu in the policy's measure; empty for a step without one
 * @param elapsed the time counted against the standard: from the activation to the completion (or to
 *     the cancellation, or to the instant of the report), less the time the case was suspended
 * @param suspended the time the case was suspended during the visit, up to the same end
 * @param due the earliest instant at which the standard is used up, later by the suspended time; empty
 *     for a step without a standard. While the case is suspended it is not yet known, and this is the
 *     earliest it can be: as if the case resumed at the instant of the report
 * @param status ON_TIME or LATE once done, RUNNING or OVERDUE while current, UNTIMED for a step without
 *     a standard, CANCELLED if the case was cancelled in it
 * @param overrun how much the elapsed time exceeds the standard; zero when it does not, or without a standard
 */
public record StepCompliance(int step, int visit, Instant activated, Optional<Instant> completed,
        Optional<Duration> standard, Duration elapsed, Duration suspended, Optional<Instant> due,
        ComplianceStatus status, Duration overrun) {

    /**
     * Checks that nothing is null, that the numbers count from 1 and that no duration is negative.
     *
     * @param step the step's number
     * @param visit which visit of the step, from 1
     * @param activated when the step became current
     * @param completed when its last part was done
     * @param standard the standard in the policy's measure
     * @param elapsed the time counted against the standard
     * @param suspended the suspended time
     * @param due when the standard is used up
     * @param status the status
     * @param overrun the time past the standard
     */
    public StepCompliance {
        Objects.requireNonNull(activated, "activated");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(suspended, "suspended");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(overrun, "overrun");
        if (step < 1 || visit < 1) {
            throw new IllegalArgumentException("a step's number and a visit's ordinal count from 1, not step " + step
                    + " visit " + visit);
        }
        if (elapsed.isNegative() || suspended.isNegative() || overrun.isNegative()
                || standard.isPresent() && standard.get().isNegative()) {
            throw new IllegalArgumentException("durations of a step's compliance cannot be negative: elapsed "
                    + elapsed + ", suspended " + suspended + ", standard " + standard + ", overrun " + overrun);
        }
    }

    /** Returns whether the step's last part was done in this visit. */
    public boolean isCompleted() {
        return completed.isPresent();
    }

    /** Returns a summary such as {@code step 1 visit 1: LATE, elapsed PT16M of PT15M, overrun PT1M}. */
    @Override
    public String toString() {
        return "step " + step + " visit " + visit + ": " + status + ", elapsed " + elapsed
                + (standard.isPresent() ? " of " + standard.get() : " (no standard)")
                + (overrun.isZero() ? "" : ", overrun " + overrun);
    }
}
