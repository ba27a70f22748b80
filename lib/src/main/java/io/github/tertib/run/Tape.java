package io.github.tertib.run;

import java.util.Arrays;

/**
 * The events of a line of cases built one from another, in one array that grows: a command on the
 * latest case writes its event in place, so that building a case of n events costs O(n), while every
 * instance keeps seeing only its own first events. A command on an earlier case (a branch) copies.
 */
final class Tape {

    private Event[] events;
    private int length;

    Tape(Event[] events, int length) {
        this.events = events;
        this.length = length;
    }

    /**
     * Returns an array holding the events {@code [0, size)} of the case whose tape this is, followed by
     * {@code e}: this tape's own when the case is its latest, else null (the caller copies).
     */
    synchronized Event[] append(int size, Event e) {
        if (length != size) {
            return null;
        }
        if (size == events.length) {
            events = Arrays.copyOf(events, Math.max(4, size + (size >> 1)));
        }
        events[size] = e;
        length = size + 1;
        return events;
    }
}
