package io.github.tertib.sop;

import java.util.Objects;

/**
 * The capacity in which a person acts for a role: as its definitive holder, or as an acting official
 * appointed for a period.
 *
 * <p>A <em>Plt.</em> (Pelaksana Tugas) acts for a post whose holder is permanently absent; a
 * <em>Plh.</em> (Pelaksana Harian) for a holder who is temporarily absent. In signature blocks and in
 * Tertib's sentences the abbreviation is written before the post: "Plh. Kepala Dinas".
 *
 * <pre>{@code
 * Actor sari = Actor.of("staf-7", "Sari", PELAKSANA).acting(KEPALA_DINAS, Capacity.PLH, from, until);
 * Capacity.PLH.titled(KEPALA_DINAS);   // "Plh. Kepala Dinas"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Capacity {
    /** The person holds the role (pejabat definitif). */
    DEFINITIVE(""),
    /** Pelaksana Tugas: acts for a post whose holder is permanently absent. */
    PLT("Plt."),
    /** Pelaksana Harian: acts for a holder who is temporarily absent. */
    PLH("Plh.");

    private final String abbreviation;

    Capacity(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** Returns the abbreviation written before the post: {@code "Plt."}, {@code "Plh."}, or empty for DEFINITIVE. */
    public String abbreviation() {
        return abbreviation;
    }

    /** Returns whether this is an acting capacity (Plt. or Plh.). */
    public boolean isActing() {
        return this != DEFINITIVE;
    }

    /**
     * Returns the post as written in a signature block, such as {@code "Plh. Kepala Dinas"}.
     *
     * @param role the role acted for
     * @return the title, preceded by the abbreviation when acting
     */
    public String titled(Role role) {
        Objects.requireNonNull(role, "role");
        return this == DEFINITIVE ? role.title() : abbreviation + " " + role.title();
    }
}
