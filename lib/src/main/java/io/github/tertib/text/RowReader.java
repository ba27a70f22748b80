package io.github.tertib.text;

import static io.github.tertib.text.DiagnosticCode.ANNOTATION_IGNORED;
import static io.github.tertib.text.DiagnosticCode.ANNOTATION_UNKNOWN;
import static io.github.tertib.text.DiagnosticCode.CELL_OUTSIDE_COLUMNS;
import static io.github.tertib.text.DiagnosticCode.END_TIME_IGNORED;
import static io.github.tertib.text.DiagnosticCode.HTML_CONVERTED;
import static io.github.tertib.text.DiagnosticCode.MIXED_SYMBOLS;
import static io.github.tertib.text.DiagnosticCode.NO_SYMBOL;
import static io.github.tertib.text.DiagnosticCode.NUMBERED_ITEMS_SPLIT;
import static io.github.tertib.text.DiagnosticCode.PAUSABLE_INFERRED;
import static io.github.tertib.text.DiagnosticCode.TERMINATOR_SLIPPED;
import static io.github.tertib.text.DiagnosticCode.TIME_SLIPPED;
import static io.github.tertib.text.DiagnosticCode.TIME_TEXT_UNREADABLE;
import static io.github.tertib.text.Diagnostics.clip;
import static io.github.tertib.text.Diagnostics.quoteAll;

import io.github.tertib.TertibParseException;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one row of the flowchart table into its step: the parts from the actor cells, the kind from
 * the symbol words (or a terminator word that slipped out of its column), the Mutu Baku cells, the
 * note and its annotations, and the flags; telling what it corrected or inferred.
 */
final class RowReader {

    /** The Mutu Baku cells in the order they are read: Kelengkapan, Waktu, Output. */
    private static final String[] MUTU_BAKU = {"Kelengkapan", "Waktu", "Output"};
    private static final int KELENGKAPAN = 0;
    private static final int WAKTU = 1;
    private static final int OUTPUT = 2;

    /** A terminator word found in a Mutu Baku cell: the kind it names, the cell as told, and its column. */
    private record Slipped(StepKind kind, String cell, int column) {
    }

    private final Columns columns;
    private final Diagnostics out;
    private final int[] mutuBakuColumns;

    RowReader(Columns columns, Diagnostics out) {
        this.columns = columns;
        this.out = out;
        this.mutuBakuColumns = new int[] {columns.kelengkapan(), columns.waktu(), columns.output()};
    }

    /** Reads a row's cells into its activity, parts, kind, time, lists, note, targets and flags. */
    void read(Row r) {
        warnCellsOutsideColumns(r);
        r.activity = Markup.text(r.cell(1).replace("**", ""));
        List<String> labels = readParts(r);
        int ket = columns.keterangan();
        Annotations.Read a = Annotations.brackets(ket >= 0 ? r.cell(ket).replace("**", "") : "");
        String[] mb = new String[3];
        for (int i = 0; i < 3; i++) {
            mb[i] = mutuBakuColumns[i] >= 0 ? r.cell(mutuBakuColumns[i]) : "";
        }
        Optional<Slipped> slipped = slippedTerminator(r, mb);
        readKind(r, a, labels, slipped);
        readTime(r, mb);
        r.requirements = cellList(r, mb[KELENGKAPAN], columns.kelengkapan(), MUTU_BAKU[KELENGKAPAN]);
        r.outputs = cellList(r, mb[OUTPUT], columns.output(), MUTU_BAKU[OUTPUT]);
        readNote(r, a);
        readTargets(r, a);
        readFlags(r, a);
    }

    private void warnCellsOutsideColumns(Row r) {
        for (int i = 0; i < r.cells.size(); i++) {
            if (!columns.known().contains(i) && !Markup.collapse(r.cell(i).replace("**", "")).isEmpty()) {
                out.add(Severity.WARNING, CELL_OUTSIDE_COLUMNS, r.line, r.column(i), "row " + r.number + " has \""
                        + clip(Markup.text(r.cell(i))) + "\" in column " + r.column(i) + ", which has no heading: it is"
                        + " ignored; check the number of tabs in the row");
            }
        }
    }

    /** Reads the parts from the actor cells and returns their labels, the words that give the kind. */
    private List<String> readParts(Row r) {
        List<String> labels = new ArrayList<>();
        for (Columns.RoleColumn rc : columns.roles()) {
            String label = Markup.text(r.cell(rc.index()).replace("**", ""));
            if (!label.isEmpty()) {
                r.parts.add(new Row.Part(rc.role(), label, r.column(rc.index())));
                labels.add(label);
            }
        }
        return labels;
    }

    /** Finds the first Mutu Baku cell that holds a terminator word, and empties it. */
    private Optional<Slipped> slippedTerminator(Row r, String[] mb) {
        for (int i = 0; i < 3; i++) {
            Optional<StepKind> t = Words.slippedTerminator(mb[i]);
            if (t.isPresent()) {
                Slipped s = new Slipped(t.get(), MUTU_BAKU[i] + " \"" + Markup.text(mb[i]) + "\"",
                        r.column(mutuBakuColumns[i]));
                mb[i] = "";
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The kind: an annotation first, then the symbol words, then a slipped terminator word. */
    private void readKind(Row r, Annotations.Read a, List<String> labels, Optional<Slipped> slipped) {
        Words.Symbols symbols = Words.kindOfLabels(labels);
        if (a.kind != null) {
            r.kind = a.kind;
        } else if (symbols.kind().isPresent()) {
            r.kind = symbols.kind().get();
            if (symbols.mixed()) {
                out.add(Severity.WARNING, MIXED_SYMBOLS, r.line, 1, "row " + r.number + " has symbol words of"
                        + " different kinds " + quoteAll(labels) + ": read as " + r.kind + "; write \"[Simbol: ...]\""
                        + " in its Keterangan to choose");
            }
            slipped.ifPresent(s -> confirmKind(r, s));
        } else if (slipped.isPresent()) {
            Slipped s = slipped.get();
            r.kind = s.kind();
            out.add(Severity.INFO, TERMINATOR_SLIPPED, r.line, s.column(), "row " + r.number + " has no symbol in its"
                    + " actor columns but the terminator word " + s.cell() + ": read as a " + s.kind()
                    + " step with no part");
        } else {
            r.kind = StepKind.PROCESS;
            r.noSymbol = true;
            out.add(Severity.ERROR, NO_SYMBOL, r.line, 1, "row " + r.number + " has no word in any actor column, so"
                    + " nobody does it: write the symbol word (such as \"Proses\") in the column of the role that"
                    + " does it");
        }
    }

    /** A terminator word beside the symbol words: it confirms the kind, makes a process a terminator, or is ignored. */
    private void confirmKind(Row r, Slipped s) {
        if (s.kind() == r.kind) {
            out.add(Severity.INFO, TERMINATOR_SLIPPED, r.line, s.column(), "row " + r.number + " has the"
                    + " terminator word " + s.cell() + " outside the actor columns: read as the"
                    + " terminator's word slipped from its column, confirming the " + r.kind + " step");
        } else if (r.kind == StepKind.PROCESS) {
            r.kind = s.kind();
            out.add(Severity.INFO, TERMINATOR_SLIPPED, r.line, s.column(), "row " + r.number + " has the"
                    + " terminator word " + s.cell() + " outside the actor columns: read as a " + s.kind()
                    + " step whose word slipped from its column");
        } else {
            out.add(Severity.WARNING, MIXED_SYMBOLS, r.line, s.column(), "row " + r.number + " is a " + r.kind
                    + " by its actor cells but has the terminator word " + s.cell() + ": the terminator"
                    + " word is ignored");
        }
    }

    /** The Waktu, or a time that slipped into Kelengkapan or Output of a row without one. */
    private void readTime(Row r, String[] mb) {
        if (Markup.collapse(mb[WAKTU]).isEmpty() && r.kind != StepKind.END) {
            for (int i : new int[] {KELENGKAPAN, OUTPUT}) {
                Optional<TimeStandard> t = slippedTime(mb[i]);
                if (t.isPresent()) {
                    out.add(Severity.WARNING, TIME_SLIPPED, r.line, r.column(mutuBakuColumns[i]), "row " + r.number
                            + " has no Waktu, but its " + MUTU_BAKU[i] + " \"" + t.get() + "\" is a time: read as the"
                            + " Waktu; check the tabs of the row");
                    mb[WAKTU] = mb[i];
                    mb[i] = "";
                    break;
                }
            }
        }
        String waktu = Markup.text(mb[WAKTU]);
        if (waktu.isEmpty() || waktu.equals("-")) {
            return;
        }
        int column = r.column(columns.waktu());
        if (r.kind == StepKind.END) {
            out.add(Severity.WARNING, END_TIME_IGNORED, r.line, column, "row " + r.number + " is an END,"
                    + " which needs no action and carries no time: its Waktu \"" + clip(waktu) + "\" is ignored");
        } else {
            try {
                r.time = TimeStandard.parse(waktu);
            } catch (TertibParseException e) {
                out.add(Severity.WARNING, TIME_TEXT_UNREADABLE, r.line, column, "row " + r.number + ": "
                        + e.getMessage() + "; the step is left without a time");
            }
        }
    }

    /** A Kelengkapan or Output cell (raw) that holds nothing but a time, as a Waktu that slipped a column. */
    static Optional<TimeStandard> slippedTime(String raw) {
        String plain = Markup.plain(raw.replace("**", ""));
        if (plain.isEmpty() || !Character.isDigit(plain.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimeStandard.parse(plain));
        } catch (TertibParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The note: the Keterangan without its bracketed annotations and without the bare ones that apply to
     * the row's kind ("Ya: n", "Tidak: n" on a decision, "Lanjut: n" on a start or process), which join
     * the annotations.
     */
    private void readNote(Row r, Annotations.Read a) {
        String rest = a.rest;
        List<Annotations.Bare> bare = Annotations.bare(rest);
        StringBuilder kept = new StringBuilder();
        int last = 0;
        for (Annotations.Bare b : bare) {
            boolean decision = r.kind == StepKind.DECISION && (b.word().equals("ya") || b.word().equals("tidak"));
            boolean next = (r.kind == StepKind.START || r.kind == StepKind.PROCESS) && b.word().equals("lanjut");
            if (!decision && !next) {
                continue;
            }
            if (b.word().equals("ya") && a.yes == null) {
                a.yes = b.target();
            } else if (b.word().equals("tidak") && a.no == null) {
                a.no = b.target();
            } else if (b.word().equals("lanjut") && a.next == null) {
                a.next = b.target();
            }
            kept.append(rest, last, b.start()).append(' ');
            last = b.end();
        }
        kept.append(rest, last, rest.length());
        r.note = Markup.text(kept.toString());
        for (String u : a.unknown) {
            out.add(Severity.WARNING, ANNOTATION_UNKNOWN, r.line, r.column(columns.keterangan()), "row " + r.number
                    + " has the annotation \"" + clip(u) + "\", which Tertib does not know: it is ignored; see"
                    + " docs/text-form.md for the annotations (Ya: n; Tidak: n; Lanjut: n; Dapat ditunda; ...)");
        }
    }

    /** The targets the annotations give, those that apply to the row's kind. */
    private void readTargets(Row r, Annotations.Read a) {
        if (r.kind == StepKind.DECISION) {
            r.yes = a.yes;
            r.no = a.no;
            if (a.next != null) {
                ignored(r, "Lanjut: " + a.next, "a DECISION goes on by its answer; write Ya: n and Tidak: n");
            }
        } else {
            if (a.yes != null || a.no != null) {
                ignored(r, "Ya/Tidak", "only a DECISION branches");
            }
            if (r.kind == StepKind.END) {
                if (a.next != null) {
                    ignored(r, "Lanjut: " + a.next, "a case ends at an END");
                }
            } else {
                r.next = a.next;
            }
        }
    }

    /** The flags the annotations give, and a pause the Keterangan's words imply; none on an END. */
    private void readFlags(Row r, Annotations.Read a) {
        if (r.kind == StepKind.END) {
            if (Boolean.TRUE.equals(a.pausable) || a.definitiveOnly || a.separateActors) {
                ignored(r, "flags", "nobody acts on an END");
            }
            return;
        }
        r.definitiveOnly = a.definitiveOnly;
        r.separateActors = a.separateActors;
        if (a.pausable != null) {
            r.pausable = a.pausable;
        } else if (Words.impliesPause(r.note)) {
            r.pausable = true;
            out.add(Severity.INFO, PAUSABLE_INFERRED, r.line, r.column(columns.keterangan()), "row " + r.number
                    + "'s Keterangan says \"" + Words.pausePhrase(r.note) + "\": a case may be suspended at step "
                    + r.number + "; write \"[Tidak dapat ditunda]\" in its Keterangan to say otherwise");
        }
    }

    private void ignored(Row r, String what, String why) {
        out.add(Severity.WARNING, ANNOTATION_IGNORED, r.line, r.column(columns.keterangan()), "row " + r.number + " ("
                + r.kind + ") has the annotation " + what + ", which does not apply: " + why);
    }

    private List<String> cellList(Row r, String raw, int col, String name) {
        if (col < 0) {
            return List.of();
        }
        Markup.Items items = Markup.items(raw.replace("**", ""));
        if (items.html() || items.numbered()) {
            out.add(Severity.INFO, items.html() ? HTML_CONVERTED : NUMBERED_ITEMS_SPLIT, r.line, r.column(col), "row "
                    + r.number + "'s " + name + " is read as the list " + quoteAll(items.items()));
        }
        return items.items();
    }
}
