package io.github.tertib.run;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The events of a line of cases built one from another, in one array that grows: a command on the
 * latest case writes its event in place, so that building a case of n events costs O(n), while every
 * instance keeps seeing only its own first events. A command on an earlier case (a branch) copies.
 *
 * <p>The tape keeps only how long the line is. The one command that moves it from {@code size} to
 * {@code size + 1} owns slot {@code size} of its case's array: every other case of the line that
 * shares the array is shorter, and sees only its own first events. One compare-and-set per command,
 * no lock.
 */
final class Tape {

    private static final VarHandle LENGTH;

    static {
        try {
            LENGTH = MethodHandles.lookup().findVarHandle(Tape.class, "length", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // through LENGTH
    private volatile int length;

    Tape(int length) {
        this.length = length;
    }

    /**
     * Returns an array holding the events {@code [0, size)} of {@code events}, the array of the case
     * whose tape this is, followed by {@code e}: that array (or a longer copy of it) when the case is the
     * latest of its line, else null (the caller copies into a new tape).
     */
    Entry[] append(Entry[] events, int size, Entry e) {
        if (!LENGTH.compareAndSet(this, size, size + 1)) {
            return null;
        }
        Entry[] all = size < events.length ? events : Arrays.copyOf(events, Math.max(4, size + (size >> 1)));
        all[size] = e;
        return all;
    }
}
