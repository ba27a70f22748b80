package io.github.tertib;

/**
 * Thrown by every {@code parse} and {@code read} of Tertib when a text is not in its documented form:
 * carries the text and the position where reading failed, as {@link java.time.format.DateTimeParseException}
 * carries its parsed string and error index.
 *
 * <pre>{@code
 * try {
 *     Nip nip = Nip.parse(input);
 * } catch (TertibParseException e) {
 *     System.err.println("line " + e.line() + ", column " + e.column() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Subclasses add typed context (the diagnostics of an SOP text); catching this type catches every
 * parse failure. Instances are immutable once thrown.
 */
public class TertibParseException extends TertibException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int index;

    /**
     * Creates an exception for a text that could not be read.
     *
     * @param message what is wrong, as a sentence that names the field, the value and the expected form
     * @param text the whole text that was being read
     * @param index the offset in {@code text}, from 0, where reading failed; clamped to the text
     */
    public TertibParseException(String message, CharSequence text, int index) {
        this(message, text, index, null);
    }

    /**
     * Creates an exception for a text that could not be read, with the exception that caused it.
     *
     * @param message what is wrong, as a sentence that names the field, the value and the expected form
     * @param text the whole text that was being read
     * @param index the offset in {@code text}, from 0, where reading failed; clamped to the text
     * @param cause the underlying exception, or {@code null}
     */
    public TertibParseException(String message, CharSequence text, int index, Throwable cause) {
        super(message, cause);
        this.text = text == null ? "" : text.toString();
        this.index = Math.max(0, Math.min(index, this.text.length()));
    }

    /** Returns the whole text that was being read. */
    public String text() {
        return text;
    }

    /** Returns the offset in {@link #text()}, from 0, where reading failed. */
    public int index() {
        return index;
    }

    /** Returns the line of {@link #index()}, counting from 1 (a line ends at LF, CR LF or CR). */
    public int line() {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Returns the column of {@link #index()} in its line, counting from 1. */
    public int column() {
        int start = index;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return index - start + 1;
    }
}
