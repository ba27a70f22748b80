package io.github.tertib.run;

import io.github.tertib.TertibException;
import java.util.Objects;

/**
 * Thrown when a command on a case is refused; the case is unchanged. Carries the {@link Rejection}.
 *
 * <pre>{@code
 * try {
 *     run = run.complete(2, sari, t);
 * } catch (RejectedTransitionException e) {
 *     show(e.rejection().code(), e.getMessage());
 * }
 * }</pre>
 *
 * <p>To ask without trying, use {@link SopInstance#allowedActions(Actor, java.time.Instant)}.
 */
public final class RejectedTransitionException extends TertibException {

    private static final long serialVersionUID = 1L;

    private final transient Rejection rejection;

    /**
     * Creates the exception for the given rejection; its message is the rejection's sentence.
     *
     * @param rejection the rejection
     */
    public RejectedTransitionException(Rejection rejection) {
        super(Objects.requireNonNull(rejection, "rejection").message());
        this.rejection = rejection;
    }

    /**
     * Returns the refusal in the default locale's language ({@link Rejection#message(java.util.Locale)}:
     * Indonesian for {@code id}, English otherwise), instants in WIB; {@link #getMessage()} stays the
     * English developer sentence for logs.
     */
    @Override
    public String getLocalizedMessage() {
        return rejection.message(java.util.Locale.getDefault());
    }

    /** Returns the rejection: its code, its facts and its sentences. */
    public Rejection rejection() {
        return rejection;
    }
}
