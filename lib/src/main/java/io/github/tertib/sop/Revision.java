package io.github.tertib.sop;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of an SOP as a case records it: the Nomor SOP, the Tanggal Revisi (if the document
 * gives one) and the {@link Fingerprint} of the definition's exact content.
 *
 * <p>A case stays on the revision it began on: its START event records this, and replay against a
 * definition of another revision is refused with both revisions named.
 *
 * <pre>{@code
 * Revision r = PalangkaRaya.v4().revision();
 * r.toString();   // SOP V. 4. (no Tanggal Revisi, fingerprint c22b442e4a52)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the Nomor SOP
 * @param revised the Tanggal Revisi, if any
 * @param fingerprint the fingerprint of the definition's content
 */
public record Revision(String number, Optional<LocalDate> revised, Fingerprint fingerprint) {

    /**
     * Checks that nothing is null and the number is not blank.
     *
     * @param number the Nomor SOP
     * @param revised the Tanggal Revisi, if any
     * @param fingerprint the fingerprint
     */
    public Revision {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a revision needs the Nomor SOP, such as \"V. 4.\"");
        }
    }

    /** Returns a line such as {@code SOP V. 4. (Tanggal Revisi 2026-04-01, fingerprint 1a2b3c4d5e6f)}, the fingerprint abbreviated. */
    @Override
    public String toString() {
        return "SOP " + number + " (" + revised.map(d -> "Tanggal Revisi " + d).orElse("no Tanggal Revisi")
                + ", fingerprint " + fingerprint.abbreviated() + ")";
    }
}
