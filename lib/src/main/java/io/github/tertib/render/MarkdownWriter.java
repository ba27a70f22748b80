package io.github.tertib.render;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The identity section and the flowchart table of a definition in (GitHub-flavoured) Markdown. */
final class MarkdownWriter {

    private MarkdownWriter() {
    }

    /** Escapes text for a Markdown table cell: HTML specials as entities, Markdown specials with a backslash. */
    static String cell(String s) {
        StringBuilder b = new StringBuilder();
        String t = s.strip().replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\n' -> b.append("<br>");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '~' -> b.append('\\').appendCodePoint(c);
                default -> {
                    if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                        b.append(' ');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String symbol(Step s, String label) {
        return switch (s.kind()) {
            case START, END -> "\u2b2d " + cell(label);
            case DECISION -> "\u25c7 " + cell(label);
            case PROCESS -> "\u25ad " + cell(label);
        };
    }

    static String write(SopDefinition d, StepMarks marks) {
        Identity id = d.identity();
        StringBuilder b = new StringBuilder();
        b.append("# SOP ").append(cell(d.number())).append(' ').append(cell(d.name())).append("\n\n");
        if (marks instanceof ComplianceMarks c) {
            b.append("> ").append(cell(c.caption())).append("\n\n");
        }
        b.append("| Identitas | |\n|---|---|\n");
        row(b, "Pemerintah", id.government());
        row(b, "Instansi", id.agency());
        row(b, "Bidang", id.division());
        row(b, "Seksi", id.section());
        row(b, "Nomor SOP", id.number());
        row(b, "Tanggal Pembuatan", HtmlDocument.date(id.created()));
        row(b, "Tanggal Revisi", HtmlDocument.date(id.revised()));
        row(b, "Tanggal Efektif", HtmlDocument.date(id.effective()));
        row(b, "Disahkan oleh", id.approvedBy().map(s -> s.post() + "\n" + s.name()
                + s.rank().map(r -> "\n" + r.pangkat() + " (" + r.golongan() + ")").orElse("")
                + s.nip().map(n -> "\nNIP. " + n).orElse("")).orElse("-"));
        row(b, "Nama SOP", id.name());
        row(b, "Dasar Hukum", numbered(id.legalBases()));
        row(b, "Keterkaitan", numbered(id.related()));
        row(b, "Peringatan", id.warning().isEmpty() ? "-" : id.warning());
        row(b, "Kualifikasi Pelaksana", numbered(id.qualifications()));
        row(b, "Peralatan/Perlengkapan", numbered(id.equipment()));
        row(b, "Pencatatan dan Pendataan", numbered(id.records()));
        row(b, "Dapat dibatalkan oleh", d.cancelRoles().isEmpty() ? "tidak ada"
                : String.join(", ", d.cancelRoles().stream().map(Role::title).toList()));
        b.append("\n## Bagan alir\n\n");
        List<Role> roles = d.roles();
        b.append("| No | Kegiatan |");
        for (Role r : roles) {
            b.append(' ').append(cell(r.title())).append(" |");
        }
        b.append(" Kelengkapan | Waktu | Output | Keterangan | Alur |\n|---:|---|");
        for (int i = 0; i < roles.size(); i++) {
            b.append(":---:|");
        }
        b.append("---|---|---|---|---|\n");
        for (Step s : d.steps()) {
            b.append("| ").append(s.number()).append(" | ").append(cell(s.activity())).append(" |");
            for (Role r : roles) {
                Optional<Assignment> part = s.part(r);
                b.append(' ').append(part.map(a -> symbol(s, a.label())).orElse("")).append(" |");
            }
            List<String> notes = new ArrayList<>();
            marks.mark(s).ifPresent(m -> notes.add("**" + cell(m.label()) + "**"
                    + (m.detail().isBlank() ? "" : " " + cell(m.detail()))));
            s.note().ifPresent(n -> notes.add(cell(n)));
            List<String> flags = Text.flags(s);
            if (!flags.isEmpty()) {
                notes.add("*(" + String.join("; ", flags) + ")*");
            }
            b.append(' ').append(cellList(s.standard().requirements()))
                    .append(" | ").append(s.time().map(t -> cell(t.text())).orElse("")).append(" | ")
                    .append(cellList(s.standard().outputs())).append(" | ")
                    .append(String.join("<br>", notes)).append(" | ").append(flow(s)).append(" |\n");
        }
        return b.toString();
    }

    private static String cellList(List<String> items) {
        return items.isEmpty() ? "" : cell(numbered(items));
    }

    private static String flow(Step s) {
        if (s.next().isPresent()) {
            return "\u2192 " + s.next().getAsInt();
        }
        if (s.ifYes().isPresent() && s.ifNo().isPresent()) {
            return "Ya \u2192 " + s.ifYes().getAsInt() + ", Tidak \u2192 " + s.ifNo().getAsInt();
        }
        return "selesai";
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("| ").append(label).append(" | ").append(value.isEmpty() ? "-" : cell(value)).append(" |\n");
    }

    private static String numbered(List<String> items) {
        if (items.isEmpty()) {
            return "-";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return b.toString();
    }
}
