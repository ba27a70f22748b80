package io.github.tertib.sop;

import java.util.Objects;

/**
 * One part of a step: the role that performs it and the label written in that role's cell of the
 * flowchart ("Proses", "Dokumentasi", "Start").
 *
 * <p>A step is done when all its parts are. Immutable and thread-safe.
 *
 * <pre>{@code
 * Assignment part = new Assignment(KABID, "Proses");
 * }</pre>
 *
 * @param role the role performing the part
 * @param label the word written in the role's cell
 */
public record Assignment(Role role, String label) {

    /**
     * Checks that neither component is null and the label is not blank.
     *
     * @param role the role performing the part
     * @param label the word written in the role's cell
     */
    public Assignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("the part of " + role.title() + " has a blank label: write the word in its"
                    + " cell, such as \"Proses\"");
        }
    }

    /**
     * Returns the part of {@code role} labelled {@code label}.
     *
     * @param role the role performing the part
     * @param label the word written in the role's cell
     * @return the assignment
     */
    public static Assignment of(Role role, String label) {
        return new Assignment(role, label);
    }

    /** Returns {@code Title: label}, such as {@code Kepala Bidang: Proses}. */
    @Override
    public String toString() {
        return role.title() + ": " + label;
    }
}
