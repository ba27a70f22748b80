package io.github.tertib.run;

import io.github.tertib.sop.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One visit of a case to a step: when the step became current, when its last part was done, who did
 * its parts, the answer of a decision, and the spans the case was suspended in it. A loop makes a
 * second visit of the same step.
 *
 * <pre>{@code
 * for (Visit v : run.visits()) {
 *     System.out.println("step " + v.step() + " visit " + v.ordinal() + ": " + v.activated() + " .. "
 *             + v.completed().map(Instant::toString).orElse("open") + ", suspended " + v.suspensions());
 * }
 * }</pre>
 *
 * <p>Reaching an END step is a visit whose activation and completion are the same instant and which
 * has no parts. A cancelled case leaves its last visit without a completion; a suspension open when
 * it was cancelled ends at the cancellation. Immutable and thread-safe.
 *
 * @param step the step's number
 * @param ordinal which visit of this step it is, counting from 1
 * @param activated the instant the step became current
 * @param completed the instant its last part was done; empty while it is current or if the case was
 *     cancelled in it
 * @param parts the {@link Event.PartCompleted} or {@link Event.Decided} events of its parts, in order
 * @param answer the answer, for a decision that was answered
 * @param suspensions the spans the case was suspended during this visit, in order
 */
public record Visit(int step, int ordinal, Instant activated, Optional<Instant> completed, List<Event> parts,
        Optional<Answer> answer, List<Suspension> suspensions) {

    /**
     * Checks that nothing is null and copies the lists.
     *
     * @param step the step's number
     * @param ordinal which visit of the step, from 1
     * @param activated when the step became current
     * @param completed when its last part was done
     * @param parts the events of its parts
     * @param answer the answer of a decision
     * @param suspensions the suspended spans
     */
    public Visit {
        Objects.requireNonNull(activated, "activated");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(answer, "answer");
        parts = List.copyOf(parts);
        suspensions = List.copyOf(suspensions);
        if (ordinal < 1) {
            throw new IllegalArgumentException("a visit's ordinal counts from 1, not " + ordinal);
        }
    }

    /** Returns whether the step's last part was done in this visit. */
    public boolean isCompleted() {
        return completed.isPresent();
    }

    /**
     * A span during which a case was suspended: from a {@link Event.Suspended} event to the next
     * {@link Event.Resumed} (or {@link Event.Cancelled}) event.
     *
     * @param from the instant the case was suspended
     * @param until the instant it was resumed or cancelled; empty while it is still suspended
     * @param reason the reason given
     */
    public record Suspension(Instant from, Optional<Instant> until, String reason) {

        /**
         * Checks that nothing is null.
         *
         * @param from when the case was suspended
         * @param until when it was resumed or cancelled
         * @param reason the reason given
         */
        public Suspension {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
