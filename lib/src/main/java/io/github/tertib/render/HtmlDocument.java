package io.github.tertib.render;

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

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};

    private static final String CSS = String.join("\n",
            "@page { size: A4 landscape; margin: 10mm; }",
            "* { box-sizing: border-box; }",
            "html { background: #d5d9de; }",
            "body { margin: 0; font-family: " + Text.FONT + "; font-size: 10pt; color: #111; line-height: 1.3; }",
            ".page { width: 297mm; height: 210mm; padding: 10mm; margin: 6mm auto; background: #fff;",
            "  box-shadow: 0 1px 6px rgba(0,0,0,.3); position: relative; overflow: hidden; }",
            ".page > footer { position: absolute; bottom: 4mm; left: 10mm; right: 10mm; font-size: 7.5pt; color: #555;",
            "  display: flex; justify-content: space-between; }",
            ".page > header { font-size: 9pt; color: #222; margin: 0 0 2mm; display: flex; justify-content: space-between; }",
            ".page > header strong { font-size: 9.5pt; }",
            ".flow svg { display: block; width: 100%; height: auto; max-height: 172mm; }",
            "table { border-collapse: collapse; width: 100%; }",
            ".id-head th, .id-head td, .id-grid th, .id-grid td { border: 1px solid #222; padding: 1.4mm 2.4mm;",
            "  vertical-align: top; text-align: left; }",
            ".id-head th { background: #eef1f4; width: 16%; white-space: nowrap; }",
            ".id-head td.org { width: 42%; text-align: center; vertical-align: middle; padding: 4mm; }",
            ".org .logo { width: 18mm; height: 18mm; margin: 0 auto 2mm; display: block; }",
            ".org .gov, .org .agency { font-weight: bold; font-size: 11pt; text-transform: none; }",
            ".org .division, .org .section { font-weight: bold; font-size: 9.5pt; margin-top: 1mm; }",
            ".sign .space { height: 11mm; }",
            ".sign .name { font-weight: bold; text-decoration: underline; }",
            ".id-head .sop-name { font-weight: bold; font-size: 11pt; }",
            ".id-grid { margin-top: 4mm; table-layout: fixed; }",
            ".id-grid th { background: #eef1f4; width: 50%; }",
            ".id-grid td { height: 17mm; }",
            ".id-grid ol { margin: 0; padding-left: 5mm; }",
            ".tertib-note { font-size: 8pt; color: #444; margin-top: 3mm; }",
            ".legend { font-size: 8pt; margin-top: 2mm; display: flex; gap: 5mm; flex-wrap: wrap; }",
            ".legend .swatch { display: inline-block; width: 3mm; height: 3mm; border: 1px solid #333;",
            "  margin-right: 1.5mm; vertical-align: middle; }",
            "@media print {",
            "  html { background: none; }",
            "  .page { margin: 0; box-shadow: none; width: auto; height: 190mm; padding: 0; break-after: page; }",
            "  .page:last-child { break-after: auto; }",
            "  .page > footer { bottom: 0; left: 0; right: 0; }",
            "}");

    private HtmlDocument() {
    }

    static String write(SopDefinition d, Flowchart f) {
        Identity id = d.identity();
        String title = "SOP " + d.number() + " " + d.name();
        int total = 1 + f.pages.size();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"Tertib\"/>\n<title>")
                .append(Text.xml(Text.oneLine(title))).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
        identityPage(b, d, id, total);
        for (int p = 0; p < f.pages.size(); p++) {
            b.append("<section class=\"page flow\" data-page=\"").append(p + 2).append("\">\n<header><strong>")
                    .append(Text.xml(Text.oneLine(title))).append("</strong><span>Bagan alir")
                    .append(f.pages.size() > 1 ? " (" + (p + 1) + "/" + f.pages.size() + ")" : "").append("</span></header>\n");
            b.append(f.svg(p, Text.oneLine("Bagan alir " + title + (f.pages.size() > 1 ? ", bagian " + (p + 1) : ""))));
            if (p == f.pages.size() - 1) {
                legend(b, f);
            }
            footer(b, d, p + 2, total);
            b.append("</section>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void footer(StringBuilder b, SopDefinition d, int page, int total) {
        b.append("<footer><span>").append(Text.xml(Text.oneLine("SOP " + d.number())))
                .append("</span><span>Halaman ").append(page).append(" dari ").append(total).append("</span></footer>\n");
    }

    static String date(Optional<LocalDate> date) {
        return date.map(d -> d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear()).orElse("-");
    }

    private static void identityPage(StringBuilder b, SopDefinition d, Identity id, int total) {
        b.append("<section class=\"page identity\" data-page=\"1\">\n<table class=\"id-head\">\n<tr><td class=\"org\""
                + " rowspan=\"6\">");
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
            s.rank().ifPresent(r -> b.append("<div class=\"rank\">").append(Text.xml(r.pangkat())).append(" (")
                    .append(Text.xml(r.golongan())).append(")</div>"));
            s.nip().ifPresent(n -> b.append("<div class=\"nip\">NIP. ").append(Text.xml(n.toString())).append("</div>"));
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
        footer(b, d, 1, total);
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
        return Text.xml(s.strip()).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>");
    }

    private static void legend(StringBuilder b, Flowchart f) {
        Map<String, StepMark> seen = new LinkedHashMap<>();
        for (Flowchart.Row r : f.rows) {
            r.mark.ifPresent(m -> seen.putIfAbsent(m.label() + m.colour(), m));
        }
        if (seen.isEmpty()) {
            return;
        }
        b.append("<div class=\"legend\">");
        for (StepMark m : seen.values()) {
            b.append("<span><span class=\"swatch\" style=\"background:").append(m.colour()).append("\"></span>")
                    .append(Text.xml(m.label())).append("</span>");
        }
        b.append("</div>\n");
    }

    /** A neutral emblem where the document has the logo of its government. */
    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"logo\" viewBox=\"0 0 60 60\""
            + " role=\"img\" aria-label=\"logo\"><title>logo</title><path d=\"M30 3 L54 12 L54 30 C54 44 43 53 30 57"
            + " C17 53 6 44 6 30 L6 12 Z\" fill=\"#f4f6f8\" stroke=\"#333\" stroke-width=\"2\"/><path d=\"M30 15 L34 26"
            + " L45 26 L36 33 L39 44 L30 37 L21 44 L24 33 L15 26 L26 26 Z\" fill=\"#b0b7bf\"/></svg>";
}
