package io.github.tertib.text;

import io.github.tertib.TertibParseException;
import java.util.List;

/**
 * Thrown by {@link SopText#parse(String)} and {@link SopTextResult#orElseThrow()} when a text gives no
 * valid definition: carries every diagnostic, and lists the errors in its message with their lines. As
 * a {@link TertibParseException} it carries the text and the position of the first error.
 *
 * <pre>{@code
 * try { SopText.parse(text); }
 * catch (SopTextException e) { e.diagnostics().forEach(System.err::println); }
 * }</pre>
 */
public final class SopTextException extends TertibParseException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    SopTextException(List<Diagnostic> diagnostics, String text) {
        super(message(diagnostics), text, index(firstError(diagnostics), text));
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static Diagnostic firstError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a text with no error gives a definition"));
    }

    /** The offset in the text of a diagnostic's line and column (line 0 or column 0: the start). */
    private static int index(Diagnostic d, String text) {
        int offset = 0;
        for (int line = 1; line < d.line() && offset < text.length(); line++) {
            int lf = text.indexOf('\n', offset);
            int cr = text.indexOf('\r', offset);
            int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
            if (end < 0) {
                return text.length();
            }
            offset = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
        return offset + Math.max(0, d.column() - 1);
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

    /**
     * Returns the line of the first error, counting from 1, as its diagnostic gives it (0 when the error
     * concerns the text as a whole); the same as the position in {@link #text()} when the text is known.
     */
    @Override
    public int line() {
        return diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::line).orElse(0);
    }

    /** Returns the column of the first error, counting from 1, as its diagnostic gives it (0: the line as a whole). */
    @Override
    public int column() {
        return diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::column).orElse(0);
    }
}
