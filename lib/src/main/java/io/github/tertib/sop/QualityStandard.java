package io.github.tertib.sop;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Mutu Baku (quality standard) of a step: what it needs (Kelengkapan, also written Persyaratan or
 * Syarat), how long it may take (Waktu) and what it produces (Output).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * QualityStandard q = new QualityStandard(List.of("Surat permohonan"), Optional.of(TimeStandard.parse("15 Menit")),
 *                                         List.of("Disposisi"));
 * }</pre>
 *
 * @param requirements the Kelengkapan: inputs the step needs
 * @param time the Waktu, if the document gives one
 * @param outputs the Output: what the step produces
 */
public record QualityStandard(List<String> requirements, Optional<TimeStandard> time, List<String> outputs) {

    /** A standard with no requirements, time or outputs. */
    public static final QualityStandard NONE = new QualityStandard(List.of(), Optional.empty(), List.of());

    /**
     * Copies the lists and checks that nothing is null.
     *
     * @param requirements the Kelengkapan
     * @param time the Waktu, if any
     * @param outputs the Output
     */
    public QualityStandard {
        requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
        Objects.requireNonNull(time, "time");
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
    }

    /**
     * Returns a copy with the given time.
     *
     * @param time the Waktu
     * @return the copy
     */
    public QualityStandard withTime(TimeStandard time) {
        return new QualityStandard(requirements, Optional.of(Objects.requireNonNull(time, "time")), outputs);
    }

    /**
     * Returns a copy with the given requirements.
     *
     * @param requirements the Kelengkapan
     * @return the copy
     */
    public QualityStandard withRequirements(List<String> requirements) {
        return new QualityStandard(requirements, time, outputs);
    }

    /**
     * Returns a copy with the given outputs.
     *
     * @param outputs the Output
     * @return the copy
     */
    public QualityStandard withOutputs(List<String> outputs) {
        return new QualityStandard(requirements, time, outputs);
    }

    /** Returns whether the standard says nothing at all. */
    public boolean isEmpty() {
        return requirements.isEmpty() && time.isEmpty() && outputs.isEmpty();
    }
}
