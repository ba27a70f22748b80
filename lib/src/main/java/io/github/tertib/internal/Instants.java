package io.github.tertib.internal;

import io.github.tertib.TertibException;
import java.time.Instant;

/**
 * The range of instants Tertib accepts: years 1 to 9999 (UTC), which every formatter, calendar and
 * policy of the library can compute with. An instant outside it is refused where it enters.
 */
public final class Instants {

    /** The first instant Tertib accepts: 0001-01-01T00:00:00Z. */
    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");

    /** The last instant Tertib accepts: 9999-12-31T23:59:59.999999999Z. */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Instants() {
    }

    /** Returns whether {@code at} lies in the accepted range. */
    public static boolean inRange(Instant at) {
        return !at.isBefore(MIN) && !at.isAfter(MAX);
    }

    /**
     * Returns {@code at} when it lies in the accepted range; otherwise throws a {@link TertibException}
     * naming what it is, the value and the range.
     *
     * @param at the instant, not null
     * @param what what the instant is, as in "the instant of the command" or "asOf"
     */
    public static Instant requireInRange(Instant at, String what) {
        if (at == null) {
            throw new NullPointerException(what);
        }
        if (!inRange(at)) {
            throw new TertibException(what + " " + at + " is outside the range Tertib accepts, "
                    + MIN + " to " + MAX + ": pass an instant of the years 1 to 9999");
        }
        return at;
    }
}
