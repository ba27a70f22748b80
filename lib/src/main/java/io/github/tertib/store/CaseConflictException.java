package io.github.tertib.store;

/**
 * Thrown when a command on a case lost the race to append to it on every attempt: other app servers
 * kept appending events to the same case (or the database kept reporting serialization failures).
 * Nothing of the command was stored; giving it again later is safe.
 */
public final class CaseConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final int attempts;

    CaseConflictException(String caseId, int attempts, Throwable lastCause) {
        super("case " + caseId + " was changed by someone else on each of " + attempts + " attempts to append to it;"
                + " nothing was stored: give the command again, or allow more attempts with"
                + " CaseStore.builder(calendar).maxAttempts(n)", lastCause);
        this.caseId = caseId;
        this.attempts = attempts;
    }

    /** Returns the id of the case. */
    public String caseId() {
        return caseId;
    }

    /** Returns how many times the command was tried. */
    public int attempts() {
        return attempts;
    }
}
