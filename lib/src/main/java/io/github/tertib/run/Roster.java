package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of who held which office when: persons, their appointments to roles (by an SK, for a
 * period or open-ended) and their acting assignments as Plt. or Plh. (by a Surat Perintah, for a
 * period), each possibly ended early. It is the independent record a host keeps from its personnel
 * system (SIMPEG), against which a case's log is checked: the log says who acted, the roster says
 * whether they held the office then.
 *
 * <pre>{@code
 * Roster roster = Roster.builder()
 *         .person("kadin-1", "Murni").appoint("kadin-1", KEPALA_DINAS, "821.2/45/BKPSDM/2024", t2024)
 *         .person("staf-7", "Sari")
 *         .acting("staf-7", KEPALA_DINAS, Capacity.PLH, "800/12/Diskominfo/2026", march1, march7)
 *         .build();
 * Actor sari = roster.actor("staf-7");          // acts as Plh. Kepala Dinas from 1 until 7 March
 * SopInstance.replay(v4, events, roster);        // refuses an event by someone who did not hold the office
 * }</pre>
 *
 * <p>The text form ({@link #parse(String)}, {@link #format()}) is a CSV file documented in
 * docs/guide.md. A roster never has two entries of one person for one role in force at once, nor an
 * inverted period. Immutable and thread-safe.
 */
public final class Roster {

    /** The first line of the text form: its name and version. */
    public static final String HEADER = "tertib-roster 1";

    /** The second line of the text form: the names of its columns. */
    public static final String COLUMNS = "person_id,name,role_id,role_title,capacity,decree,from,until,ended";

    private final Map<String, Person> persons;
    private final List<RosterEntry> entries;
    private final Map<String, List<RosterEntry>> byPerson;
    private final Map<String, Actor> actors;

    private Roster(Map<String, Person> persons, List<RosterEntry> entries) {
        this.persons = Collections.unmodifiableMap(persons);
        this.entries = List.copyOf(entries);
        this.byPerson = byPerson(this.entries);
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Person p : persons.values()) {
            List<RosterEntry> appointed = new ArrayList<>();
            List<Delegation> acting = new ArrayList<>();
            for (RosterEntry e : byPerson.getOrDefault(p.id(), List.of())) {
                if (e.capacity().isActing()) {
                    // the period in force: an assignment ended early stops there
                    acting.add(new Delegation(e.role(), e.capacity(), e.from(), e.end().orElseThrow(),
                            Optional.of(e.decree())));
                } else {
                    appointed.add(e);
                }
            }
            byId.put(p.id(), Actor.fromRoster(p, appointed.toArray(new RosterEntry[0]),
                    acting.toArray(new Delegation[0])));
        }
        this.actors = Collections.unmodifiableMap(byId);
    }

    private static Map<String, List<RosterEntry>> byPerson(List<RosterEntry> entries) {
        Map<String, List<RosterEntry>> out = new LinkedHashMap<>();
        for (RosterEntry e : entries) {
            out.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    /**
     * Returns a builder of a roster.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a roster from its text form: {@link #HEADER}, {@link #COLUMNS}, then one entry per line as
     * comma-separated values (docs/guide.md, "The roster").
     *
     * @param text the text
     * @return the roster
     * @throws io.github.tertib.TertibParseException naming the line, the column and the form expected,
     *     or the two entries that overlap
     */
    public static Roster parse(String text) {
        return RosterText.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the text form of this roster, which {@link #parse(String)} reads back to an equal roster.
     *
     * @return the text, each line ending with a line feed
     */
    public String format() {
        return RosterText.format(this);
    }

    /**
     * Returns the actor the roster gives for a person: acting for a role at an instant exactly when the
     * roster says they held it then, and recording in each event the decree they acted under.
     *
     * @param personId the person's id
     * @return the actor
     * @throws IllegalArgumentException if the roster has no person with that id
     */
    public Actor actor(String personId) {
        Actor a = actors.get(Objects.requireNonNull(personId, "personId"));
        if (a == null) {
            throw new IllegalArgumentException("the roster has no person with the id \"" + personId + "\": add them"
                    + " with Roster.builder().person(id, name) and their appointments");
        }
        return a;
    }

    /**
     * Returns the person with the id, if the roster has them.
     *
     * @param personId the id
     * @return the person
     */
    public Optional<Person> person(String personId) {
        return Optional.ofNullable(persons.get(Objects.requireNonNull(personId, "personId")));
    }

    /** Returns the persons, in the order they were added. */
    public List<Person> persons() {
        return List.copyOf(persons.values());
    }

    /** Returns every entry, in the order they were added. */
    public List<RosterEntry> entries() {
        return entries;
    }

    /**
     * Returns the entries of one person, in the order they were added.
     *
     * @param personId the person's id
     * @return the entries; none for an unknown person
     */
    public List<RosterEntry> entriesOf(String personId) {
        return byPerson.getOrDefault(Objects.requireNonNull(personId, "personId"), List.of());
    }

    /**
     * Returns the entry by which the person held the role at the instant, definitively or as Plt. or
     * Plh.: what the roster says about their authority then.
     *
     * @param personId the person's id
     * @param role the role
     * @param at the instant
     * @return the entry in force, or empty if they did not hold the role then
     */
    public Optional<RosterEntry> authority(String personId, Role role, Instant at) {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        for (RosterEntry e : byPerson.getOrDefault(personId, List.of())) {
            if (e.role().equals(role) && e.isValidAt(at)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Two rosters are equal when they have equal persons and equal entries in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Roster r && r.persons.equals(persons) && r.entries.equals(entries)
                && List.copyOf(r.persons.keySet()).equals(List.copyOf(persons.keySet()));
    }

    @Override
    public int hashCode() {
        return 31 * persons.hashCode() + entries.hashCode();
    }

    /** Returns a summary such as {@code roster of 3 persons, 4 entries}. */
    @Override
    public String toString() {
        return "roster of " + persons.size() + (persons.size() == 1 ? " person, " : " persons, ") + entries.size()
                + (entries.size() == 1 ? " entry" : " entries");
    }

    /**
     * Collects persons and entries; {@link #build()} checks that no person holds one role twice at once.
     * Every method refuses a setting that contradicts an earlier one. Not thread-safe.
     */
    public static final class Builder {

        private final Map<String, Person> persons = new LinkedHashMap<>();
        private final List<RosterEntry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a person.
         *
         * @param id the person's id, such as an employee number or NIP
         * @param name the name as events and sentences show it
         * @return this builder
         * @throws IllegalArgumentException if the id or name is blank, or the id was added with another name
         */
        public Builder person(String id, String name) {
            Person p = new Person(id, name);
            Person before = persons.get(id);
            if (before != null && !before.equals(p)) {
                throw new IllegalArgumentException("person " + id + " is already in the roster as " + before
                        + ": one id names one person, so do not add them again as \"" + name + "\"");
            }
            persons.put(id, p);
            return this;
        }

        /**
         * Appoints a person to a role definitively from an instant on, until further notice.
         *
         * @param personId the person's id, added with {@link #person(String, String)}
         * @param role the role
         * @param decree the number of the SK
         * @param from the first instant in force
         * @return this builder
         */
        public Builder appoint(String personId, Role role, String decree, Instant from) {
            return add(new RosterEntry(personId, role, Capacity.DEFINITIVE, decree, from, Optional.empty(),
                    Optional.empty()));
        }

        /**
         * Appoints a person to a role definitively for the period {@code [from, until)}.
         *
         * @param personId the person's id
         * @param role the role
         * @param decree the number of the SK
         * @param from the first instant in force
         * @param until the first instant after it
         * @return this builder
         */
        public Builder appoint(String personId, Role role, String decree, Instant from, Instant until) {
            return add(new RosterEntry(personId, role, Capacity.DEFINITIVE, decree, from,
                    Optional.of(Objects.requireNonNull(until, "until")), Optional.empty()));
        }

        /**
         * Assigns a person to act for a role as Plt. or Plh. for the period {@code [from, until)}.
         *
         * @param personId the person's id
         * @param role the role acted for
         * @param capacity {@link Capacity#PLT} or {@link Capacity#PLH}
         * @param decree the number of the Surat Perintah
         * @param from the first instant in force
         * @param until the first instant after it
         * @return this builder
         * @throws IllegalArgumentException if the capacity is DEFINITIVE (use {@code appoint})
         */
        public Builder acting(String personId, Role role, Capacity capacity, String decree, Instant from,
                Instant until) {
            Objects.requireNonNull(capacity, "capacity");
            if (!capacity.isActing()) {
                throw new IllegalArgumentException("acting(...) assigns a Plt. or Plh.; appoint " + personId + " as "
                        + Objects.requireNonNull(role, "role").title() + " definitively with appoint(...)");
            }
            return add(new RosterEntry(personId, role, capacity, decree, from,
                    Optional.of(Objects.requireNonNull(until, "until")), Optional.empty()));
        }

        /**
         * Ends a person's appointment or assignment early: it is no longer in force from the instant on
         * (revoked, or the official moved).
         *
         * @param personId the person's id
         * @param decree the decree of the appointment or assignment
         * @param at the first instant it is no longer in force
         * @return this builder
         * @throws IllegalArgumentException if there is no such entry, it already ended early, or the
         *     instant is not inside its period
         */
        public Builder end(String personId, String decree, Instant at) {
            Objects.requireNonNull(personId, "personId");
            Objects.requireNonNull(decree, "decree");
            Objects.requireNonNull(at, "at");
            for (int i = 0; i < entries.size(); i++) {
                RosterEntry e = entries.get(i);
                if (e.personId().equals(personId) && e.decree().equals(decree)) {
                    entries.set(i, e.endedAt(at));
                    return this;
                }
            }
            throw new IllegalArgumentException("the roster has no appointment or assignment of " + personId + " by "
                    + decree + " to end at " + at + ": add it first");
        }

        /**
         * Adds an entry as it is, for a host that builds entries itself.
         *
         * @param entry the entry; its person must have been added
         * @return this builder
         * @throws IllegalArgumentException if its person is unknown, or the person already has an entry by
         *     the same decree
         */
        public Builder add(RosterEntry entry) {
            Objects.requireNonNull(entry, "entry");
            if (!persons.containsKey(entry.personId())) {
                throw new IllegalArgumentException("the roster has no person with the id \"" + entry.personId()
                        + "\" for the entry " + entry + ": add them first with person(id, name)");
            }
            for (RosterEntry e : entries) {
                if (e.personId().equals(entry.personId()) && e.decree().equals(entry.decree())) {
                    throw new IllegalArgumentException("the roster already has the entry " + e + "; the entry "
                            + entry + " names the same decree for the same person: give each its own decree");
                }
            }
            entries.add(entry);
            return this;
        }

        /**
         * Returns the roster.
         *
         * @return the roster
         * @throws IllegalArgumentException naming both entries if a person holds one role twice at once
         */
        public Roster build() {
            RosterEntry[] overlap = firstOverlap(entries);
            if (overlap != null) {
                throw new IllegalArgumentException(overlapSentence(overlap));
            }
            return new Roster(new LinkedHashMap<>(persons), entries);
        }

        /** The entries so far, for the text form to point at the line of a refused one. */
        List<RosterEntry> entries() {
            return entries;
        }
    }

    /** The first two entries (earlier, later) of one person for one role in force at once, or null. */
    static RosterEntry[] firstOverlap(List<RosterEntry> entries) {
        for (List<RosterEntry> mine : byPerson(entries).values()) {
            for (int i = 0; i < mine.size(); i++) {
                RosterEntry b = mine.get(i);
                for (int j = 0; j < i; j++) {
                    RosterEntry a = mine.get(j);
                    if (a.role().equals(b.role()) && a.overlaps(b)) {
                        return new RosterEntry[] {a, b};
                    }
                }
            }
        }
        return null;
    }

    static String overlapSentence(RosterEntry[] pair) {
        RosterEntry a = pair[0];
        return "the roster gives " + a.personId() + " the role " + a.role().title() + " twice at once: " + a
                + " overlaps " + pair[1] + "; end one before the other begins";
    }
}
