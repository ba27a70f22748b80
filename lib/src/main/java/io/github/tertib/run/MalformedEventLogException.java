package io.github.tertib.run;

import io.github.tertib.TertibParseException;

/**
 * Thrown by {@link EventLog#parse(String)} and {@link EventLog#parseLine(String)} when a line of a log
 * text is not in the documented form; names the line, the field and the form expected, and carries
 * the text and the position of the field ({@link #index()}).
 *
 * <pre>{@code
 * try {
 *     List<Event> events = EventLog.parse(text);
 * } catch (MalformedEventLogException e) {
 *     System.err.println("line " + e.lineNumber() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class MalformedEventLogException extends TertibParseException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    MalformedEventLogException(String text, int index, int lineNumber, String message, Throwable cause) {
        super(message, text, index, cause);
        this.lineNumber = lineNumber;
    }

    /** Returns the number of the bad line, counting from 1 (the header is line 1). */
    public int lineNumber() {
        return lineNumber;
    }
}
