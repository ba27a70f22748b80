package io.github.tertib.run;

import io.github.tertib.TertibException;
import java.util.Optional;

/**
 * Thrown by {@link SopInstance#replay} when a log of events cannot be the history of a case: a broken
 * digest chain, events out of order, a step or an authority that the rules refuse, a different SOP, or
 * missing events at the end. Names the first bad event.
 *
 * <pre>{@code
 * try {
 *     SopInstance.replay(v4, events, storedLastDigest);
 * } catch (InvalidEventLogException e) {
 *     log.error("event {} is bad: {}", e.index() + 1, e.getMessage());
 * }
 * }</pre>
 */
public final class InvalidEventLogException extends TertibException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final transient Rejection rejection;

    InvalidEventLogException(int index, String message, Rejection rejection) {
        super(message);
        this.index = index;
        this.rejection = rejection;
    }

    /** Returns the zero-based index of the first bad event (the message counts from 1). */
    public int index() {
        return index;
    }

    /** Returns the rejection the rules gave the event, when that is why it is bad. */
    public Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }
}
