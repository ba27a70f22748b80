package io.github.tertib.text;

import io.github.tertib.TertibParseException;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Problem;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.text.Diagnostic.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the text form of an SOP AP document (see {@code docs/text-form.md}); package-private machinery
 * of {@link SopText#read(String)}. One instance reads one text.
 */
final class TextReader {

    /** Where diagnostics go. */
    interface Sink {
        void add(Severity severity, String code, int line, int column, String message);
    }

    /** A cell of a tab-separated line: its raw text and the column (from 1) where it starts. */
    record Cell(String raw, int column) {
    }

    /** A field's value as written: raw text and where. */
    private record Value(String raw, int line, int column) {
    }

    /** A labelled line: the field, the value after the label, where the value starts, and whether a paragraph follows. */
    record LabelLine(Field field, String value, int column, boolean paragraph) {
    }

    /** An actor column of the table. */
    private record RoleColumn(int index, Role role, int line, int column) {
    }

    /** A part read from an actor cell. */
    private record Part(Role role, String label, int column) {
    }

    /** One numbered row of the flowchart table (with the unnumbered rows that continue it). */
    private static final class Row {
        final int number;
        final int line;
        final List<StringBuilder> cells = new ArrayList<>();
        final List<Integer> columns = new ArrayList<>();
        StepKind kind;
        String activity;
        final List<Part> parts = new ArrayList<>();
        TimeStandard time;
        List<String> requirements = List.of();
        List<String> outputs = List.of();
        String note = "";
        Integer yes;
        Integer no;
        Integer next;
        boolean pausable;
        boolean definitiveOnly;
        boolean separateActors;
        boolean noSymbol;

        Row(int number, int line) {
            this.number = number;
            this.line = line;
        }

        String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).toString() : "";
        }

        int column(int i) {
            return i >= 0 && i < columns.size() ? columns.get(i) : 1;
        }

        void add(List<Cell> more) {
            for (int i = 0; i < more.size(); i++) {
                if (i < cells.size()) {
                    if (!more.get(i).raw().isBlank()) {
                        cells.get(i).append(' ').append(more.get(i).raw());
                    }
                } else {
                    cells.add(new StringBuilder(more.get(i).raw()));
                    columns.add(more.get(i).column());
                }
            }
        }
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,9})\\s*[.)]?");
    private static final Pattern EXPLICIT_ID = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]*)\\]$");
    private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern TITLE = Pattern.compile("(?is)^(.*?)\\s*(?<![\\p{L}])SOP(?![\\p{L}])\\s*(.*)$");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?i)^(standar\\s+operasional\\s+prosedur(\\s+administrasi\\s+pemerintahan)?|sop(\\s+ap)?)$");

    private final String[] lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Sink sink = (s, c, l, col, m) -> diagnostics.add(new Diagnostic(s, c, l, col, m));

    private final Map<Field, Value> fields = new EnumMap<>(Field.class);
    private final String[] org = {"", "", "", ""};
    private String titleNumber = "";
    private String titleName = "";
    private String titleText = "";
    private int titleLine;

    private int headerLine;
    private final List<RoleColumn> roleColumns = new ArrayList<>();
    private final Set<Integer> knownColumns = new HashSet<>();
    private int kelCol = -1;
    private int waktuCol = -1;
    private int outCol = -1;
    private int ketCol = -1;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    TextReader(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = t.split("\r\n|\r|\n", -1);
    }

    private void add(Severity s, String code, int line, int column, String message) {
        sink.add(s, code, line, column, message);
    }

    // =================================================================== the whole text

    SopTextResult read() {
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (isHeaderRow(lines[i])) {
                header = i;
                break;
            }
        }
        readPreamble(header < 0 ? lines.length : header);
        if (header < 0) {
            add(Severity.ERROR, "NO_TABLE", 0, 0, "the text has no flowchart table: write its header row,"
                    + " \"NO<TAB>KEGIATAN<TAB>Pelaksana ...\", then one row per activity");
        } else {
            headerLine = header + 1;
            readTable(header);
        }
        Optional<SopDefinition> definition = build(header >= 0);
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (sorted.stream().anyMatch(Diagnostic::isError)) {
            definition = Optional.empty();
        }
        return new SopTextResult(definition, sorted);
    }

    // =================================================================== headings and identity

    /** Splits a line at its tabs. */
    static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                out.add(new Cell(line.substring(start), start + 1));
                return out;
            }
            out.add(new Cell(line.substring(start, tab), start + 1));
            start = tab + 1;
        }
    }

    /** Whether a line is the first header row of the flowchart table: "NO", "KEGIATAN", .... */
    static boolean isHeaderRow(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        List<Cell> c = cells(line);
        String a = Field.normalize(Markup.text(c.get(0).raw()));
        String b = Field.normalize(Markup.text(c.get(1).raw()));
        return (a.equals("nomor") || a.equals("nomor urut")) && (b.contains("kegiatan") || b.contains("aktivitas")
                || b.equals("uraian"));
    }

    /**
     * Reads a line as a labelled field, if it is one: "Label&lt;TAB&gt;value", "Label : value", or a
     * label alone (with or without a colon) that opens a paragraph.
     */
    static Optional<LabelLine> labelLine(String line) {
        int tab = line.indexOf('\t');
        if (tab >= 0) {
            Optional<Field> f = Field.of(line.substring(0, tab));
            if (f.isEmpty()) {
                return Optional.empty();
            }
            String value = line.substring(tab + 1);
            return Optional.of(new LabelLine(f.get(), value, tab + 2, value.isBlank()));
        }
        String plain = line.replace("**", "");
        int colon = plain.indexOf(':');
        if (colon > 0) {
            Optional<Field> f = Field.of(plain.substring(0, colon));
            if (f.isPresent()) {
                String value = plain.substring(colon + 1);
                int column = line.indexOf(':') + 2;
                boolean direct = !value.isBlank()
                        && (f.get().kind == Field.Kind.DATE || f.get().kind == Field.Kind.SCALAR && f.get() != Field.WARNING);
                return Optional.of(new LabelLine(f.get(), value, Math.max(column, 1), !direct));
            }
        }
        Optional<Field> f = Field.of(plain);
        if (f.isPresent() && !f.get().isOrganization() && f.get().kind != Field.Kind.DATE
                && f.get().kind != Field.Kind.ROLES && !Markup.collapse(plain).isEmpty()) {
            return Optional.of(new LabelLine(f.get(), "", 1, true));
        }
        return Optional.empty();
    }

    /** How a heading line was read. */
    enum HeadingKind {
        SET, REPEATED, CONTINUED, GUESSED, IGNORED, TITLE
    }

    /** The reading of one heading line. */
    record HeadingLine(int index, HeadingKind kind, Words.Level level, String text) {
    }

    /** Whether a text (decoded) is a title line "V. 4. SOP NAME". */
    static boolean isTitle(String text) {
        return TITLE.matcher(text).matches();
    }

    /**
     * Reads heading lines (bold markup allowed) into the levels of the organisation path: a line opening
     * with a level word (Pemerintah, Dinas, Bidang, Seksi, ...) sets that level; a line without one
     * continues the line before it.
     */
    static List<HeadingLine> headings(List<String> raws, String[] values) {
        List<HeadingLine> out = new ArrayList<>();
        Words.Level last = null;
        for (int i = 0; i < raws.size(); i++) {
            String text = Markup.text(raws.get(i).replace("**", ""));
            if (text.isEmpty()) {
                continue;
            }
            if (DOCUMENT_TITLE.matcher(text).matches()) {
                out.add(new HeadingLine(i, HeadingKind.IGNORED, null, text));
                continue;
            }
            if (isTitle(text) && Words.levelOf(text).isEmpty()) {
                out.add(new HeadingLine(i, HeadingKind.TITLE, null, text));
                continue;
            }
            Optional<Words.Level> level = Words.levelOf(text);
            HeadingKind kind;
            Words.Level l;
            if (level.isPresent()) {
                l = level.get();
                kind = values[l.ordinal()].isEmpty() ? HeadingKind.SET : HeadingKind.REPEATED;
            } else if (last != null) {
                l = last;
                kind = HeadingKind.CONTINUED;
            } else {
                l = Words.Level.GOVERNMENT;
                kind = HeadingKind.GUESSED;
            }
            values[l.ordinal()] = values[l.ordinal()].isEmpty() ? text : values[l.ordinal()] + " " + text;
            last = l;
            out.add(new HeadingLine(i, kind, l, text));
        }
        return out;
    }

    private void readPreamble(int end) {
        List<String> headingRaws = new ArrayList<>();
        List<Integer> headingIndexes = new ArrayList<>();
        boolean identity = false;
        Field paragraph = null;
        int paragraphLine = 0;
        StringBuilder paragraphText = new StringBuilder();
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            if (Markup.collapse(line.replace("**", "")).isEmpty()) {
                continue;
            }
            Optional<LabelLine> label = labelLine(line);
            if (label.isPresent()) {
                if (paragraph != null) {
                    setField(paragraph, paragraphText.toString(), paragraphLine, 1);
                }
                paragraph = null;
                identity = true;
                LabelLine l = label.get();
                if (l.paragraph()) {
                    paragraph = l.field();
                    paragraphLine = i + 1;
                    paragraphText.setLength(0);
                    if (!l.value().isBlank()) {
                        paragraphText.append(l.value());
                    }
                } else {
                    setField(l.field(), l.value(), i + 1, l.column());
                }
                continue;
            }
            if (paragraph != null) {
                if (paragraphText.length() > 0) {
                    paragraphText.append('\n');
                }
                paragraphText.append(line);
                continue;
            }
            String text = Markup.text(line.replace("**", ""));
            if (line.indexOf('\t') >= 0 && !isTitle(text)) {
                String first = Markup.text(line.substring(0, line.indexOf('\t')));
                add(Severity.WARNING, "UNKNOWN_LABEL", i + 1, 1, "line " + (i + 1) + " has the label \"" + clip(first)
                        + "\", which is not a field of the identity section: it is ignored; use one of "
                        + knownLabels());
                continue;
            }
            if (!identity) {
                headingRaws.add(line);
                headingIndexes.add(i);
            } else if (isTitle(text)) {
                readTitle(text, i + 1);
            } else {
                add(Severity.WARNING, "UNKNOWN_LINE", i + 1, 1, "line " + (i + 1) + " \"" + clip(text)
                        + "\" is not part of the text form (not a label, a paragraph of one, the title or the table):"
                        + " it is ignored");
            }
        }
        if (paragraph != null) {
            setField(paragraph, paragraphText.toString(), paragraphLine, 1);
        }
        readHeadings(headingRaws, headingIndexes);
    }

    private static String knownLabels() {
        return "Nomor SOP, Tanggal Pembuatan, Tanggal Revisi, Tanggal Efektif, Disahkan oleh, Nama SOP, Dasar Hukum,"
                + " Keterkaitan, Peringatan, Kualifikasi Pelaksana, Peralatan/Perlengkapan, Pencatatan dan Pendataan,"
                + " Dapat dibatalkan oleh";
    }

    private void readHeadings(List<String> raws, List<Integer> indexes) {
        String[] values = {"", "", "", ""};
        for (HeadingLine h : headings(raws, values)) {
            int line = indexes.get(h.index()) + 1;
            String level = h.level() == null ? "" : levelName(h.level());
            switch (h.kind()) {
                case CONTINUED -> add(Severity.INFO, "HEADING_CONTINUED", line, 1, "heading line \"" + clip(h.text())
                        + "\" opens with no level word (Pemerintah, Dinas, Bidang, Seksi, ...): read as the"
                        + " continuation of the " + level + " above it");
                case GUESSED -> add(Severity.INFO, "HEADING_GUESSED", line, 1, "heading line \"" + clip(h.text())
                        + "\" opens with no level word (Pemerintah, Dinas, Bidang, Seksi, ...): read as the"
                        + " government; write \"Pemerintah<TAB>...\" to say otherwise");
                case REPEATED -> add(Severity.WARNING, "HEADING_REPEATED", line, 1, "heading line \"" + clip(h.text())
                        + "\" names a second " + level + ": joined to the first; write one line per level");
                case IGNORED -> add(Severity.INFO, "HEADING_IGNORED", line, 1, "heading line \"" + clip(h.text())
                        + "\" is the title of the document form, not a level of the organisation: ignored");
                case TITLE -> readTitle(h.text(), line);
                case SET -> {
                    // the heading set its level: nothing to tell
                }
            }
        }
        Field[] levels = {Field.GOVERNMENT, Field.AGENCY, Field.DIVISION, Field.SECTION};
        for (int i = 0; i < 4; i++) {
            Value labelled = fields.get(levels[i]);
            if (labelled != null) {
                String v = Markup.text(labelled.raw());
                if (!values[i].isEmpty() && !values[i].equals(v)) {
                    add(Severity.WARNING, "DUPLICATE_FIELD", labelled.line(), labelled.column(), "the "
                            + levelName(Words.Level.values()[i]) + " is given by a heading line (\"" + clip(values[i])
                            + "\") and by the label " + levels[i].label + " (\"" + clip(v) + "\"): the label is kept");
                }
                org[i] = v;
            } else {
                org[i] = values[i];
            }
        }
    }

    private static String levelName(Words.Level level) {
        return switch (level) {
            case GOVERNMENT -> "government (Pemerintah)";
            case AGENCY -> "agency (instansi)";
            case DIVISION -> "division (bidang)";
            case SECTION -> "section (seksi)";
        };
    }

    private void readTitle(String text, int line) {
        if (titleLine != 0) {
            add(Severity.WARNING, "UNKNOWN_LINE", line, 1, "line " + line + " \"" + clip(text) + "\" is a second title"
                    + " line (the first is line " + titleLine + "): it is ignored");
            return;
        }
        Matcher m = TITLE.matcher(text);
        if (m.matches()) {
            titleLine = line;
            titleText = text;
            titleNumber = m.group(1).strip();
            titleName = m.group(2).strip();
        }
    }

    private void setField(Field field, String raw, int line, int column) {
        Value old = fields.get(field);
        if (old != null) {
            add(Severity.WARNING, "DUPLICATE_FIELD", line, column, field.label + " is given again on line " + line
                    + ": the value on line " + old.line() + " is kept; remove one of them");
            return;
        }
        fields.put(field, new Value(raw, line, column));
    }

    // =================================================================== identity values

    private String scalar(Field f) {
        Value v = fields.get(f);
        if (v == null) {
            return "";
        }
        String t = Markup.text(v.raw());
        if (Markup.collapse(v.raw()).equals("-")) {
            return "";
        }
        if (Markup.hasHtml(v.raw())) {
            add(Severity.INFO, "HTML_CONVERTED", v.line(), v.column(), f.label + " holds HTML: read as the plain text \""
                    + clip(t) + "\"");
        }
        return t;
    }

    private List<String> list(Field f) {
        Value v = fields.get(f);
        if (v == null) {
            return List.of();
        }
        Markup.Items items = Markup.items(v.raw());
        if (items.html()) {
            add(Severity.INFO, "HTML_CONVERTED", v.line(), v.column(), f.label + " holds HTML: read as the list "
                    + quoteAll(items.items()));
        }
        if (items.numbered()) {
            add(Severity.INFO, "NUMBERED_ITEMS_SPLIT", v.line(), v.column(), f.label + " holds numbered items on one"
                    + " line (\"1. ... 2. ...\"): read as " + items.items().size() + " items");
        }
        return items.items();
    }

    private Optional<LocalDate> date(Field f) {
        Value v = fields.get(f);
        if (v == null) {
            return Optional.empty();
        }
        String t = Markup.text(v.raw());
        if (t.isEmpty() || t.equals("-")) {
            return Optional.empty();
        }
        Optional<LocalDate> d = Words.date(t);
        if (d.isEmpty()) {
            add(Severity.WARNING, "DATE_UNREADABLE", v.line(), v.column(), f.label + " \"" + clip(t) + "\" is not a"
                    + " date Tertib can read: it is left out; write it as \"11 September 2017\" or \"2017-09-11\"");
        }
        return d;
    }

    private static final Pattern NIP_BLOCK = Pattern.compile("(?i)^NIP(?![\\p{L}])\\s*\\.?\\s*:?\\s*(.*)$");
    private static final Pattern NIP_INLINE = Pattern.compile("(?i)(?<![\\p{L}])NIP(?![\\p{L}])\\s*\\.?\\s*:?\\s*(\\S.*)$");
    private static final Pattern SIGNATURE_MARK = Pattern.compile(
            "(?i)^\\(?\\s*(ttd|dto|cap|ttd\\s*/\\s*cap|ttd\\s+dan\\s+cap|ttd\\s*&\\s*cap)\\s*\\.?\\s*\\)?$");

    /** How a raw block of the Disahkan oleh value is read. */
    static boolean isNipBlock(String raw) {
        return NIP_BLOCK.matcher(raw).matches();
    }

    static boolean isSignatureMark(String raw) {
        return SIGNATURE_MARK.matcher(raw).matches();
    }

    private static final Pattern RANK_LIKE = Pattern.compile(
            "(?i)^((juru|pengatur|penata|pembina)(?![\\p{L}])|(IV|III|II|I)\\s*/\\s*[a-e](?![\\p{L}]))");

    /** Whether a raw block is written like a rank (a pangkat word first, or a golongan such as IV/b). */
    static boolean looksLikeRank(String raw) {
        return RANK_LIKE.matcher(raw).find();
    }

    static Optional<Rank> rank(String raw) {
        try {
            return Optional.of(Rank.parse(raw));
        } catch (TertibParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The most words a written rank can have that are not mere punctuation: a pangkat of at most four
     * words ("Juru Muda Tingkat I") and a golongan of at most three ("IV / b").
     */
    private static final int RANK_WORDS = 7;

    /**
     * Finds the longest suffix of a name's words that reads as a rank: the index of its first word, at
     * least 1 so that a name is left, or 0 if there is none. Only suffixes of at most {@link #RANK_WORDS}
     * words other than "(", ")" and "," can be a rank, and such a word at a suffix's start reads as the
     * suffix after it; so {@link Rank#parse} is tried a bounded number of times, not once per word
     * (which made a long name quadratic).
     */
    static int rankSuffix(String[] tokens) {
        int words = 0;
        int from = tokens.length;
        while (from > 1 && words < RANK_WORDS) {
            from--;
            if (!isPunctuation(tokens[from])) {
                words++;
            }
        }
        while (from > 1 && isPunctuation(tokens[from - 1])) {
            from--;
        }
        // a suffix starting before from has more than RANK_WORDS words: no rank
        int found = 0;
        Optional<Rank> after = Optional.empty();
        for (int i = tokens.length - 1; i >= from; i--) {
            if (!isPunctuation(tokens[i])) {
                after = rank(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, tokens.length)));
            }
            if (after.isPresent()) {
                found = i;
            }
        }
        return found;
    }

    private static boolean isPunctuation(String token) {
        return token.chars().allMatch(c -> c == '(' || c == ')' || c == ',');
    }

    /**
     * Reads the approving official from the Disahkan oleh value: its first paragraph is the post; the
     * last other paragraph that is not a rank, a NIP or a signature mark ("ttd") is the name, those
     * before it continue the post. A rank and a NIP written on the name's line (as in SOP V.4) are split
     * off it.
     */
    static Optional<Signatory> signatory(String raw, int line, int column, Sink sink) {
        List<String> blocks = Markup.rawBlocks(raw);
        if (blocks.isEmpty() || blocks.size() == 1 && blocks.get(0).equals("-")) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        texts.add(blocks.get(0));
        Rank rank = null;
        String nipText = null;
        String badRank = null;
        for (int i = 1; i < blocks.size(); i++) {
            String b = blocks.get(i);
            Matcher nip = NIP_BLOCK.matcher(b);
            Optional<Rank> r = rank(b);
            if (nip.matches()) {
                nipText = nip.group(1);
            } else if (isSignatureMark(b)) {
                continue;
            } else if (r.isPresent() && rank == null) {
                rank = r.get();
            } else if (r.isEmpty() && i > 1 && looksLikeRank(b) && badRank == null) {
                badRank = b;
                try {
                    Rank.parse(Markup.decode(b));
                } catch (TertibParseException e) {
                    sink.add(Severity.WARNING, "RANK_UNREADABLE", line, column, "Disahkan oleh: " + e.getMessage()
                            + "; the official is kept without rank and NIP");
                }
            } else {
                texts.add(b);
            }
        }
        if (texts.size() < 2) {
            sink.add(Severity.WARNING, "SIGNATORY_INCOMPLETE", line, column, "Disahkan oleh gives the post \""
                    + clip(Markup.decode(texts.get(0))) + "\" but no name: the approving official is left out; write"
                    + " the post and the name as separate paragraphs, \"<p>post</p><p>name</p>\"");
            return Optional.empty();
        }
        String name = texts.get(texts.size() - 1);
        String post = String.join(" ", texts.subList(0, texts.size() - 1));
        boolean split = false;
        Matcher inline = NIP_INLINE.matcher(name);
        if (nipText == null && inline.find()) {
            nipText = inline.group(1);
            name = name.substring(0, inline.start()).strip();
            split = true;
        }
        if (rank == null && nipText != null) {
            String[] tokens = name.split(" ");
            int at = rankSuffix(tokens);
            if (at > 0) {
                rank = rank(String.join(" ", java.util.Arrays.copyOfRange(tokens, at, tokens.length))).orElseThrow();
                name = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, at));
                split = true;
            }
        }
        post = Markup.decode(post).strip();
        name = Markup.decode(name).strip();
        if (name.isEmpty() || post.isEmpty()) {
            sink.add(Severity.WARNING, "SIGNATORY_INCOMPLETE", line, column, "Disahkan oleh has no name before its"
                    + " rank and NIP: the approving official is left out; write the name on its own line");
            return Optional.empty();
        }
        if (split) {
            sink.add(Severity.INFO, "SIGNATORY_SPLIT", line, column, "Disahkan oleh writes name, rank and NIP on one"
                    + " line: read as the name \"" + clip(name) + "\"" + (rank == null ? "" : ", the rank "
                    + rank.pangkat() + " (" + rank.golongan() + ")") + " and the NIP \"" + Markup.decode(nipText) + "\"");
        }
        if (badRank != null) {
            return Optional.of(Signatory.of(post, name));
        }
        if (nipText == null) {
            if (rank != null) {
                sink.add(Severity.WARNING, "SIGNATORY_INCOMPLETE", line, column, "Disahkan oleh gives the rank "
                        + rank.pangkat() + " but no NIP: Tertib keeps rank and NIP together, so only the post and the"
                        + " name are kept; add the line \"NIP. ...\"");
            }
            return Optional.of(Signatory.of(post, name));
        }
        String nipDecoded = Markup.decode(nipText).strip();
        Nip nip;
        try {
            nip = Nip.parse(nipDecoded);
        } catch (TertibParseException e) {
            sink.add(Severity.WARNING, "NIP_INVALID", line, column, "Disahkan oleh: " + e.getMessage() + "; the"
                    + " official is kept with post and name only (the NIP as written is \"" + clip(nipDecoded)
                    + "\"); correct the NIP to keep it");
            return Optional.of(Signatory.of(post, name));
        }
        if (rank == null) {
            sink.add(Severity.WARNING, "SIGNATORY_INCOMPLETE", line, column, "Disahkan oleh gives the NIP " + nip
                    + " but no rank Tertib can read: only the post and the name are kept; write the pangkat, such as"
                    + " \"Pembina Tingkat I\", on its own line");
            return Optional.of(Signatory.of(post, name));
        }
        return Optional.of(Signatory.of(post, name, rank, nip));
    }

    // =================================================================== the table

    private void readTable(int header) {
        List<Cell> row1 = cells(lines[header]);
        List<Cell> row2 = null;
        int first = header + 1;
        if (header + 1 < lines.length && lines[header + 1].indexOf('\t') >= 0
                && cells(lines[header + 1]).get(0).raw().isBlank()) {
            row2 = cells(lines[header + 1]);
            first = header + 2;
        }
        readColumns(row1, row2, header + 1);
        if (roleColumns.isEmpty()) {
            add(Severity.ERROR, "NO_ACTOR_COLUMNS", header + 1, 1, "the table header names no actor column: write"
                    + " the roles under \"Pelaksana\" in the second header row, such as \"Kepala Seksi<TAB>Kepala"
                    + " Bidang\"");
            return;
        }
        Row current = null;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            if (Markup.collapse(line.replace("**", "")).isEmpty()) {
                continue;
            }
            List<Cell> cells = cells(line);
            String no = Markup.text(cells.get(0).raw().replace("**", ""));
            Matcher m = ROW_NUMBER.matcher(no);
            if (m.matches()) {
                current = new Row(Integer.parseInt(m.group(1)), i + 1);
                current.add(cells);
                rows.add(current);
            } else if (no.isEmpty() && current != null) {
                current.add(cells);
                add(Severity.INFO, "ROW_CONTINUED", i + 1, 1, "line " + (i + 1) + " has no number in the NO column:"
                        + " read as the continuation of row " + current.number + " (line " + current.line + ")");
            } else {
                add(Severity.WARNING, "ROW_UNREADABLE", i + 1, 1, "line " + (i + 1) + " of the table "
                        + (no.isEmpty() ? "has no number and no row before it" : "opens with \"" + clip(no)
                        + "\", not a step number") + ": it is ignored; open each row with its number, such as \"1.\"");
            }
        }
        if (rows.isEmpty()) {
            add(Severity.ERROR, "NO_ROWS", header + 1, 1, "the flowchart table has no numbered row: write one row per"
                    + " activity, opening with its number, such as \"1.<TAB>Menerima berkas<TAB>...\"");
        }
        int previous = Integer.MIN_VALUE;
        for (Row r : rows) {
            if (r.number <= previous) {
                add(Severity.WARNING, "ROW_ORDER", r.line, 1, "row " + r.number + " comes after row " + previous
                        + ": rows are read in number order, so the default next step of each row is the next number");
            }
            previous = Math.max(previous, r.number);
            interpret(r);
        }
        inferTargets();
    }

    private static String headingText(String raw) {
        return Field.normalize(Markup.plain(raw.replace("**", "")));
    }

    /** The Mutu Baku or Keterangan column a sub-heading (raw) names, if any: for the writer's guard. */
    static boolean isColumnHeading(String raw) {
        String h = headingText(raw);
        return h.startsWith("kelengkapan") || h.startsWith("persyaratan") || h.startsWith("syarat")
                || h.startsWith("waktu") || h.startsWith("output") || h.startsWith("keluaran") || h.startsWith("hasil")
                || isKeterangan(h);
    }

    private void readColumns(List<Cell> row1, List<Cell> row2, int line) {
        List<Cell> sub = row2 != null ? row2 : row1;
        int subLine = row2 != null ? line + 1 : line;
        int mbStart = Integer.MAX_VALUE;
        int actorStart = 2;
        for (int i = 2; i < row1.size(); i++) {
            String h = headingText(row1.get(i).raw());
            if (h.equals("mutu baku")) {
                mbStart = Math.min(mbStart, i);
            } else if (isKeterangan(h)) {
                ketCol = i;
                mbStart = Math.min(mbStart, i);
            } else if (row2 != null && (h.equals("pelaksana") || h.equals("pelaksana kegiatan")) && i == 2) {
                actorStart = i;
            }
        }
        for (int i = 2; i < sub.size(); i++) {
            String h = headingText(sub.get(i).raw());
            if (kelCol < 0 && (h.startsWith("kelengkapan") || h.startsWith("persyaratan") || h.startsWith("syarat"))) {
                kelCol = i;
            } else if (waktuCol < 0 && h.startsWith("waktu")) {
                waktuCol = i;
            } else if (outCol < 0 && (h.startsWith("output") || h.startsWith("keluaran") || h.startsWith("hasil"))) {
                outCol = i;
            } else if (ketCol < 0 && isKeterangan(h)) {
                ketCol = i;
            } else {
                continue;
            }
            mbStart = Math.min(mbStart, i);
        }
        int actorEnd = mbStart == Integer.MAX_VALUE ? sub.size() : Math.min(mbStart, sub.size());
        Set<String> ids = new HashSet<>();
        List<String> read = new ArrayList<>();
        for (int i = actorStart; i < actorEnd; i++) {
            Cell c = sub.get(i);
            String raw = c.raw().replace("**", "");
            String explicit = null;
            Matcher m = EXPLICIT_ID.matcher(Markup.collapse(raw));
            String titleRaw = raw;
            if (m.matches()) {
                titleRaw = m.group(1);
                explicit = Markup.decode(m.group(2)).strip();
            }
            String title = Markup.text(titleRaw);
            if (title.isEmpty()) {
                if (!Markup.collapse(raw).isEmpty() || explicit != null) {
                    add(Severity.WARNING, "ROLE_HEADING_EMPTY", subLine, c.column(), "the actor column at column "
                            + c.column() + " has no title: it is ignored; write the role's title");
                }
                continue;
            }
            String id;
            if (explicit != null && ROLE_ID.matcher(explicit).matches()) {
                id = explicit;
            } else {
                if (explicit != null) {
                    add(Severity.WARNING, "ROLE_ID_INVALID", subLine, c.column(), "the role id \"" + clip(explicit)
                            + "\" of column \"" + clip(title) + "\" is not valid (lower-case letters, digits and"
                            + " hyphens, starting with a letter): the id is derived from the title instead");
                }
                id = deriveId(title, ids);
            }
            ids.add(id);
            Role role = new Role(id, title);
            roleColumns.add(new RoleColumn(i, role, subLine, c.column()));
            knownColumns.add(i);
            read.add(title + " (" + id + ")");
        }
        knownColumns.add(0);
        knownColumns.add(1);
        for (int c : new int[] {kelCol, waktuCol, outCol, ketCol}) {
            if (c >= 0) {
                knownColumns.add(c);
            }
        }
        if (!roleColumns.isEmpty()) {
            add(Severity.INFO, "ROLES_READ", subLine, 1, "the actor columns are read as the roles "
                    + String.join(", ", read) + ", in this order; write \"Title [id]\" in a heading to choose an id");
        }
        if (waktuCol < 0) {
            add(Severity.WARNING, "COLUMN_MISSING", subLine, 1, "the table has no Waktu column under Mutu Baku: no step"
                    + " gets a standard time; add the columns \"Kelengkapan<TAB>Waktu<TAB>Output\"");
        }
        if (ketCol < 0) {
            add(Severity.INFO, "NO_KETERANGAN_COLUMN", line, 1, "the table has no Keterangan column: no step gets a note"
                    + " or an annotation");
        }
    }

    private static boolean isKeterangan(String h) {
        return h.equals("keterangan") || h.equals("ket") || h.equals("catatan");
    }

    /** The id the reader gives a column without an explicit one: the title's slug, made unique. */
    static String deriveId(String title, Set<String> taken) {
        String base = Words.slug(title);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void interpret(Row r) {
        for (int i = 0; i < r.cells.size(); i++) {
            if (!knownColumns.contains(i) && !Markup.collapse(r.cell(i).replace("**", "")).isEmpty()) {
                add(Severity.WARNING, "CELL_OUTSIDE_COLUMNS", r.line, r.column(i), "row " + r.number + " has \""
                        + clip(Markup.text(r.cell(i))) + "\" in column " + r.column(i) + ", which has no heading: it is"
                        + " ignored; check the number of tabs in the row");
            }
        }
        r.activity = Markup.text(r.cell(1).replace("**", ""));
        List<String> labels = new ArrayList<>();
        for (RoleColumn rc : roleColumns) {
            String label = Markup.text(r.cell(rc.index()).replace("**", ""));
            if (!label.isEmpty()) {
                r.parts.add(new Part(rc.role(), label, r.column(rc.index())));
                labels.add(label);
            }
        }
        String rawNote = ketCol >= 0 ? r.cell(ketCol).replace("**", "") : "";
        Annotations.Read a = Annotations.brackets(rawNote);
        StepKind slipped = null;
        String slippedColumn = "";
        int slippedAt = 1;
        String[] mb = {kelCol >= 0 ? r.cell(kelCol) : "", waktuCol >= 0 ? r.cell(waktuCol) : "",
            outCol >= 0 ? r.cell(outCol) : ""};
        int[] mbCols = {kelCol, waktuCol, outCol};
        String[] mbNames = {"Kelengkapan", "Waktu", "Output"};
        for (int i = 0; i < 3; i++) {
            Optional<StepKind> t = Words.slippedTerminator(mb[i]);
            if (t.isPresent() && slipped == null) {
                slipped = t.get();
                slippedColumn = mbNames[i] + " \"" + Markup.text(mb[i]) + "\"";
                slippedAt = r.column(mbCols[i]);
                mb[i] = "";
            }
        }
        Words.Symbols symbols = Words.kindOfLabels(labels);
        if (a.kind != null) {
            r.kind = a.kind;
        } else if (symbols.kind().isPresent()) {
            r.kind = symbols.kind().get();
            if (symbols.mixed()) {
                add(Severity.WARNING, "MIXED_SYMBOLS", r.line, 1, "row " + r.number + " has symbol words of different"
                        + " kinds " + quoteAll(labels) + ": read as " + r.kind + "; write \"[Simbol: ...]\" in its"
                        + " Keterangan to choose");
            }
            if (slipped != null) {
                if (slipped == r.kind) {
                    add(Severity.INFO, "TERMINATOR_SLIPPED", r.line, slippedAt, "row " + r.number + " has the"
                            + " terminator word " + slippedColumn + " outside the actor columns: read as the"
                            + " terminator's word slipped from its column, confirming the " + r.kind + " step");
                } else if (r.kind == StepKind.PROCESS) {
                    r.kind = slipped;
                    add(Severity.INFO, "TERMINATOR_SLIPPED", r.line, slippedAt, "row " + r.number + " has the"
                            + " terminator word " + slippedColumn + " outside the actor columns: read as a " + slipped
                            + " step whose word slipped from its column");
                } else {
                    add(Severity.WARNING, "MIXED_SYMBOLS", r.line, slippedAt, "row " + r.number + " is a " + r.kind
                            + " by its actor cells but has the terminator word " + slippedColumn + ": the terminator"
                            + " word is ignored");
                }
            }
        } else if (slipped != null) {
            r.kind = slipped;
            add(Severity.INFO, "TERMINATOR_SLIPPED", r.line, slippedAt, "row " + r.number + " has no symbol in its"
                    + " actor columns but the terminator word " + slippedColumn + ": read as a " + slipped
                    + " step with no part");
        } else {
            r.kind = StepKind.PROCESS;
            r.noSymbol = true;
            add(Severity.ERROR, "NO_SYMBOL", r.line, 1, "row " + r.number + " has no word in any actor column, so"
                    + " nobody does it: write the symbol word (such as \"Proses\") in the column of the role that"
                    + " does it");
        }
        if (Markup.collapse(mb[1]).isEmpty() && r.kind != StepKind.END) {
            for (int i : new int[] {0, 2}) {
                Optional<TimeStandard> t = slippedTime(mb[i]);
                if (t.isPresent()) {
                    add(Severity.WARNING, "TIME_SLIPPED", r.line, r.column(mbCols[i]), "row " + r.number + " has no"
                            + " Waktu, but its " + mbNames[i] + " \"" + t.get() + "\" is a time: read as the Waktu;"
                            + " check the tabs of the row");
                    mb[1] = mb[i];
                    mb[i] = "";
                    break;
                }
            }
        }
        String waktu = Markup.text(mb[1]);
        if (!waktu.isEmpty() && !waktu.equals("-")) {
            if (r.kind == StepKind.END) {
                add(Severity.WARNING, "END_TIME_IGNORED", r.line, r.column(waktuCol), "row " + r.number + " is an END,"
                        + " which needs no action and carries no time: its Waktu \"" + clip(waktu) + "\" is ignored");
            } else {
                try {
                    r.time = TimeStandard.parse(waktu);
                } catch (TertibParseException e) {
                    add(Severity.WARNING, "TIME_TEXT_UNREADABLE", r.line, r.column(waktuCol), "row " + r.number + ": "
                            + e.getMessage() + "; the step is left without a time");
                }
            }
        }
        r.requirements = cellList(r, mb[0], kelCol, "Kelengkapan");
        r.outputs = cellList(r, mb[2], outCol, "Output");
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
        int noteColumn = r.column(ketCol);
        for (String u : a.unknown) {
            add(Severity.WARNING, "ANNOTATION_UNKNOWN", r.line, noteColumn, "row " + r.number + " has the annotation \""
                    + clip(u) + "\", which Tertib does not know: it is ignored; see docs/text-form.md for the"
                    + " annotations (Ya: n; Tidak: n; Lanjut: n; Dapat ditunda; ...)");
        }
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
            add(Severity.INFO, "PAUSABLE_INFERRED", r.line, noteColumn, "row " + r.number + "'s Keterangan says \""
                    + Words.pausePhrase(r.note) + "\": a case may be suspended at step " + r.number + "; write"
                    + " \"[Tidak dapat ditunda]\" in its Keterangan to say otherwise");
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

    private void ignored(Row r, String what, String why) {
        add(Severity.WARNING, "ANNOTATION_IGNORED", r.line, r.column(ketCol), "row " + r.number + " (" + r.kind
                + ") has the annotation " + what + ", which does not apply: " + why);
    }

    private List<String> cellList(Row r, String raw, int col, String name) {
        if (col < 0) {
            return List.of();
        }
        Markup.Items items = Markup.items(raw.replace("**", ""));
        if (items.html() || items.numbered()) {
            add(Severity.INFO, items.html() ? "HTML_CONVERTED" : "NUMBERED_ITEMS_SPLIT", r.line, r.column(col), "row "
                    + r.number + "'s " + name + " is read as the list " + quoteAll(items.items()));
        }
        return items.items();
    }

    private void inferTargets() {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(r -> r.number));
        Map<String, Integer> frequency = new HashMap<>();
        Map<Row, Set<String>> stems = new HashMap<>();
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
                Row next = null;
                for (int j = i + 1; j < ordered.size(); j++) {
                    if (ordered.get(j).number > d.number) {
                        next = ordered.get(j);
                        break;
                    }
                }
                if (next == null) {
                    add(Severity.ERROR, "DECISION_YES_MISSING", d.line, 1, "step " + d.number + " (DECISION) is the"
                            + " last row, so \"Ya\" has no next row to go to: write \"Ya: n\" in its Keterangan");
                    reported.add(ProblemCode.DECISION_WITHOUT_YES + "@" + d.number);
                } else {
                    d.yes = next.number;
                    add(Severity.INFO, "DECISION_YES_INFERRED", d.line, 1, "step " + d.number + " (DECISION) goes to"
                            + " the next row, step " + next.number + ", on \"Ya\"; write \"Ya: n\" in its Keterangan"
                            + " to say otherwise");
                }
            }
            if (d.no == null) {
                inferNo(d, ordered, stems, frequency);
            }
        }
    }

    private void inferNo(Row d, List<Row> ordered, Map<Row, Set<String>> stems, Map<String, Integer> frequency) {
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
            add(Severity.INFO, "DECISION_NO_INFERRED", d.line, 1, "step " + d.number + " (DECISION) goes back to step "
                    + best.number + " on \"Tidak\": of the earlier rows, its activity best matches the decision's"
                    + " text (shared words: " + String.join(", ", bestShared) + "); write \"Tidak: n\" in its"
                    + " Keterangan to say otherwise");
        } else if (before != null) {
            d.no = before.number;
            add(Severity.WARNING, "DECISION_NO_GUESSED", d.line, 1, "step " + d.number + " (DECISION) has no"
                    + " \"Tidak\" target and no earlier row matches its text: it goes back to the row before it, step "
                    + before.number + "; write \"Tidak: n\" in its Keterangan");
        } else {
            add(Severity.ERROR, "DECISION_NO_MISSING", d.line, 1, "step " + d.number + " (DECISION) has no \"Tidak\""
                    + " target and no earlier row to go back to: write \"Tidak: n\" in its Keterangan");
            reported.add(ProblemCode.DECISION_WITHOUT_NO + "@" + d.number);
        }
    }

    // =================================================================== building

    private List<Role> cancelRoles(List<Role> roles) {
        Value v = fields.get(Field.CANCEL);
        if (v == null) {
            int top = 1;
            for (Role r : roles) {
                top = Math.max(top, Words.seniority(r.title()));
            }
            List<Role> senior = new ArrayList<>();
            if (top > 1) {
                for (Role r : roles) {
                    if (Words.seniority(r.title()) == top) {
                        senior.add(r);
                    }
                }
                add(Severity.INFO, "CANCEL_ROLE_DEFAULTED", headerLine, 1, "the text does not say who may cancel a"
                        + " case: Tertib lets the most senior role column, " + senior.stream().map(Role::title)
                        .collect(Collectors.joining(" and ")) + ", cancel; write \"Dapat dibatalkan oleh<TAB>...\" in"
                        + " the identity section to say otherwise (\"-\" for nobody)");
            } else {
                add(Severity.INFO, "CANCEL_ROLE_DEFAULTED", headerLine, 1, "the text does not say who may cancel a"
                        + " case, and no role column is senior to the others: nobody may cancel; write \"Dapat"
                        + " dibatalkan oleh<TAB>...\" in the identity section to say otherwise");
            }
            return senior;
        }
        Markup.Items items = Markup.rawItems(v.raw());
        Set<Role> out = new LinkedHashSet<>();
        for (String raw : items.items()) {
            String text = Markup.decode(raw).strip();
            if (text.equalsIgnoreCase("tidak ada") || text.equals("-")) {
                continue;
            }
            Matcher m = EXPLICIT_ID.matcher(raw);
            Optional<Role> role = Optional.empty();
            if (m.matches()) {
                String id = Markup.decode(m.group(2)).strip();
                role = roles.stream().filter(r -> r.id().equals(id)).findFirst();
            }
            if (role.isEmpty()) {
                role = roles.stream().filter(r -> r.title().equals(text) || r.id().equals(text)).findFirst();
            }
            if (role.isEmpty()) {
                String norm = Markup.collapse(text).toLowerCase(Locale.ROOT);
                role = roles.stream().filter(r -> Markup.collapse(r.title()).toLowerCase(Locale.ROOT).equals(norm))
                        .findFirst();
            }
            if (role.isPresent()) {
                out.add(role.get());
            } else {
                add(Severity.WARNING, "CANCEL_ROLE_UNKNOWN", v.line(), v.column(), "Dapat dibatalkan oleh names \""
                        + clip(text) + "\", which is not an actor column of the table: it is left out; name one of "
                        + roles.stream().map(Role::title).toList());
            }
        }
        return List.copyOf(out);
    }

    private Optional<SopDefinition> build(boolean table) {
        String number = scalar(Field.NUMBER);
        String name = scalar(Field.NAME);
        if (titleLine != 0) {
            if (number.isEmpty() && !titleNumber.isEmpty()) {
                number = Markup.decode(titleNumber).strip();
                add(Severity.INFO, "NUMBER_FROM_TITLE", titleLine, 1, "the Nomor SOP is taken from the title line: \""
                        + clip(number) + "\"");
            }
            if (name.isEmpty() && !titleName.isEmpty()) {
                name = Markup.decode(titleName).strip();
                add(Severity.INFO, "NAME_FROM_TITLE", titleLine, 1, "the Nama SOP is taken from the title line: \""
                        + clip(name) + "\"");
            }
            String expected = Markup.collapse(number + " SOP " + name);
            String actual = Markup.collapse(titleText);
            if (!expected.equalsIgnoreCase(actual)) {
                add(Severity.WARNING, "TITLE_MISMATCH", titleLine, 1, "the title line reads \"" + clip(actual)
                        + "\", but the identity gives \"" + clip(expected) + "\": the identity is kept");
            }
        }
        if (number.isEmpty()) {
            add(Severity.ERROR, "MISSING_NUMBER", 0, 0, "the text gives no Nomor SOP: add the line \"Nomor"
                    + " SOP<TAB>...\" as the document writes it, such as \"V. 4.\"");
        }
        if (name.isEmpty()) {
            add(Severity.ERROR, "MISSING_NAME", 0, 0, "the text gives no Nama SOP: add the line \"Nama SOP<TAB>...\"");
        }
        Optional<LocalDate> created = date(Field.CREATED);
        Optional<LocalDate> revised = date(Field.REVISED);
        Optional<LocalDate> effective = date(Field.EFFECTIVE);
        Value approver = fields.get(Field.APPROVED_BY);
        Optional<Signatory> signatory = Optional.empty();
        if (approver != null) {
            if (Markup.hasHtml(approver.raw())) {
                add(Severity.INFO, "HTML_CONVERTED", approver.line(), approver.column(), "Disahkan oleh holds HTML: its"
                        + " paragraphs are read as post, name, rank and NIP");
            }
            signatory = signatory(approver.raw(), approver.line(), approver.column(), sink);
        }
        List<String> legal = list(Field.LEGAL_BASES);
        List<String> related = list(Field.RELATED);
        String warning = scalar(Field.WARNING);
        List<String> qualifications = list(Field.QUALIFICATIONS);
        List<String> equipment = list(Field.EQUIPMENT);
        List<String> records = list(Field.RECORDS);
        if (!table || roleColumns.isEmpty() || number.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        List<Role> roles = roleColumns.stream().map(RoleColumn::role).toList();
        List<Role> cancel = cancelRoles(roles);
        Optional<Signatory> approvedBy = signatory;
        SopBuilder b = Sop.define(number, name).identity(id -> {
            id.organization(org[0], org[1], org[2], org[3]);
            created.ifPresent(id::created);
            revised.ifPresent(id::revised);
            effective.ifPresent(id::effective);
            approvedBy.ifPresent(id::approvedBy);
            id.legalBasis(legal.toArray(String[]::new)).related(related.toArray(String[]::new)).warning(warning)
                    .qualification(qualifications.toArray(String[]::new)).equipment(equipment.toArray(String[]::new))
                    .records(records.toArray(String[]::new));
        });
        b.roles(roles.toArray(Role[]::new)).cancelledBy(cancel.toArray(Role[]::new));
        for (Row r : rows) {
            switch (r.kind) {
                case START -> b.start(r.number, r.activity);
                case PROCESS -> b.process(r.number, r.activity);
                case DECISION -> b.decision(r.number, r.activity);
                case END -> b.end(r.number, r.activity);
            }
            for (Part p : r.parts) {
                b.by(p.role(), p.label());
            }
            if (r.time != null) {
                b.takes(r.time);
            }
            b.requires(r.requirements.toArray(String[]::new)).produces(r.outputs.toArray(String[]::new));
            if (!r.note.isEmpty()) {
                b.note(r.note);
            }
            if (r.pausable) {
                b.pausable();
            }
            if (r.definitiveOnly) {
                b.definitiveOnly();
            }
            if (r.separateActors) {
                b.separateActors();
            }
            if (r.next != null) {
                b.next(r.next);
            }
            if (r.yes != null) {
                b.ifYes(r.yes);
            }
            if (r.no != null) {
                b.ifNo(r.no);
            }
            if (r.noSymbol) {
                reported.add(ProblemCode.NO_PARTS + "@" + r.number);
            }
        }
        try {
            SopDefinition d = b.build();
            for (Problem p : d.warnings()) {
                report(p, Severity.WARNING);
            }
            return Optional.of(d);
        } catch (InvalidSopException e) {
            for (Problem p : e.problems()) {
                report(p, p.isWarning() ? Severity.WARNING : Severity.ERROR);
            }
            return Optional.empty();
        }
    }

    /** Maps a problem of the definition checks to the line of its step's row (or of what it names). */
    private void report(Problem p, Severity severity) {
        if (p.step().isPresent() && reported.contains(p.code() + "@" + p.step().getAsInt())) {
            return;
        }
        int line = headerLine;
        int column = 1;
        if (p.step().isPresent()) {
            for (Row r : rows) {
                if (r.number == p.step().getAsInt()) {
                    line = r.line;
                    break;
                }
            }
        } else {
            for (RoleColumn rc : roleColumns) {
                if (p.message().contains(rc.role().toString())) {
                    line = rc.line();
                    column = rc.column();
                    break;
                }
            }
            if (p.code() == ProblemCode.UNDECLARED_CANCEL_ROLE && fields.containsKey(Field.CANCEL)) {
                line = fields.get(Field.CANCEL).line();
            }
        }
        String hint = hint(p.code());
        add(severity, p.code().name(), line, column, p.message() + (hint.isEmpty() ? "" : " (in the text form: " + hint
                + ")"));
    }

    private static String hint(ProblemCode code) {
        return switch (code) {
            case MISSING_TIME -> "write its Waktu, such as \"15 Menit\", under Mutu Baku";
            case UNKNOWN_TARGET, DECISION_SAME_TARGETS, DECISION_WITHOUT_YES, DECISION_WITHOUT_NO ->
                "write \"Ya: n; Tidak: m\" in the decision's Keterangan with row numbers of the table";
            case NO_NEXT_STEP -> "make the last row an END (\"Selesai\") or write \"Lanjut: n\" in its Keterangan";
            case UNREACHABLE_STEP, NO_PATH_TO_END -> "check the Ya, Tidak and Lanjut annotations of the rows";
            case NO_START -> "write \"Mulai\" or \"Start\" in the actor cell of the first row";
            case NO_END -> "write \"Selesai\" or \"End\" in the actor cell of the last row";
            case UNUSED_ROLE -> "give the column a symbol word in some row, or remove the column";
            case DECISION_ROLE_COUNT -> "keep the decision word in one actor column";
            case DUPLICATE_ROLE -> "give one of the columns an id of its own, as \"Title [id]\"";
            // the text form states these as the builder does: the problem's own sentence is the hint
            case MULTIPLE_STARTS, INVALID_STEP_NUMBER, DUPLICATE_STEP_NUMBER, BLANK_ACTIVITY, NO_PARTS, BLANK_LABEL,
                    DUPLICATE_PART, UNDECLARED_ROLE, TIME_UNREADABLE, NON_POSITIVE_TIME, END_HAS_TIME,
                    END_HAS_TRANSITION, FLAG_ON_END, BRANCH_ON_NON_DECISION, DECISION_HAS_NEXT, UNDECLARED_CANCEL_ROLE,
                    SETTING_REPEATED, ACTIVITY_HAS_SUBJECT -> "";
        };
    }

    // =================================================================== helpers

    static String clip(String s) {
        String c = Markup.collapse(s);
        return c.length() > 80 ? c.substring(0, 77) + "..." : c;
    }

    private static String quoteAll(List<String> items) {
        return items.stream().map(i -> "\"" + clip(i) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
