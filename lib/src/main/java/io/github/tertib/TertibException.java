package io.github.tertib;

/**
 * The root of every exception Tertib throws on purpose: an invalid definition, a refused command, a
 * malformed text, a question a calendar cannot answer.
 *
 * <p>It is unchecked, like {@link java.time.DateTimeException}; the few subclasses carry typed context
 * (the problems of a definition, the rejection of a command). Its message is a plain sentence that
 * names the thing, the value and, where it helps, the fix.
 */
public class TertibException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given sentence.
     *
     * @param message what went wrong, as a sentence that names the thing and the value
     */
    public TertibException(String message) {
        super(message);
    }

    /**
     * Creates an exception with the given sentence and the exception that caused it.
     *
     * @param message what went wrong, as a sentence that names the thing and the value
     * @param cause the underlying exception
     */
    public TertibException(String message, Throwable cause) {
        super(message, cause);
    }
}
