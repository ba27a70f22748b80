package io.github.tertib.render;

import io.github.tertib.internal.Xml;
import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML document of a definition: one self-contained file (inline CSS, inline SVG, no script, no
 * external resource), A4 landscape pages: the identity section in the official layout, then the
 * flowchart table split over as many pages as it needs.
 */
final class HtmlDocument {

    private HtmlDocument() {
    }

    /**
     * Writes the document. Marks of a compliance report add the band naming the case and the instant
     * to every page and a legend of every status; other marks, a legend of the marks present.
     */
    static String write(SopDefinition d, Flowchart f, StepMarks marks) {
        Identity id = d.identity();
        String title = "SOP " + d.number() + " " + d.name();
        Optional<ComplianceMarks> compliance = marks instanceof ComplianceMarks c ? Optional.of(c) : Optional.empty();
        String caption = compliance.map(ComplianceMarks::caption).orElse("");
        String reference = "SOP " + d.number() + compliance.map(c -> " \u00b7 " + c.subject()).orElse("");
        int total = 1 + f.pages.size();
        StringBuilder b = new StringBuilder();
        DocumentFrame.open(b, title + compliance.map(c -> " \u2014 " + c.subject()).orElse(""));
        identityPage(b, d, id, compliance.map(ComplianceMarks::headline).orElse(""), reference, total);
        for (int p = 0; p < f.pages.size(); p++) {
            b.append("<section id=\"halaman-").append(p + 2).append("\" class=\"page flow")
                    .append(caption.isEmpty() ? "" : " captioned").append("\" data-page=\"").append(p + 2).append("\">\n");
            DocumentFrame.header(b, title, "Bagan alir" + (f.pages.size() > 1 ? " (" + (p + 1) + "/" + f.pages.size() + ")"
                    : ""));
            if (!caption.isEmpty()) {
                DocumentFrame.band(b, caption);
            }
            b.append(f.svg(p, Text.oneLine("Bagan alir " + title + (f.pages.size() > 1 ? ", bagian " + (p + 1) : "")
                    + compliance.map(c -> ", " + c.subject()).orElse(""))));
            if (p == f.pages.size() - 1) {
                DocumentFrame.legend(b, compliance.isPresent() ? ComplianceMarks.legend() : legend(f));
            }
            DocumentFrame.footer(b, reference, "Halaman " + (p + 2) + " dari " + total);
            b.append("</section>\n");
        }
        DocumentFrame.close(b);
        return b.toString();
    }

    static String date(Optional<LocalDate> date) {
        return date.map(Words::date).orElse("-");
    }

    private static void identityPage(StringBuilder b, SopDefinition d, Identity id, String caption, String reference,
            int total) {
        b.append("<section id=\"halaman-1\" class=\"page identity").append(caption.isEmpty() ? "" : " captioned")
                .append("\" data-page=\"1\">\n");
        if (!caption.isEmpty()) {
            DocumentFrame.band(b, caption);
        }
        b.append("<table class=\"id-head\">\n<tr><td class=\"org\" rowspan=\"6\">");
        b.append(LOGO);
        String[] cls = {"gov", "agency", "division", "section"};
        String[] values = {id.government(), id.agency(), id.division(), id.section()};
        for (int i = 0; i < 4; i++) {
            if (!values[i].isEmpty()) {
                b.append("<div class=\"").append(cls[i]).append("\">").append(html(values[i])).append("</div>");
            }
        }
        b.append("</td><th>Nomor SOP</th><td>").append(html(id.number())).append("</td></tr>\n");
        b.append("<tr><th>Tanggal Pembuatan</th><td>").append(date(id.created())).append("</td></tr>\n");
        b.append("<tr><th>Tanggal Revisi</th><td>").append(date(id.revised())).append("</td></tr>\n");
        b.append("<tr><th>Tanggal Efektif</th><td>").append(date(id.effective())).append("</td></tr>\n");
        b.append("<tr><th>Disahkan oleh</th><td class=\"sign\">");
        if (id.approvedBy().isPresent()) {
            Signatory s = id.approvedBy().get();
            b.append("<div class=\"post\">").append(html(s.post())).append("</div><div class=\"space\"></div>")
                    .append("<div class=\"name\">").append(html(s.name())).append("</div>");
            s.rank().ifPresent(r -> b.append("<div class=\"rank\">").append(Xml.escape(r.pangkat())).append(" (")
                    .append(Xml.escape(r.golongan())).append(")</div>"));
            s.nip().ifPresent(n -> b.append("<div class=\"nip\">NIP. ").append(Xml.escape(n.toString())).append("</div>"));
        } else {
            b.append("-");
        }
        b.append("</td></tr>\n<tr><th>Nama SOP</th><td class=\"sop-name\">").append(html(id.name()))
                .append("</td></tr>\n</table>\n");
        b.append("<table class=\"id-grid\">\n");
        gridRow(b, "Dasar Hukum", id.legalBases(), "Kualifikasi Pelaksana", id.qualifications());
        gridRow(b, "Keterkaitan", id.related(), "Peralatan/Perlengkapan", id.equipment());
        gridRow(b, "Peringatan", id.warning().isEmpty() ? List.of() : List.of(id.warning()), "Pencatatan dan Pendataan",
                id.records());
        b.append("</table>\n");
        List<String> notes = new ArrayList<>();
        notes.add("Dapat dibatalkan oleh: " + (d.cancelRoles().isEmpty() ? "tidak ada"
                : String.join(", ", d.cancelRoles().stream().map(Role::title).toList())) + ".");
        List<String> pausable = new ArrayList<>();
        for (Step s : d.steps()) {
            if (s.isPausable()) {
                pausable.add(Integer.toString(s.number()));
            }
        }
        if (!pausable.isEmpty()) {
            notes.add("Dapat ditunda pada langkah " + String.join(", ", pausable) + ".");
        }
        b.append("<p class=\"tertib-note\">").append(html(String.join(" ", notes))).append("</p>\n");
        DocumentFrame.footer(b, reference, "Halaman 1 dari " + total);
        b.append("</section>\n");
    }

    private static void gridRow(StringBuilder b, String left, List<String> leftItems, String right,
            List<String> rightItems) {
        b.append("<tr><th>").append(left).append(":</th><th>").append(right).append(":</th></tr>\n<tr><td>");
        list(b, leftItems, left.equals("Peringatan"));
        b.append("</td><td>");
        list(b, rightItems, false);
        b.append("</td></tr>\n");
    }

    private static void list(StringBuilder b, List<String> items, boolean prose) {
        if (items.isEmpty()) {
            b.append("-");
        } else if (items.size() == 1 || prose) {
            b.append(html(String.join(" ", items)));
        } else {
            b.append("<ol>");
            for (String i : items) {
                b.append("<li>").append(html(i)).append("</li>");
            }
            b.append("</ol>");
        }
    }

    /** Escapes a value for HTML, keeping its line breaks. */
    private static String html(String s) {
        return Xml.escape(s.strip()).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>");
    }

    /** The marks present, each label and colour once, in the order of the rows. */
    static List<StepMark> legend(Flowchart f) {
        Map<String, StepMark> seen = new LinkedHashMap<>();
        for (Flowchart.Row r : f.rows) {
            r.mark.ifPresent(m -> seen.putIfAbsent(m.label() + m.colour(), StepMark.of(m.label(), m.colour())));
        }
        return List.copyOf(seen.values());
    }

    /** A neutral emblem where the document has the logo of its government. */
    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"logo\" viewBox=\"0 0 60 60\""
            + " role=\"img\" aria-label=\"logo\"><title>logo</title><path d=\"M30 3 L54 12 L54 30 C54 44 43 53 30 57"
            + " C17 53 6 44 6 30 L6 12 Z\" fill=\"#f4f6f8\" stroke=\"#333\" stroke-width=\"2\"/><path d=\"M30 15 L34 26"
            + " L45 26 L36 33 L39 44 L30 37 L21 44 L24 33 L15 26 L26 26 Z\" fill=\"#b0b7bf\"/></svg>";
}
