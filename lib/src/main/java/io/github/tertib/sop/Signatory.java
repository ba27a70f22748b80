package io.github.tertib.sop;

import java.util.Objects;
import java.util.Optional;

/**
 * The official who approves an SOP (Disahkan oleh): post title, name, rank and NIP.
 *
 * <pre>{@code
 * Signatory s = Signatory.of("Kepala Dinas Komunikasi ...", "Drs. MURNI", Rank.PEMBINA_TINGKAT_I,
 *                            Nip.parse("19610923 199103 1 004"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value.
 */
public final class Signatory {

    private final String post;
    private final String name;
    private final Rank rank;
    private final Nip nip;

    private Signatory(String post, String name, Rank rank, Nip nip) {
        this.post = requireText(post, "post");
        this.name = requireText(name, "name");
        this.rank = rank;
        this.nip = nip;
    }

    private static String requireText(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) {
            throw new IllegalArgumentException("the signatory's " + what + " is blank: write it as the document does");
        }
        return s.strip();
    }

    /**
     * Returns a signatory with every field.
     *
     * @param post the post title, such as {@code Kepala Dinas ...}
     * @param name the name with its academic titles, such as {@code Drs. MURNI}
     * @param rank the pangkat
     * @param nip the NIP
     * @return the signatory
     */
    public static Signatory of(String post, String name, Rank rank, Nip nip) {
        return new Signatory(post, name, Objects.requireNonNull(rank, "rank"), Objects.requireNonNull(nip, "nip"));
    }

    /**
     * Returns a signatory known only by post and name (an official who is not a civil servant, or a
     * document that omits rank and NIP).
     *
     * @param post the post title
     * @param name the name
     * @return the signatory
     */
    public static Signatory of(String post, String name) {
        return new Signatory(post, name, null, null);
    }

    /** Returns the post title. */
    public String post() {
        return post;
    }

    /** Returns the name. */
    public String name() {
        return name;
    }

    /** Returns the rank, if known. */
    public Optional<Rank> rank() {
        return Optional.ofNullable(rank);
    }

    /** Returns the NIP, if known. */
    public Optional<Nip> nip() {
        return Optional.ofNullable(nip);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signatory s && s.post.equals(post) && s.name.equals(name) && s.rank == rank
                && Objects.equals(s.nip, nip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(post, name, rank, nip);
    }

    /** Returns the signature block on one line: post, name, rank, NIP. */
    @Override
    public String toString() {
        return post + ", " + name + (rank == null ? "" : ", " + rank.pangkat()) + (nip == null ? "" : ", NIP. " + nip);
    }
}
