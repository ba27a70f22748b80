package io.github.tertib.store;

import io.github.tertib.TertibException;

/**
 * Thrown when a {@link CaseStore} refuses a request or cannot reach its database: an unregistered
 * definition, a case id that exists or does not, a database without Tertib's schema or with another
 * version of it, an unsupported database, a lost connection. The message names the thing and the fix;
 * a refused request changes nothing.
 */
public class StoreException extends TertibException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given sentence.
     *
     * @param message what was refused, naming the case, definition or database
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * Creates an exception with the given sentence and its cause.
     *
     * @param message what was refused, naming the case, definition or database
     * @param cause the database's exception
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
