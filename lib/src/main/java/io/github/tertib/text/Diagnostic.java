package io.github.tertib.text;

import io.github.tertib.internal.Messages;
import java.util.Locale;
import io.github.tertib.sop.ProblemCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the reader of the text form has to tell: an error that stops a definition being built, a
 * warning about something it left out or corrected, or an inference it made (information).
 *
 * <p>The code says what it is: one of the reader's own {@link DiagnosticCode}s (listed in
 * {@code docs/text-form.md}, such as {@code NIP_INVALID} or {@code DECISION_NO_INFERRED}), or
 * {@link DiagnosticCode#DEFINITION} for a problem of the definition checks, whose
 * {@link ProblemCode} (such as {@code UNKNOWN_TARGET}) is then {@link #problem()}. Lines and columns
 * count from 1; line 0 means the text as a whole.
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
 * @param code what the reader tells, or {@link DiagnosticCode#DEFINITION} for a problem of the definition checks
 * @param problem the code of the definition check's problem when {@code code} is {@code DEFINITION}; empty otherwise
 * @param line the line, from 1; 0 for the text as a whole
 * @param column the column (character position in the line), from 1; 0 when the line as a whole is meant
 * @param message the sentence, naming the thing, the value and the fix
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Optional<ProblemCode> problem, int line, int column,
        String message) {

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
     * Checks that nothing is null, that a problem is given exactly when the code is
     * {@link DiagnosticCode#DEFINITION}, and that line and column are not negative.
     *
     * @param severity how much it matters
     * @param code what the reader tells
     * @param problem the definition check's code, present exactly for {@code DEFINITION}
     * @param line the line, 0 for the text as a whole
     * @param column the column, 0 for the line as a whole
     * @param message the sentence
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
        if (code == DiagnosticCode.DEFINITION && problem.isEmpty()) {
            throw new IllegalArgumentException("a diagnostic with the code DEFINITION needs the ProblemCode of the"
                    + " definition check, such as UNKNOWN_TARGET: use Diagnostic.of(severity, problemCode, ...)");
        }
        if (code != DiagnosticCode.DEFINITION && problem.isPresent()) {
            throw new IllegalArgumentException("a diagnostic with the reader's code " + code + " carries no ProblemCode,"
                    + " but was given " + problem.get() + ": use the code DEFINITION for a problem of the definition"
                    + " checks");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("a diagnostic at line " + line + ", column " + column
                    + " is not valid: lines and columns count from 1, with 0 for \"as a whole\"");
        }
    }

    /**
     * Returns a diagnostic of the reader's own, such as {@code NIP_INVALID}.
     *
     * @param severity how much it matters
     * @param code what the reader tells; not {@link DiagnosticCode#DEFINITION}
     * @param line the line, 0 for the text as a whole
     * @param column the column, 0 for the line as a whole
     * @param message the sentence
     * @return the diagnostic, with no problem
     * @throws IllegalArgumentException if the code is {@code DEFINITION}, which needs its {@link ProblemCode}
     */
    public static Diagnostic of(Severity severity, DiagnosticCode code, int line, int column, String message) {
        return new Diagnostic(severity, code, Optional.empty(), line, column, message);
    }

    /**
     * Returns a diagnostic for a problem of the definition checks, with the code
     * {@link DiagnosticCode#DEFINITION}.
     *
     * @param severity how much it matters
     * @param problem the code of the definition check's problem, such as {@code UNKNOWN_TARGET}
     * @param line the line, 0 for the text as a whole
     * @param column the column, 0 for the line as a whole
     * @param message the sentence
     * @return the diagnostic
     */
    public static Diagnostic of(Severity severity, ProblemCode problem, int line, int column, String message) {
        Objects.requireNonNull(problem, "problem");
        return new Diagnostic(severity, DiagnosticCode.DEFINITION, Optional.of(problem), line, column, message);
    }

    /**
     * Returns the diagnostic as a sentence for the analyst who wrote the text, in Indonesian ({@code id},
     * also its old code {@code in}) or English (any other language), in the terms of the SOP AP form, with
     * the line it concerns ({@code Baris 31: ...}); {@link #message()} stays the English developer sentence
     * with the value found. A problem of the definition checks says what {@code Problem.message(Locale)}
     * says for its code.
     *
     * @param locale the language
     * @return the sentence
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String what = Messages.format(locale, code == DiagnosticCode.DEFINITION
                ? "problem." + problem.orElseThrow().name() : "diagnostic." + code.name());
        return line > 0 ? Messages.format(locale, "diagnostic.atLine", "line", line) + ": " + what
                : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    /** Returns whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the stable name of what this diagnostic tells: the name of the {@link ProblemCode} for a
     * problem of the definition checks (such as {@code UNKNOWN_TARGET}), else that of the reader's code
     * (such as {@code NIP_INVALID}).
     */
    public String codeName() {
        return problem.map(Enum::name).orElse(code.name());
    }

    /** Returns {@code line:column SEVERITY CODE: message}, such as {@code 7:12 WARNING NIP_INVALID: ...}. */
    @Override
    public String toString() {
        return line + ":" + column + " " + severity + " " + codeName() + ": " + message;
    }
}
