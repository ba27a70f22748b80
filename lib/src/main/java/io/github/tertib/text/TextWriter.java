package io.github.tertib.text;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the text form of a definition (see {@code docs/text-form.md}); package-private machinery of
 * {@link SopText#format(SopDefinition)}.
 *
 * <p>It writes the layout of the documents the reader reads, and every annotation explicitly, so that
 * a text Tertib wrote never depends on the reader's inferences. Where a value would read back as
 * something else (a heading without a level word, an item that looks numbered, a note that looks like
 * an annotation), it writes the characters that would mislead the reader as entities, or falls back
 * to a more explicit form; each such choice is checked against the reader's own functions.
 */
final class TextWriter {

    /** Every value escapes "*" too, so that bold markup "**" never appears inside one. */
    private static final String EXTRA = "*";
    private static final String NL = "\n";
    private static final Pattern NIP_WORD = Pattern.compile("(?i)(?<![\\p{L}])(n)(ip)(?![\\p{L}])");

    private TextWriter() {
    }

    static String format(SopDefinition d) {
        Identity id = d.identity();
        StringBuilder out = new StringBuilder();
        List<String> headings = headingLines(id);
        boolean labelledOrganization = headings == null;
        if (!labelledOrganization) {
            for (String h : headings) {
                out.append(h).append(NL);
            }
            if (!headings.isEmpty()) {
                out.append(NL);
            }
        }
        paragraph(out, "Dasar Hukum", listLines(id.legalBases()));
        paragraph(out, "Keterkaitan", listLines(id.related()));
        paragraph(out, "Peringatan", List.of(id.warning().isEmpty() ? "-" : lineValue(id.warning())));
        if (labelledOrganization) {
            labelled(out, Field.GOVERNMENT, id.government());
            labelled(out, Field.AGENCY, id.agency());
            labelled(out, Field.DIVISION, id.division());
            labelled(out, Field.SECTION, id.section());
        }
        line(out, Field.NUMBER, scalar(id.number()));
        line(out, Field.CREATED, date(id.created()));
        line(out, Field.EFFECTIVE, date(id.effective()));
        line(out, Field.REVISED, date(id.revised()));
        line(out, Field.APPROVED_BY, id.approvedBy().map(TextWriter::signatory).orElse("-"));
        line(out, Field.NAME, scalar(id.name()));
        line(out, Field.QUALIFICATIONS, listValue(id.qualifications()));
        line(out, Field.EQUIPMENT, listValue(id.equipment()));
        line(out, Field.RECORDS, listValue(id.records()));
        line(out, Field.CANCEL, cancel(d));
        out.append(NL).append(title(id)).append(NL).append(NL);
        table(out, d);
        return out.toString();
    }

    // ------------------------------------------------------------------ identity

    private static String esc(String value) {
        String e = Markup.escape(value, EXTRA);
        return e.equals("-") ? Markup.guardFirst(e) : e;
    }

    private static String scalar(String value) {
        return esc(value);
    }

    /** A value on a line of its own in a paragraph: guarded so that it is not read as a label. */
    private static String lineValue(String value) {
        String e = esc(value);
        return IdentityReader.labelLine(e).isPresent() ? Markup.guardFirst(e) : e;
    }

    private static void line(StringBuilder out, Field field, String value) {
        out.append(field.label).append('\t').append(value).append(NL);
    }

    private static void labelled(StringBuilder out, Field field, String value) {
        if (!value.isEmpty()) {
            line(out, field, scalar(value));
        }
    }

    private static void paragraph(StringBuilder out, String label, List<String> lines) {
        out.append(label).append(" :").append(NL).append(NL);
        for (String l : lines) {
            out.append(l).append(NL);
        }
        out.append(NL);
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(Words::formatDate).orElse("-");
    }

    /**
     * The heading lines of the organisation path: government and agency in bold, then division and
     * section; or null when the reader would not read them back as the same levels.
     */
    private static List<String> headingLines(Identity id) {
        String[] values = {id.government(), id.agency(), id.division(), id.section()};
        List<String> bold = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (!values[i].isEmpty()) {
                (i < 2 ? bold : plain).add(esc(values[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        if (!bold.isEmpty()) {
            bold.set(0, "**" + bold.get(0));
            bold.set(bold.size() - 1, bold.get(bold.size() - 1) + "**");
            lines.addAll(bold);
        }
        if (!bold.isEmpty() && !plain.isEmpty()) {
            lines.add("");
        }
        lines.addAll(plain);
        for (String l : lines) {
            if (!l.isEmpty() && (IdentityReader.labelLine(l).isPresent() || TableReader.isHeaderRow(l))) {
                return null;
            }
        }
        String[] read = {"", "", "", ""};
        for (IdentityReader.HeadingLine h : IdentityReader.headings(lines, read)) {
            if (h.kind() != IdentityReader.HeadingKind.SET) {
                return null;
            }
        }
        for (int i = 0; i < 4; i++) {
            if (!read[i].equals(values[i])) {
                return null;
            }
        }
        return lines;
    }

    /** A list as numbered lines of a paragraph; as one {@code <ol>} line when those would read back otherwise. */
    private static List<String> listLines(List<String> items) {
        if (items.isEmpty()) {
            return List.of("-");
        }
        List<String> lines = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String l = (i + 1) + ". " + esc(items.get(i));
            ok &= IdentityReader.labelLine(l).isEmpty();
            lines.add(l);
        }
        if (ok && Markup.items(String.join(NL, lines)).items().equals(items)) {
            return lines;
        }
        return List.of(ol(items));
    }

    /** A list in one cell: "-" for none, the item alone when it reads back as itself, else an {@code <ol>}. */
    private static String listValue(List<String> items) {
        return listValue(items, e -> e);
    }

    /** As {@link #listValue(List)}, applying {@code guard} to each escaped item. */
    private static String listValue(List<String> items, UnaryOperator<String> guard) {
        if (items.isEmpty()) {
            return "-";
        }
        if (items.size() == 1) {
            String e = guard.apply(esc(items.get(0)));
            if (Markup.items(e).items().equals(items) && Words.slippedTerminator(e).isEmpty()) {
                return e;
            }
        }
        StringBuilder b = new StringBuilder("<ol>");
        for (String item : items) {
            b.append("<li>").append(guard.apply(esc(item))).append("</li>");
        }
        return b.append("</ol>").toString();
    }

    private static String ol(List<String> items) {
        StringBuilder b = new StringBuilder("<ol>");
        for (String item : items) {
            b.append("<li>").append(esc(item)).append("</li>");
        }
        return b.append("</ol>").toString();
    }

    private static String signatory(Signatory s) {
        String post = esc(s.post());
        String name = esc(s.name());
        if (Signatories.isNipBlock(name) || Signatories.isSignatureMark(name) || Signatories.rank(name).isPresent()
                || Signatories.looksLikeRank(name)) {
            name = Markup.guardFirst(name);
        }
        Matcher m = NIP_WORD.matcher(name);
        StringBuilder guarded = new StringBuilder();
        int last = 0;
        while (m.find()) {
            guarded.append(name, last, m.start()).append("&#").append((int) m.group(1).charAt(0)).append(';')
                    .append(m.group(2));
            last = m.end();
        }
        name = guarded.append(name, last, name.length()).toString();
        StringBuilder b = new StringBuilder("<p>").append(post).append("</p><p>").append(name).append("</p>");
        if (s.rank().isPresent() && s.nip().isPresent()) {
            b.append("<p>").append(s.rank().get().pangkat()).append("</p><p>NIP. ").append(s.nip().get()).append("</p>");
        }
        return b.toString();
    }

    /** The roles that may cancel, by title, with the id where the title alone would not find the role. */
    private static String cancel(SopDefinition d) {
        if (d.cancelRoles().isEmpty()) {
            return "-";
        }
        List<String> refs = new ArrayList<>();
        List<String> decoded = new ArrayList<>();
        for (Role r : d.cancelRoles()) {
            boolean needsId = r.title().equals("-") || r.title().equalsIgnoreCase("tidak ada");
            String loose = Markup.collapse(r.title()).toLowerCase(Locale.ROOT);
            for (Role other : d.roles()) {
                if (!other.equals(r) && (Markup.collapse(other.title()).toLowerCase(Locale.ROOT).equals(loose)
                        || other.id().equals(r.title()))) {
                    needsId = true;
                }
            }
            String ref = Markup.escape(r.title(), EXTRA + "[]") + (needsId ? " [" + r.id() + "]" : "");
            refs.add(ref);
            decoded.add(Markup.decode(ref));
        }
        if (refs.size() == 1 && Markup.items(refs.get(0)).items().equals(decoded)) {
            return refs.get(0);
        }
        StringBuilder b = new StringBuilder("<ol>");
        for (String ref : refs) {
            b.append("<li>").append(ref.equals("-") ? Markup.guardFirst(ref) : ref).append("</li>");
        }
        return b.append("</ol>").toString();
    }

    private static String title(Identity id) {
        String number = esc(id.number());
        String line = number + " SOP " + esc(id.name());
        if (IdentityReader.labelLine(line).isPresent()) {
            line = Markup.guardFirst(number) + " SOP " + esc(id.name());
        }
        return line;
    }

    // ------------------------------------------------------------------ the table

    private static void table(StringBuilder out, SopDefinition d) {
        List<Role> roles = d.roles();
        out.append("NO\tKEGIATAN\tPelaksana");
        for (int i = 1; i < roles.size(); i++) {
            out.append('\t');
        }
        out.append("\tMutu Baku\t\t\tKETERANGAN").append(NL);
        out.append("\t");
        Set<String> taken = new HashSet<>();
        for (Role r : roles) {
            String title = Markup.escape(r.title(), EXTRA + "[]");
            if (TableReader.isColumnHeading(title)) {
                title = Markup.guardFirst(title);
            }
            String derived = TableReader.deriveId(r.title(), taken);
            out.append('\t').append(title).append(derived.equals(r.id()) ? "" : " [" + r.id() + "]");
            taken.add(r.id());
        }
        out.append("\tKelengkapan\tWaktu\tOutput\t").append(NL);
        List<Step> steps = d.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Integer following = i + 1 < steps.size() ? steps.get(i + 1).number() : null;
            row(out, d, s, following);
        }
    }

    private static void row(StringBuilder out, SopDefinition d, Step s, Integer following) {
        out.append(s.number()).append(".\t").append(esc(s.activity()));
        List<String> labels = new ArrayList<>();
        for (Role r : d.roles()) {
            Optional<Assignment> part = s.part(r);
            out.append('\t');
            if (part.isPresent()) {
                out.append(esc(part.get().label()));
                labels.add(part.get().label());
            }
        }
        boolean timeless = s.time().isEmpty();
        out.append('\t').append(cellList(s.standard().requirements(), timeless));
        out.append('\t').append(s.time().map(t -> esc(t.text())).orElse(""));
        out.append('\t').append(cellList(s.standard().outputs(), timeless));
        List<String> clauses = new ArrayList<>();
        Words.Symbols symbols = Words.kindOfLabels(labels);
        if (symbols.mixed() || symbols.kind().orElse(null) != s.kind()) {
            clauses.add("Simbol: " + Annotations.word(s.kind()));
        }
        if (s.kind() == StepKind.DECISION) {
            clauses.add("Ya: " + s.ifYes().getAsInt());
            clauses.add("Tidak: " + s.ifNo().getAsInt());
        }
        if (s.next().isPresent() && (following == null || s.next().getAsInt() != following)) {
            clauses.add("Lanjut: " + s.next().getAsInt());
        }
        String note = s.note().orElse("");
        if (s.isPausable()) {
            clauses.add("Dapat ditunda");
        } else if (s.kind() != StepKind.END && Words.impliesPause(note)) {
            clauses.add("Tidak dapat ditunda");
        }
        if (s.isDefinitiveOnly()) {
            clauses.add("Pejabat definitif");
        }
        if (s.requiresSeparateActors()) {
            clauses.add("Pelaksana berbeda");
        }
        String escapedNote = Annotations.escapeNote(note);
        Optional<String> group = Annotations.group(clauses);
        out.append('\t').append(escapedNote);
        if (group.isPresent()) {
            out.append(escapedNote.isEmpty() ? "" : " ").append(group.get());
        }
        out.append(NL);
    }

    /**
     * A Kelengkapan or Output cell; empty when there are no items. In a row without a Waktu, a cell that
     * would read as a time that slipped a column has its first character written as an entity.
     */
    private static String cellList(List<String> items, boolean timeless) {
        if (items.isEmpty()) {
            return "";
        }
        return listValue(items, e -> timeless && RowReader.slippedTime(e).isPresent() ? Markup.guardFirst(e) : e);
    }
}
