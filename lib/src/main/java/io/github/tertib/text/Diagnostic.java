package io.github.tertib.text;

import java.util.Objects;

/**
 * One thing the reader of the text form has to tell: an error that stops a definition being built, a
 * warning about something it left out or corrected, or an inference it made (information).
 *
 * <p>The code is a stable upper-case identifier: one of the reader's codes listed in
 * {@code docs/text-form.md} (such as {@code NIP_INVALID} or {@code DECISION_NO_INFERRED}), or the name
 * of the {@link io.github.tertib.sop.ProblemCode} of a definition check (such as
 * {@code UNKNOWN_TARGET}). Lines and columns count from 1; line 0 means the text as a whole.
 *
 * <pre>{@code
 * for (Diagnostic d : SopText.read(text).diagnostics()) {
 *     System.out.println(d);   // 31:2 INFO DECISION_NO_INFERRED: step 3 (DECISION) goes to step 2 on "Tidak" ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how much it matters
 * @param code the stable identifier of what it is
 * @param line the line, from 1; 0 for the text as a whole
 * @param column the column (character position in the line), from 1; 0 when the line as a whole is meant
 * @param message the sentence, naming the thing, the value and the fix
 */
public record Diagnostic(Severity severity, String code, int line, int column, String message) {

    /** How much a diagnostic matters. */
    public enum Severity {
        /** The text cannot give a valid definition as it stands. */
        ERROR,
        /** The reader left something out or corrected it; the definition may not say what the author meant. */
        WARNING,
        /** The reader inferred something the text does not say in so many words. */
        INFO
    }

    /**
     * Checks that nothing is null, that the code is not blank and that line and column are not negative.
     *
     * @param severity how much it matters
     * @param code the stable identifier
     * @param line the line, 0 for the text as a whole
     * @param column the column, 0 for the line as a whole
     * @param message the sentence
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a diagnostic needs a code, such as \"NIP_INVALID\"");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("a diagnostic at line " + line + ", column " + column
                    + " is not valid: lines and columns count from 1, with 0 for \"as a whole\"");
        }
    }

    /** Returns whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Returns {@code line:column SEVERITY CODE: message}, such as {@code 7:12 WARNING NIP_INVALID: ...}. */
    @Override
    public String toString() {
        return line + ":" + column + " " + severity + " " + code + ": " + message;
    }
}
