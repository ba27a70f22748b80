package io.github.tertib.run;

import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds altered copies of events, to test that replay refuses them. */
final class Forge {

    private Forge() {
    }

    /** A copy of the event with another actor name, keeping the old digest (tampering). */
    static Event renamed(Event e, String name) {
        return with(e, e.role(), new Person(e.actorId(), name), e.delegation(), e.at(), e.digest());
    }

    /** A copy of the event at another instant, keeping the old digest. */
    static Event movedTo(Event e, Instant at) {
        return with(e, e.role(), e.actor(), e.delegation(), at, e.digest());
    }

    /** A copy of the event in another role and delegation, keeping the old digest. */
    static Event asRole(Event e, Role role, Optional<Delegation> delegation) {
        return with(e, role, e.actor(), delegation, e.at(), e.digest());
    }

    /** The events with every digest recomputed, so that the chain holds whatever they say. */
    static List<Event> resigned(List<Event> events) {
        Chain chain = new Chain();
        Entry previous = null;
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Entry copy = Entry.of(e);
            chain.fill(previous, copy);
            out.add(copy.toEvent());
            previous = copy;
        }
        return out;
    }

    static Event with(Event e, Role role, Person who, Optional<Delegation> d, Instant at, Digest digest) {
        if (e instanceof Event.Started s) {
            return new Event.Started(s.instanceId(), s.sop(), s.step(), role, who, d, at, s.remark(),
                    digest);
        }
        if (e instanceof Event.PartCompleted p) {
            return new Event.PartCompleted(p.step(), role, who, d, at, p.remark(), digest);
        }
        if (e instanceof Event.Decided x) {
            return new Event.Decided(x.step(), x.answer(), role, who, d, at, x.remark(), digest);
        }
        if (e instanceof Event.Suspended u) {
            return new Event.Suspended(u.step(), role, who, d, at, u.reason(), digest);
        }
        if (e instanceof Event.Resumed r) {
            return new Event.Resumed(r.step(), role, who, d, at, r.remark(), digest);
        }
        Event.Cancelled c = (Event.Cancelled) e;
        return new Event.Cancelled(c.step(), role, who, d, at, c.reason(), digest);
    }
}
