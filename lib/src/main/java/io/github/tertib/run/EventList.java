package io.github.tertib.run;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/** An unmodifiable view of the first {@code size} events. */
final class EventList extends AbstractList<Event> implements RandomAccess {
    private final Event[] events;
    private final int size;

    EventList(Event[] events, int size) {
        this.events = events;
        this.size = size;
    }

    @Override
    public Event get(int index) {
        Objects.checkIndex(index, size);
        return events[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(events, size, Object[].class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) {
            return (T[]) Arrays.copyOf(events, size, a.getClass());
        }
        System.arraycopy(events, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }
}
