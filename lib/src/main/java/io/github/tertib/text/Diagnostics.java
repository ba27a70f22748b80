package io.github.tertib.text;

import io.github.tertib.sop.ProblemCode;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects what the reader of one text tells, in the order it tells it, and remembers the problems it
 * has told in its own words so that the definition checks do not tell them again.
 */
final class Diagnostics {

    /** A problem of the definition checks at a step, already told by the reader. */
    private record Told(ProblemCode code, int step) {
    }

    private final List<Diagnostic> all = new ArrayList<>();
    private final Set<Told> told = new HashSet<>();

    /** Tells something the reader found. */
    void add(Severity severity, DiagnosticCode code, int line, int column, String message) {
        all.add(Diagnostic.of(severity, code, line, column, message));
    }

    /** Tells a problem the definition checks found. */
    void add(Severity severity, ProblemCode problem, int line, int column, String message) {
        all.add(Diagnostic.of(severity, problem, line, column, message));
    }

    /** Notes that the reader has told, in its own words, the problem the definition checks will find at a step. */
    void told(ProblemCode code, int step) {
        told.add(new Told(code, step));
    }

    /** Returns whether the reader has already told this problem at this step. */
    boolean wasTold(ProblemCode code, int step) {
        return told.contains(new Told(code, step));
    }

    /** Returns everything told, by line and column; what was told first comes first on the same spot. */
    List<Diagnostic> byLine() {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return sorted;
    }

    /** Returns a text collapsed to one line and cut to 80 characters, for quoting in a message. */
    static String clip(String s) {
        String c = Markup.collapse(s);
        return c.length() > 80 ? c.substring(0, 77) + "..." : c;
    }

    /** Returns the items quoted and clipped, as {@code ["a", "b"]}. */
    static String quoteAll(List<String> items) {
        return items.stream().map(i -> "\"" + clip(i) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
