package io.github.tertib.run;

import java.util.Objects;

/**
 * Why a command on a case was refused: a code for programs and a sentence for people that names the
 * actor, the role, the step, the instant, the reason and, where there is one, the fix.
 *
 * <pre>{@code
 * Rejection r = e.rejection();
 * r.code();      // DELEGATION_NOT_VALID
 * r.message();   // "Sari (staf-7) may not complete step 2 as Kepala Dinas at 2026-03-09T01:00:00Z: ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the kind of refusal
 * @param message the sentence
 */
public record Rejection(RejectionCode code, String message) {

    /**
     * Checks that neither component is null.
     *
     * @param code the kind of refusal
     * @param message the sentence
     */
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Returns {@code CODE: sentence}. */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
