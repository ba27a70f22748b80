package io.github.tertib.text;

import static io.github.tertib.text.DiagnosticCode.CANCEL_ROLE_DEFAULTED;
import static io.github.tertib.text.DiagnosticCode.CANCEL_ROLE_UNKNOWN;
import static io.github.tertib.text.DiagnosticCode.DATE_UNREADABLE;
import static io.github.tertib.text.DiagnosticCode.DUPLICATE_FIELD;
import static io.github.tertib.text.DiagnosticCode.HEADING_CONTINUED;
import static io.github.tertib.text.DiagnosticCode.HEADING_GUESSED;
import static io.github.tertib.text.DiagnosticCode.HEADING_IGNORED;
import static io.github.tertib.text.DiagnosticCode.HEADING_REPEATED;
import static io.github.tertib.text.DiagnosticCode.HTML_CONVERTED;
import static io.github.tertib.text.DiagnosticCode.MISSING_NAME;
import static io.github.tertib.text.DiagnosticCode.MISSING_NUMBER;
import static io.github.tertib.text.DiagnosticCode.NAME_FROM_TITLE;
import static io.github.tertib.text.DiagnosticCode.NUMBERED_ITEMS_SPLIT;
import static io.github.tertib.text.DiagnosticCode.NUMBER_FROM_TITLE;
import static io.github.tertib.text.DiagnosticCode.TITLE_MISMATCH;
import static io.github.tertib.text.DiagnosticCode.UNKNOWN_LABEL;
import static io.github.tertib.text.DiagnosticCode.UNKNOWN_LINE;
import static io.github.tertib.text.Diagnostics.clip;
import static io.github.tertib.text.Diagnostics.quoteAll;

import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.text.Diagnostic.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * Reads the identity section of the text form, everything before the flowchart table: the heading
 * lines of the organisation, the labelled lines and paragraphs, and the title line; then gives the
 * identity's values, telling what it corrected or inferred. One instance reads one text.
 */
final class IdentityReader {

    /** The identity as read, for the builder: number and name may be empty when the text lacks them. */
    record Values(String number, String name, List<String> organization, Optional<LocalDate> created,
            Optional<LocalDate> revised, Optional<LocalDate> effective, Optional<Signatory> approvedBy,
            List<String> legal, List<String> related, String warning, List<String> qualifications,
            List<String> equipment, List<String> records) {

        /** Gives these values to a definition's identity. */
        void fill(Identity.Builder id) {
            id.organization(organization.get(0), organization.get(1), organization.get(2), organization.get(3));
            created.ifPresent(id::created);
            revised.ifPresent(id::revised);
            effective.ifPresent(id::effective);
            approvedBy.ifPresent(id::approvedBy);
            id.legalBasis(legal.toArray(String[]::new)).related(related.toArray(String[]::new)).warning(warning)
                    .qualification(qualifications.toArray(String[]::new)).equipment(equipment.toArray(String[]::new))
                    .records(records.toArray(String[]::new));
        }
    }

    private static final Pattern TITLE = Pattern.compile("(?is)^(.*?)\\s*(?<![\\p{L}])SOP(?![\\p{L}])\\s*(.*)$");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?i)^(standar\\s+operasional\\s+prosedur(\\s+administrasi\\s+pemerintahan)?|sop(\\s+ap)?)$");

    private final String[] lines;
    private final Diagnostics out;
    private final Map<Field, Value> fields = new EnumMap<>(Field.class);
    private final String[] org = {"", "", "", ""};
    private String titleNumber = "";
    private String titleName = "";
    private String titleText = "";
    private int titleLine;

    IdentityReader(String[] lines, Diagnostics out) {
        this.lines = lines;
        this.out = out;
    }

    /** A field's value as written: raw text and where. */
    private record Value(String raw, int line, int column) {
    }

    /** A labelled line: the field, the value after the label, where the value starts, and whether a paragraph follows. */
    record LabelLine(Field field, String value, int column, boolean paragraph) {
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
        List<HeadingLine> read = new ArrayList<>();
        Words.Level last = null;
        for (int i = 0; i < raws.size(); i++) {
            String text = Markup.text(raws.get(i).replace("**", ""));
            if (text.isEmpty()) {
                continue;
            }
            if (DOCUMENT_TITLE.matcher(text).matches()) {
                read.add(new HeadingLine(i, HeadingKind.IGNORED, null, text));
                continue;
            }
            if (isTitle(text) && Words.levelOf(text).isEmpty()) {
                read.add(new HeadingLine(i, HeadingKind.TITLE, null, text));
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
            read.add(new HeadingLine(i, kind, l, text));
        }
        return read;
    }

    /** Reads the lines before the table (or all lines, when there is none): headings, labels, paragraphs, title. */
    void read(int end) {
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
                out.add(Severity.WARNING, UNKNOWN_LABEL, i + 1, 1, "line " + (i + 1) + " has the label \"" + clip(first)
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
                out.add(Severity.WARNING, UNKNOWN_LINE, i + 1, 1, "line " + (i + 1) + " \"" + clip(text)
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

    /** What a heading line tells the reader of the text. */
    private record HeadingNote(Severity severity, DiagnosticCode code, String message) {
    }

    private void readHeadings(List<String> raws, List<Integer> indexes) {
        String[] values = {"", "", "", ""};
        for (HeadingLine h : headings(raws, values)) {
            int line = indexes.get(h.index()) + 1;
            String level = h.level() == null ? "" : levelName(h.level());
            String heading = "heading line \"" + clip(h.text()) + "\"";
            String noLevelWord = heading
                    + " opens with no level word (Pemerintah, Dinas, Bidang, Seksi, ...): read as the";
            HeadingNote note = switch (h.kind()) {
                case CONTINUED -> new HeadingNote(Severity.INFO, HEADING_CONTINUED, noLevelWord
                        + " continuation of the " + level + " above it");
                case GUESSED -> new HeadingNote(Severity.INFO, HEADING_GUESSED, noLevelWord
                        + " government; write \"Pemerintah<TAB>...\" to say otherwise");
                case REPEATED -> new HeadingNote(Severity.WARNING, HEADING_REPEATED, heading
                        + " names a second " + level + ": joined to the first; write one line per level");
                case IGNORED -> new HeadingNote(Severity.INFO, HEADING_IGNORED, heading
                        + " is the title of the document form, not a level of the organisation: ignored");
                case TITLE -> {
                    readTitle(h.text(), line);
                    yield null;
                }
                case SET -> null; // the heading set its level: nothing to tell
            };
            if (note != null) {
                out.add(note.severity(), note.code(), line, 1, note.message());
            }
        }
        Field[] levels = {Field.GOVERNMENT, Field.AGENCY, Field.DIVISION, Field.SECTION};
        for (int i = 0; i < 4; i++) {
            Value labelled = fields.get(levels[i]);
            if (labelled != null) {
                String v = Markup.text(labelled.raw());
                if (!values[i].isEmpty() && !values[i].equals(v)) {
                    out.add(Severity.WARNING, DUPLICATE_FIELD, labelled.line(), labelled.column(), "the "
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
            out.add(Severity.WARNING, UNKNOWN_LINE, line, 1, "line " + line + " \"" + clip(text) + "\" is a second title"
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
            out.add(Severity.WARNING, DUPLICATE_FIELD, line, column, field.label + " is given again on line " + line
                    + ": the value on line " + old.line() + " is kept; remove one of them");
            return;
        }
        fields.put(field, new Value(raw, line, column));
    }

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
            out.add(Severity.INFO, HTML_CONVERTED, v.line(), v.column(), f.label + " holds HTML: read as the plain text \""
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
            out.add(Severity.INFO, HTML_CONVERTED, v.line(), v.column(), f.label + " holds HTML: read as the list "
                    + quoteAll(items.items()));
        }
        if (items.numbered()) {
            out.add(Severity.INFO, NUMBERED_ITEMS_SPLIT, v.line(), v.column(), f.label + " holds numbered items on one"
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
            out.add(Severity.WARNING, DATE_UNREADABLE, v.line(), v.column(), f.label + " \"" + clip(t) + "\" is not a"
                    + " date Tertib can read: it is left out; write it as \"11 September 2017\" or \"2017-09-11\"");
        }
        return d;
    }

    /**
     * Reads who may cancel a case from Dapat dibatalkan oleh, among the roles of the table; without the
     * line, the most senior role columns (told on the header line).
     */
    List<Role> cancelRoles(List<Role> roles, int headerLine) {
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
                out.add(Severity.INFO, CANCEL_ROLE_DEFAULTED, headerLine, 1, "the text does not say who may cancel a"
                        + " case: Tertib lets the most senior role column, " + senior.stream().map(Role::title)
                        .collect(Collectors.joining(" and ")) + ", cancel; write \"Dapat dibatalkan oleh<TAB>...\" in"
                        + " the identity section to say otherwise (\"-\" for nobody)");
            } else {
                out.add(Severity.INFO, CANCEL_ROLE_DEFAULTED, headerLine, 1, "the text does not say who may cancel a"
                        + " case, and no role column is senior to the others: nobody may cancel; write \"Dapat"
                        + " dibatalkan oleh<TAB>...\" in the identity section to say otherwise");
            }
            return senior;
        }
        Markup.Items items = Markup.rawItems(v.raw());
        Set<Role> chosen = new LinkedHashSet<>();
        for (String raw : items.items()) {
            String text = Markup.decode(raw).strip();
            if (text.equalsIgnoreCase("tidak ada") || text.equals("-")) {
                continue;
            }
            Matcher m = TableReader.EXPLICIT_ID.matcher(raw);
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
                chosen.add(role.get());
            } else {
                out.add(Severity.WARNING, CANCEL_ROLE_UNKNOWN, v.line(), v.column(), "Dapat dibatalkan oleh names \""
                        + clip(text) + "\", which is not an actor column of the table: it is left out; name one of "
                        + roles.stream().map(Role::title).toList());
            }
        }
        return List.copyOf(chosen);
    }

    /** The line of the Dapat dibatalkan oleh field, if the text has one. */
    Optional<Integer> cancelLine() {
        return Optional.ofNullable(fields.get(Field.CANCEL)).map(Value::line);
    }

    /**
     * Returns the identity's values, telling where it took the number or the name from the title line,
     * what is missing, and what it converted or left out.
     */
    Values values() {
        String number = scalar(Field.NUMBER);
        String name = scalar(Field.NAME);
        if (titleLine != 0) {
            if (number.isEmpty() && !titleNumber.isEmpty()) {
                number = Markup.decode(titleNumber).strip();
                out.add(Severity.INFO, NUMBER_FROM_TITLE, titleLine, 1, "the Nomor SOP is taken from the title line: \""
                        + clip(number) + "\"");
            }
            if (name.isEmpty() && !titleName.isEmpty()) {
                name = Markup.decode(titleName).strip();
                out.add(Severity.INFO, NAME_FROM_TITLE, titleLine, 1, "the Nama SOP is taken from the title line: \""
                        + clip(name) + "\"");
            }
            String expected = Markup.collapse(number + " SOP " + name);
            String actual = Markup.collapse(titleText);
            if (!expected.equalsIgnoreCase(actual)) {
                out.add(Severity.WARNING, TITLE_MISMATCH, titleLine, 1, "the title line reads \"" + clip(actual)
                        + "\", but the identity gives \"" + clip(expected) + "\": the identity is kept");
            }
        }
        if (number.isEmpty()) {
            out.add(Severity.ERROR, MISSING_NUMBER, 0, 0, "the text gives no Nomor SOP: add the line \"Nomor"
                    + " SOP<TAB>...\" as the document writes it, such as \"V. 4.\"");
        }
        if (name.isEmpty()) {
            out.add(Severity.ERROR, MISSING_NAME, 0, 0, "the text gives no Nama SOP: add the line \"Nama SOP<TAB>...\"");
        }
        Optional<LocalDate> created = date(Field.CREATED);
        Optional<LocalDate> revised = date(Field.REVISED);
        Optional<LocalDate> effective = date(Field.EFFECTIVE);
        Value approver = fields.get(Field.APPROVED_BY);
        Optional<Signatory> signatory = Optional.empty();
        if (approver != null) {
            if (Markup.hasHtml(approver.raw())) {
                out.add(Severity.INFO, HTML_CONVERTED, approver.line(), approver.column(), "Disahkan oleh holds HTML: its"
                        + " paragraphs are read as post, name, rank and NIP");
            }
            signatory = Signatories.signatory(approver.raw(), approver.line(), approver.column(), out);
        }
        List<String> legal = list(Field.LEGAL_BASES);
        List<String> related = list(Field.RELATED);
        String warning = scalar(Field.WARNING);
        List<String> qualifications = list(Field.QUALIFICATIONS);
        List<String> equipment = list(Field.EQUIPMENT);
        List<String> records = list(Field.RECORDS);
        return new Values(number, name, List.of(org), created, revised, effective, signatory, legal, related,
                warning, qualifications, equipment, records);
    }
}
