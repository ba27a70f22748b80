package io.github.tertib.run;

import io.github.tertib.internal.CaseEvents;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable view of the first {@code size} entries of a case as its public records, made on read;
 * also the {@link CaseEvents} view that Tertib's own code reads without making records. The entries'
 * digests must have been computed.
 */
final class EventList extends AbstractList<Event> implements RandomAccess, CaseEvents {
    private final Entry[] entries;
    private final int size;

    EventList(Entry[] entries, int size) {
        this.entries = entries;
        this.size = size;
    }

    /** A copy of the entries, for replay. */
    Entry[] entries() {
        return Arrays.copyOf(entries, size);
    }

    @Override
    public Event get(int index) {
        Objects.checkIndex(index, size);
        return entries[index].toEvent();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Event event(int index) {
        return get(index);
    }

    @Override
    public boolean isPart(int index) {
        return entry(index).isPart();
    }

    @Override
    public boolean isSuspended(int index) {
        return entry(index).kind() == Entry.SUSPENDED;
    }

    @Override
    public boolean isCancelled(int index) {
        return entry(index).kind() == Entry.CANCELLED;
    }

    @Override
    public Answer answer(int index) {
        Entry e = entry(index);
        return e.kind() == Entry.DECIDED ? e.answer() : null;
    }

    @Override
    public Role role(int index) {
        return entry(index).role;
    }

    @Override
    public Instant at(int index) {
        return entry(index).at();
    }

    private Entry entry(int index) {
        Objects.checkIndex(index, size);
        return entries[index];
    }
}
