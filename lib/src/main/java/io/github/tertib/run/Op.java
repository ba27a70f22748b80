package io.github.tertib.run;

/** The commands of a case, for the checks and the sentences they share. */
enum Op {
    COMPLETE, DECIDE, SUSPEND, RESUME, CANCEL;

    /** Returns the command a recorded event came from. */
    static Op of(Event e) {
        // Java 17 has no pattern switch: a new kind of event must be added here by hand.
        if (e instanceof Event.PartCompleted) {
            return COMPLETE;
        }
        if (e instanceof Event.Decided) {
            return DECIDE;
        }
        if (e instanceof Event.Suspended) {
            return SUSPEND;
        }
        if (e instanceof Event.Resumed) {
            return RESUME;
        }
        if (e instanceof Event.Cancelled) {
            return CANCEL;
        }
        throw new IllegalArgumentException("a Started event is no command on a case");
    }

    /** Returns whether the command does a part of the current step. */
    boolean doesPart() {
        return this == COMPLETE || this == DECIDE;
    }
}
