package io.github.tertib.run;

import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replay against a roster: every event's actor must have held its role, in the capacity the event
 * records, at its instant according to the roster. The log's own claims (its capacity, its decree,
 * its delegation's period) are checked against the roster, never trusted. Stateless.
 */
final class RosterReplay {

    private RosterReplay() {
    }

    static SopInstance replay(SopDefinition definition, List<Event> events, Roster roster) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(roster, "roster");
        Event[] all = events.toArray(new Event[0]);
        for (int i = 0; i < all.length; i++) {
            String refusal = check(Objects.requireNonNull(all[i], "event"), roster);
            if (refusal != null) {
                // an earlier event that breaks the chain or a rule is the first bad one
                if (i > 0) {
                    SopInstance.replay(definition, events.subList(0, i));
                }
                SopInstance.replay(definition, events.subList(0, i + 1));
                throw Replay.bad(all, i, refusal);
            }
        }
        return SopInstance.replay(definition, events);
    }

    /** What the roster says against the event, or null when it bears the event out. */
    static String check(Event e, Roster roster) {
        Person who = e.actor();
        Instant at = e.at();
        String role = e.role().title();
        if (roster.person(who.id()).isEmpty()) {
            return "the roster has no person with the id \"" + who.id() + "\", so nobody of that id held " + role
                    + " at " + at;
        }
        Optional<RosterEntry> held = roster.authority(who.id(), e.role(), at);
        if (held.isEmpty()) {
            return "the roster says " + who + " did not hold " + role + " at " + at + ": " + record(e, roster);
        }
        RosterEntry r = held.get();
        if (r.capacity() != e.capacity()) {
            return "the log says " + who + " acted as " + e.signedAs() + ", but the roster has them as "
                    + r.capacity().titled(e.role()) + " by " + r.decree() + " " + r.period() + " at " + at;
        }
        if (e.decree().isPresent() && !e.decree().get().equals(r.decree())) {
            return "the log says " + who + " acted as " + e.signedAs() + " under decree " + e.decree().get()
                    + ", but the roster's decree for it at " + at + " is " + r.decree() + " " + r.period();
        }
        Optional<Delegation> d = e.delegation();
        if (d.isPresent() && e.decree().isPresent() && !(d.get().from().equals(r.from())
                && (r.until().equals(Optional.of(d.get().until())) || r.ended().equals(Optional.of(d.get().until()))))) {
            return "the log records the " + e.signedAs() + " period of " + who + " as [" + d.get().from() + ", "
                    + d.get().until() + "), but the roster's decree " + r.decree() + " gives " + r.period();
        }
        return null;
    }

    /** What the roster records of the person for the role, for a refusal. */
    private static String record(Event e, Roster roster) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (RosterEntry r : roster.entriesOf(e.actorId())) {
            if (r.role().equals(e.role())) {
                b.append(n++ == 0 ? "it records them as " : "; as ").append(r.capacity().titled(r.role())).append(" by ")
                        .append(r.decree()).append(' ').append(r.period());
            }
        }
        if (n == 0) {
            return "it records no appointment of them to " + e.role().title() + ", definitive or as Plt. or Plh.";
        }
        return b.append(", and none of these was in force then").toString();
    }
}
