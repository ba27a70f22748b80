package io.github.tertib.run;

import java.util.Objects;

/**
 * Who did something, as an event records it: a person's id and name.
 *
 * <p>An {@link Actor} carries one, and every event the actor causes refers to that same value, so a
 * case keeps no copy of the people who work on it.
 *
 * <pre>{@code
 * Event e = run.lastEvent();
 * e.actor().name();   // "Sari"
 * e.actor().id();     // "staf-7"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable key for the person, such as an employee number; not blank
 * @param name the name shown in events and sentences; not blank
 */
public record Person(String id, String name) {

    /**
     * Checks that neither the id nor the name is blank.
     *
     * @param id the id
     * @param name the name
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a person needs a non-blank id, such as an employee number");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("person " + id + " needs a non-blank name: events and refusals show it");
        }
    }

    /** Returns the name and id, such as {@code Sari (staf-7)}, as refusals write it. */
    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
