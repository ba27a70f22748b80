package io.github.tertib.sop;

import io.github.tertib.internal.Messages;
import java.util.Locale;
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
    private final String sop;

    InvalidSopException(String sop, List<Problem> problems) {
        super(message(sop, problems));
        this.problems = List.copyOf(problems);
        this.sop = sop;
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

    /**
     * Returns the problems as a numbered list for the analyst, in Indonesian ({@code id}, also {@code in})
     * or English, each as {@link Problem#message(Locale)} says it; {@link #getMessage()} stays English.
     *
     * @param locale the language
     * @return the sentence and the numbered problems
     */
    public String message(Locale locale) {
        java.util.Objects.requireNonNull(locale, "locale");
        List<Problem> all = problems();
        StringBuilder b = new StringBuilder(Messages.format(locale, "invalidSop", "sop", sop, "count", all.size()));
        int i = 1;
        for (Problem p : all) {
            b.append(System.lineSeparator()).append("  ").append(i++).append(". ").append(p.message(locale));
        }
        return b.toString();
    }

    /** Returns {@link #message(Locale)} in the default locale's language. */
    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
