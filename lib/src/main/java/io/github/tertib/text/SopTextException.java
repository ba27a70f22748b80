package io.github.tertib.text;

import io.github.tertib.TertibException;
import java.util.List;

/**
 * Thrown by {@link SopText#read(String)} and {@link SopTextResult#orElseThrow()} when a text gives no
 * valid definition: carries every diagnostic, and lists the errors in its message with their lines.
 *
 * <pre>{@code
 * try { SopText.read(text); }
 * catch (SopTextException e) { e.diagnostics().forEach(System.err::println); }
 * }</pre>
 */
public final class SopTextException extends TertibException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    SopTextException(List<Diagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String message(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        StringBuilder b = new StringBuilder("the text is not a valid SOP: ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        int i = 1;
        for (Diagnostic d : errors) {
            b.append(System.lineSeparator()).append("  ").append(i++).append(". ").append(d);
        }
        return b.toString();
    }

    /** Returns every diagnostic of the reading: the errors, and the warnings and inferences beside them. */
    public List<Diagnostic> diagnostics() {
        return diagnostics == null ? List.of() : diagnostics;
    }
}
