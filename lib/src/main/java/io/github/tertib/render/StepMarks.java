package io.github.tertib.render;

import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.sop.Step;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Says which {@link StepMark}, if any, to lay over each step of a rendered SOP: the hook through which
 * a per-step status (for instance the compliance of a case) colours the document.
 *
 * <pre>{@code
 * StepMarks marks = step -> step.number() == 3 ? Optional.of(StepMark.of("Menunggu", "#f0ad4e"))
 *                                               : Optional.empty();
 * SopRenderer.standard().withMarks(marks).html(v4);
 * SopRenderer.standard().withMarks(StepMarks.of(report)).html(v4);   // coloured by a case's compliance
 * }</pre>
 *
 * <p>Implementations must be pure and thread-safe.
 */
@FunctionalInterface
public interface StepMarks {

    /**
     * Returns the mark of a step, if it has one.
     *
     * @param step a step of the definition being rendered
     * @return its mark, or empty
     */
    Optional<StepMark> mark(Step step);

    /**
     * Returns marks that mark nothing.
     *
     * @return the empty overlay
     */
    static StepMarks none() {
        return step -> Optional.empty();
    }

    /**
     * Returns marks by step number.
     *
     * @param byStep the mark of each step number that has one
     * @return the overlay
     */
    static StepMarks of(Map<Integer, StepMark> byStep) {
        Map<Integer, StepMark> copy = Map.copyOf(Objects.requireNonNull(byStep, "byStep"));
        return step -> Optional.ofNullable(copy.get(step.number()));
    }

    /**
     * Returns the marks of a case's compliance: each step the case visited is marked with the status of
     * its visits ({@link StepMark#of(io.github.tertib.compliance.ComplianceStatus)}: Tepat waktu, Terlambat,
     * Berjalan, Melewati batas, Tanpa waktu, Dibatalkan) and, as detail, the elapsed time against the
     * standard in minutes, such as {@code "16/15 mnt"}.
     *
     * <ul>
     *   <li>A step visited more than once (a "Tidak" looped back to it) shows the <b>worst</b> status of
     *       its visits, in the order OVERDUE, LATE, CANCELLED, RUNNING, ON_TIME, UNTIMED, and every visit in
     *       its detail: {@code "2 kunjungan: 144/15 dan 544/15 mnt"}. So a step that was late once stays
     *       marked late after a later visit kept its time; the current step of an open case is named in
     *       the caption.
     *   <li>Time the case was suspended in a step is added: {@code "; ditunda 320 mnt"}.
     *   <li>The END step a completed case reached is marked with the status of the case as a whole and
     *       its elapsed time against the standard of the path taken: {@code "kasus: 3840/4385 mnt"}.
     *   <li>Steps the case did not pass through are not marked (white; "Tidak dilalui" in the legend).
     * </ul>
     *
     * <p>Minutes are in the report's policy's measure, to a tenth with a decimal comma, rounded up, so a
     * late step never reads as its standard. The renderer also puts on every page of the HTML document (and
     * under the SVG) which case and which instant the colours describe, how the case stands, and a legend
     * of every status.
     *
     * @param report the compliance of a case
     * @return its marks, to be laid over the case's own SOP only
     */
    static StepMarks of(ComplianceReport report) {
        return new ComplianceMarks(Objects.requireNonNull(report, "report"));
    }
}
