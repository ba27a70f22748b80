package io.github.tertib.sop;

import io.github.tertib.internal.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing wrong with an SOP definition: a code, the step it concerns (if any) and a sentence that
 * names the thing, the value and the fix.
 *
 * <pre>{@code
 * catch (InvalidSopException e) {
 *     for (Problem p : e.problems()) System.out.println(p);  // [DECISION_WITHOUT_NO] step 3: ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code what kind of problem it is
 * @param step the number of the step it concerns, if it concerns one
 * @param message the sentence
 */
public record Problem(ProblemCode code, OptionalInt step, String message) {

    /**
     * Checks that nothing is null.
     *
     * @param code the code
     * @param step the step number, if any
     * @param message the sentence
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(message, "message");
    }

    static Problem of(ProblemCode code, int step, String message) {
        return new Problem(code, OptionalInt.of(step), message);
    }

    static Problem of(ProblemCode code, String message) {
        return new Problem(code, OptionalInt.empty(), message);
    }

    /**
     * Returns the problem as a sentence for the analyst who writes the SOP, in Indonesian ({@code id},
     * also its old code {@code in}) or English (any other language), in the terms of the SOP AP form
     * (Kegiatan, Mutu Baku, the actor columns) rather than of the builder; {@link #message()} stays the
     * English developer sentence with the value and the builder call that fixes it.
     *
     * @param locale the language
     * @return the sentence, such as {@code Langkah 3: keputusan tidak memiliki cabang Tidak; ...}
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String what = Messages.format(locale, "problem." + code.name());
        return step.isPresent() ? Messages.format(locale, "problem.atStep", "step", step.getAsInt()) + ": " + what
                : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    /** Returns whether this is a style warning rather than an error. */
    public boolean isWarning() {
        return code.isWarning();
    }

    /** Returns {@code [CODE] message}. */
    @Override
    public String toString() {
        return "[" + code + "] " + message;
    }
}
