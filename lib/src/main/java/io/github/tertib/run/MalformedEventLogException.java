package io.github.tertib.run;

import io.github.tertib.TertibException;

/**
 * Thrown by {@link EventLog#parse(String)} when a line of a log text is not in the documented form;
 * names the line and what is wrong with it.
 *
 * <pre>{@code
 * try {
 *     List<Event> events = EventLog.parse(text);
 * } catch (MalformedEventLogException e) {
 *     System.err.println("line " + e.lineNumber() + ": " + e.getMessage());
 * }
 * }</pre>
 */
public final class MalformedEventLogException extends TertibException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    MalformedEventLogException(int lineNumber, String reason, Throwable cause) {
        super("line " + lineNumber + " of the event log: " + reason, cause);
        this.lineNumber = lineNumber;
    }

    /** Returns the number of the bad line, counting from 1 (the header is line 1). */
    public int lineNumber() {
        return lineNumber;
    }
}
