package io.github.tertib.sop;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The least and the most standard time a case can spend going from one step to another, read
 * nominally (see {@link TimeStandard#duration()}).
 *
 * <pre>{@code
 * TimeBounds b = PalangkaRaya.v4().standardTimeBetween(1, 4).orElseThrow();
 * b.minimum();      // PT40M (15 + 15 + 10 minutes)
 * b.isBounded();    // false: the "Tidak" loop back to step 2 can repeat without end
 * }</pre>
 *
 * @param minimum the least time over every path
 * @param maximum the most time over every path; empty when a loop makes it unbounded
 */
public record TimeBounds(Duration minimum, Optional<Duration> maximum) {

    /**
     * Checks that nothing is null.
     *
     * @param minimum the least time
     * @param maximum the most time, if bounded
     */
    public TimeBounds {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
    }

    /** Returns whether the maximum is bounded (no loop lies between the two steps). */
    public boolean isBounded() {
        return maximum.isPresent();
    }

    /** Returns {@code PT40M..unbounded} or {@code PT30M..PT30M}. */
    @Override
    public String toString() {
        return minimum + ".." + maximum.map(Duration::toString).orElse("unbounded");
    }
}
