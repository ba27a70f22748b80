package io.github.tertib.render;

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
}
