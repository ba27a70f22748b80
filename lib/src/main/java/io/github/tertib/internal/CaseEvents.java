package io.github.tertib.internal;

import io.github.tertib.run.Event;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.List;

/**
 * A case's events as Tertib's own code reads them: by index, without making an {@link Event} record
 * for each. {@link io.github.tertib.run.SopInstance#events()} answers a list that is also this view; any
 * other list of events is read through its records ({@link #of(List)}).
 */
public interface CaseEvents {

    /** Returns how many events there are. */
    int size();

    /** Returns the event at the index as its public record. */
    Event event(int index);

    /** Returns whether the event at the index did a part: a PartCompleted or a Decided event. */
    boolean isPart(int index);

    /** Returns whether the event at the index is a Suspended event. */
    boolean isSuspended(int index);

    /** Returns whether the event at the index is a Cancelled event. */
    boolean isCancelled(int index);

    /** Returns the answer of the Decided event at the index; null for any other event. */
    Answer answer(int index);

    /** Returns the role of the event at the index. */
    Role role(int index);

    /** Returns the instant of the event at the index. */
    Instant at(int index);

    /**
     * Returns the view of the events: the list itself when it is one (a case's {@code events()}), else a
     * view that reads the records.
     *
     * @param events the events, oldest first
     * @return the view
     */
    static CaseEvents of(List<Event> events) {
        return events instanceof CaseEvents c ? c : new Records(events);
    }

    /** The view of a plain list of records. */
    final class Records implements CaseEvents {
        private final List<Event> events;

        Records(List<Event> events) {
            this.events = events;
        }

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public Event event(int index) {
            return events.get(index);
        }

        @Override
        public boolean isPart(int index) {
            Event e = events.get(index);
            return e instanceof Event.PartCompleted || e instanceof Event.Decided;
        }

        @Override
        public boolean isSuspended(int index) {
            return events.get(index) instanceof Event.Suspended;
        }

        @Override
        public boolean isCancelled(int index) {
            return events.get(index) instanceof Event.Cancelled;
        }

        @Override
        public Answer answer(int index) {
            return events.get(index) instanceof Event.Decided d ? d.answer() : null;
        }

        @Override
        public Role role(int index) {
            return events.get(index).role();
        }

        @Override
        public Instant at(int index) {
            return events.get(index).at();
        }
    }
}
