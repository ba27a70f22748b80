package io.github.tertib.text;

import static io.github.tertib.text.DiagnosticCode.DECISION_NO_GUESSED;
import static io.github.tertib.text.DiagnosticCode.DECISION_NO_INFERRED;
import static io.github.tertib.text.DiagnosticCode.DECISION_NO_MISSING;
import static io.github.tertib.text.DiagnosticCode.DECISION_YES_INFERRED;
import static io.github.tertib.text.DiagnosticCode.DECISION_YES_MISSING;

import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.StepKind;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers the targets a decision's row leaves unsaid: "Ya" goes to the next row, "Tidak" back to the
 * earlier row that best matches the decision's text; each inference is told, and a target that cannot
 * be inferred is an error the definition checks then do not repeat.
 */
final class TargetInference {

    private final List<Row> ordered;
    private final Diagnostics out;
    private final Map<String, Integer> frequency = new HashMap<>();
    private final Map<Row, Set<String>> stems = new HashMap<>();

    private TargetInference(List<Row> rows, Diagnostics out) {
        this.ordered = new ArrayList<>(rows);
        this.ordered.sort(Comparator.comparingInt(r -> r.number));
        this.out = out;
    }

    /** Gives every decision among the rows the targets it lacks, where they can be inferred. */
    static void infer(List<Row> rows, Diagnostics out) {
        new TargetInference(rows, out).infer();
    }

    private void infer() {
        for (Row r : ordered) {
            Set<String> s = Words.stems(r.activity);
            stems.put(r, s);
            for (String w : s) {
                frequency.merge(w, 1, Integer::sum);
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            Row d = ordered.get(i);
            if (d.kind != StepKind.DECISION) {
                continue;
            }
            if (d.yes == null) {
                inferYes(d, i);
            }
            if (d.no == null) {
                inferNo(d);
            }
        }
    }

    /** Sends a decision's "Ya" to the first row after it in number order ({@code i} is its index in that order). */
    private void inferYes(Row d, int i) {
        Row next = null;
        for (int j = i + 1; j < ordered.size(); j++) {
            if (ordered.get(j).number > d.number) {
                next = ordered.get(j);
                break;
            }
        }
        if (next == null) {
            out.add(Severity.ERROR, DECISION_YES_MISSING, d.line, 1, "step " + d.number + " (DECISION) is the"
                    + " last row, so \"Ya\" has no next row to go to: write \"Ya: n\" in its Keterangan");
            out.told(ProblemCode.DECISION_WITHOUT_YES, d.number);
        } else {
            d.yes = next.number;
            out.add(Severity.INFO, DECISION_YES_INFERRED, d.line, 1, "step " + d.number + " (DECISION) goes to"
                    + " the next row, step " + next.number + ", on \"Ya\"; write \"Ya: n\" in its Keterangan"
                    + " to say otherwise");
        }
    }

    /**
     * Sends a decision's "Tidak" back to the earlier row whose activity best matches the decision's text
     * (words shared with its negative clause count double, rare words more than common ones), else to
     * the row before it.
     */
    private void inferNo(Row d) {
        Set<String> clause = Words.stems(Words.negativeClause(d.activity));
        Set<String> all = stems.get(d);
        Row best = null;
        double bestScore = 0;
        List<String> bestShared = List.of();
        Row before = null;
        for (Row r : ordered) {
            if (r.number >= d.number || d.yes != null && r.number == d.yes) {
                continue;
            }
            before = r;
            double score = 0;
            List<String> shared = new ArrayList<>();
            for (String s : stems.get(r)) {
                double w = 1.0 / frequency.getOrDefault(s, 1);
                if (clause.contains(s)) {
                    score += 2 * w;
                }
                if (all.contains(s)) {
                    score += w;
                    shared.add(s);
                }
            }
            // ties go to the nearer row, the one met later in this loop
            if (score > 0 && score >= bestScore) {
                best = r;
                bestScore = score;
                bestShared = shared;
            }
        }
        if (best != null) {
            d.no = best.number;
            out.add(Severity.INFO, DECISION_NO_INFERRED, d.line, 1, "step " + d.number + " (DECISION) goes back to step "
                    + best.number + " on \"Tidak\": of the earlier rows, its activity best matches the decision's"
                    + " text (shared words: " + String.join(", ", bestShared) + "); write \"Tidak: n\" in its"
                    + " Keterangan to say otherwise");
        } else if (before != null) {
            d.no = before.number;
            out.add(Severity.WARNING, DECISION_NO_GUESSED, d.line, 1, "step " + d.number + " (DECISION) has no"
                    + " \"Tidak\" target and no earlier row matches its text: it goes back to the row before it, step "
                    + before.number + "; write \"Tidak: n\" in its Keterangan");
        } else {
            out.add(Severity.ERROR, DECISION_NO_MISSING, d.line, 1, "step " + d.number + " (DECISION) has no \"Tidak\""
                    + " target and no earlier row to go back to: write \"Tidak: n\" in its Keterangan");
            out.told(ProblemCode.DECISION_WITHOUT_NO, d.number);
        }
    }
}
