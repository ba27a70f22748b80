package io.github.tertib.text;

import io.github.tertib.internal.IndonesianWords;
import io.github.tertib.sop.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tertib's annotations in a Keterangan cell: what the printed table cannot say, written in square
 * brackets as clauses separated by ";", such as {@code [Ya: 4; Tidak: 2; Dapat ditunda]}. The
 * targets of a decision and the next step may also be written bare: {@code Ya: 4; Tidak: 2}.
 */
final class Annotations {

    /**
     * A bracketed group. The white space before it goes with it, but is found by walking back from the
     * bracket: a leading {@code \s*} in the pattern made {@code find()} rescan a run of white space from
     * each of its characters, quadratic in the run.
     */
    private static final Pattern GROUP = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern TARGET = Pattern.compile("(ya|tidak|lanjut)\\s*(?::|=|->|\u2192)\\s*(\\d{1,9})");
    private static final Pattern KIND = Pattern.compile("simbol\\s*[:=]\\s*(\\p{L}+)");
    /** A bare target: not followed by a word other than another target, so "Tidak: 3 hari" is prose. */
    private static final Pattern BARE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(ya|tidak|lanjut)\\s*(?::|=|->|\u2192)"
            + "\\s*(\\d{1,9})(?![\\p{N}])(?!\\s*(?!(?:ya|tidak|lanjut)(?![\\p{L}]))\\p{L})\\s*[;,]?");
    /** Where a bare target's separator starts, for escaping it in notes. */
    private static final Pattern BARE_SEPARATOR = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(ya|tidak|lanjut)(\\s*)"
            + "(:|=|->|\u2192)");

    private Annotations() {
    }

    /** What the bracketed groups of a Keterangan say, and the note left when they are taken out. */
    static final class Read {
        String rest;
        Integer yes;
        Integer no;
        Integer next;
        Boolean pausable;
        boolean definitiveOnly;
        boolean separateActors;
        StepKind kind;
        String kindWord;
        final List<String> unknown = new ArrayList<>();
        final List<String> found = new ArrayList<>();
    }

    /**
     * Takes the bracketed annotation groups out of a raw Keterangan. A group counts as an annotation when
     * at least one of its clauses is understood; a group of none stays in the note as text.
     */
    static Read brackets(String raw) {
        Read r = new Read();
        StringBuilder rest = new StringBuilder();
        Matcher m = GROUP.matcher(raw);
        int last = 0;
        while (m.find()) {
            Read candidate = new Read();
            boolean any = false;
            for (String clause : m.group(1).split(";")) {
                String c = Markup.collapse(Markup.decode(Markup.collapse(clause))).toLowerCase(Locale.ROOT);
                if (c.isEmpty()) {
                    continue;
                }
                if (clause(c, candidate)) {
                    any = true;
                    candidate.found.add(c);
                } else {
                    candidate.unknown.add(Markup.collapse(Markup.decode(clause)));
                }
            }
            if (any) {
                merge(candidate, r);
                int start = m.start();
                while (start > last && isPatternSpace(raw.charAt(start - 1))) {
                    start--;
                }
                rest.append(raw, last, start).append(' ');
                last = m.end();
            }
        }
        rest.append(raw, last, raw.length());
        r.rest = rest.toString();
        return r;
    }

    /** White space as {@code \s} of a pattern without flags reads it. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void merge(Read from, Read into) {
        into.yes = from.yes != null ? from.yes : into.yes;
        into.no = from.no != null ? from.no : into.no;
        into.next = from.next != null ? from.next : into.next;
        into.pausable = from.pausable != null ? from.pausable : into.pausable;
        into.definitiveOnly |= from.definitiveOnly;
        into.separateActors |= from.separateActors;
        if (from.kind != null) {
            into.kind = from.kind;
            into.kindWord = from.kindWord;
        }
        into.unknown.addAll(from.unknown);
        into.found.addAll(from.found);
    }

    private static boolean clause(String c, Read r) {
        Matcher t = TARGET.matcher(c);
        if (t.matches()) {
            int n = Integer.parseInt(t.group(2));
            switch (t.group(1)) {
                case "ya" -> r.yes = n;
                case "tidak" -> r.no = n;
                default -> r.next = n;
            }
            return true;
        }
        Matcher k = KIND.matcher(c);
        if (k.matches()) {
            StepKind kind = kindWord(k.group(1));
            if (kind == null) {
                return false;
            }
            r.kind = kind;
            r.kindWord = k.group(1);
            return true;
        }
        switch (c) {
            case IndonesianWords.PAUSABLE, "bisa ditunda", "boleh ditunda" -> r.pausable = true;
            case "tidak " + IndonesianWords.PAUSABLE, "tidak bisa ditunda", "tidak boleh ditunda" -> r.pausable = false;
            case IndonesianWords.DEFINITIVE_ONLY, "hanya " + IndonesianWords.DEFINITIVE_ONLY, "tanpa plt/plh" ->
                r.definitiveOnly = true;
            case IndonesianWords.SEPARATE_ACTORS, "empat mata" -> r.separateActors = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static StepKind kindWord(String w) {
        return switch (w) {
            case "mulai", "start" -> StepKind.START;
            case "proses", "process" -> StepKind.PROCESS;
            case "keputusan", "decision" -> StepKind.DECISION;
            case "selesai", "end" -> StepKind.END;
            default -> null;
        };
    }

    /** A bare target found in a note. */
    record Bare(String word, int target, int start, int end) {
    }

    /** Finds the bare targets ("Ya: 4", "Tidak: 2", "Lanjut: 5") of a raw note. */
    static List<Bare> bare(String raw) {
        List<Bare> out = new ArrayList<>();
        Matcher m = BARE.matcher(raw);
        while (m.find()) {
            out.add(new Bare(m.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(m.group(2)), m.start(), m.end()));
        }
        return out;
    }

    /** Escapes a note so that no part of it reads as an annotation: brackets and target separators. */
    static String escapeNote(String note) {
        String e = Markup.escape(note, "[]*");
        Matcher m = BARE_SEPARATOR.matcher(e);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int sep = m.start(3);
            b.append(e, last, sep).append("&#").append((int) e.charAt(sep)).append(';');
            last = sep + 1;
        }
        return b.append(e, last, e.length()).toString();
    }

    /** The word the writer uses for a kind in a "Simbol" clause. */
    static String word(StepKind kind) {
        return switch (kind) {
            case START -> "mulai";
            case PROCESS -> "proses";
            case DECISION -> "keputusan";
            case END -> "selesai";
        };
    }

    /** The annotation clauses of a step, as the writer writes them. */
    static Optional<String> group(List<String> clauses) {
        return clauses.isEmpty() ? Optional.empty() : Optional.of("[" + String.join("; ", clauses) + "]");
    }
}
