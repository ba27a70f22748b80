package io.github.tertib.text;

import io.github.tertib.sop.SopDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SopText#read(String)} read: the definition, when one could be built, and every
 * diagnostic, in the order of the lines they concern.
 *
 * <pre>{@code
 * SopTextResult r = SopText.read(text);
 * r.diagnostics().forEach(System.out::println);
 * SopDefinition d = r.orElseThrow();   // or r.definition().ifPresent(...)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition the definition, if the text gave a valid one
 * @param diagnostics the errors, warnings and inferences, by line
 */
public record SopTextResult(Optional<SopDefinition> definition, List<Diagnostic> diagnostics) {

    /**
     * Checks that nothing is null and copies the list.
     *
     * @param definition the definition, if any
     * @param diagnostics the diagnostics
     */
    public SopTextResult {
        Objects.requireNonNull(definition, "definition");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** Returns whether any diagnostic is an error; then there is no definition. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Returns the errors, by line. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Returns the diagnostics of the given severity, by line.
     *
     * @param severity the severity
     * @return those diagnostics
     */
    public List<Diagnostic> diagnostics(Diagnostic.Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return diagnostics.stream().filter(d -> d.severity() == severity).toList();
    }

    /**
     * Returns the definition, or throws listing the errors.
     *
     * @return the definition
     * @throws SopTextException if the text gave no definition; it carries every diagnostic (this result
     *     does not hold the text: {@link SopText#parse(String)} gives the exception the text as well)
     */
    public SopDefinition orElseThrow() {
        return definition.orElseThrow(() -> new SopTextException(diagnostics, ""));
    }
}
