package io.github.tertib.sop;

import io.github.tertib.TertibException;
import java.util.List;

/**
 * Thrown by {@link SopBuilder#build()} when a definition breaks the rules of the format: carries
 * <em>every</em> problem found, numbered in the message.
 *
 * <pre>{@code
 * try { builder.build(); }
 * catch (InvalidSopException e) { e.problems().forEach(p -> log.warn(p.toString())); }
 * }</pre>
 */
public final class InvalidSopException extends TertibException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    InvalidSopException(String sop, List<Problem> problems) {
        super(message(sop, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String sop, List<Problem> problems) {
        StringBuilder b = new StringBuilder(sop).append(" is not a valid SOP: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        int i = 1;
        for (Problem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(i++).append(". ").append(p);
        }
        return b.toString();
    }

    /** Returns every problem found, errors first in the order checked, then warnings. */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
