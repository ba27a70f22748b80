package io.github.tertib.render;

import io.github.tertib.internal.Xml;
import java.util.List;

/**
 * The frame every HTML document of this package shares: the XHTML head, one stylesheet (A4 landscape
 * sheets, the font, the ink, the header shade of tables, the case band, the legend) and the closing tags.
 * The SOP document and the monitoring report are written into it, so that they print alike.
 */
final class DocumentFrame {

    /** The stylesheet of every document. */
    static final String CSS = String.join("\n",
            "@page { size: A4 landscape; margin: 10mm; }",
            "* { box-sizing: border-box; }",
            "html { background: #d5d9de; }",
            "body { margin: 0; font-family: " + Text.FONT + "; font-size: 10pt; color: #111; line-height: 1.3; }",
            ".page { width: 297mm; height: 210mm; padding: 10mm; margin: 6mm auto; background: #fff;",
            "  box-shadow: 0 1px 6px rgba(0,0,0,.3); position: relative; overflow: hidden; }",
            ".page.report { height: auto; min-height: 210mm; overflow: visible; padding-bottom: 16mm; }",
            ".page > footer { position: absolute; bottom: 4mm; left: 10mm; right: 10mm; font-size: 7.5pt; color: #555;",
            "  display: flex; justify-content: space-between; }",
            ".page > header { font-size: 9pt; color: #222; margin: 0 0 2mm; display: flex; justify-content: space-between; }",
            ".page > header strong { font-size: 9.5pt; }",
            ".case { font-size: 8.5pt; margin: 0 0 2mm; padding: 1.2mm 2.4mm; border-left: 1.2mm solid #0072b2;",
            "  background: #eef1f4; }",
            ".flow svg { display: block; width: 100%; height: auto; max-height: 172mm; }",
            ".flow.captioned svg { max-height: 164mm; }",
            "table { border-collapse: collapse; width: 100%; }",
            ".id-head th, .id-head td, .id-grid th, .id-grid td, .data th, .data td { border: 1px solid #222;",
            "  padding: 1.4mm 2.4mm; vertical-align: top; text-align: left; }",
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
            ".captioned .id-grid td { height: 11mm; }",
            ".id-grid ol { margin: 0; padding-left: 5mm; }",
            ".tertib-note { font-size: 8pt; color: #444; margin-top: 3mm; }",
            ".legend { font-size: 8pt; margin-top: 2mm; display: flex; gap: 5mm; flex-wrap: wrap; }",
            ".legend .swatch { display: inline-block; width: 3.2mm; height: 3.2mm; margin-right: 1.5mm;",
            "  vertical-align: -0.5mm; }",
            "h2 { font-size: 10.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }",
            ".data { font-size: 9pt; }",
            ".data th { background: #eef1f4; font-weight: bold; }",
            ".data td.num, .data th.num { text-align: right; font-variant-numeric: tabular-nums; }",
            ".data td.num { white-space: nowrap; }",
            ".data td.activity { width: 34%; }",
            ".data td.nowrap { white-space: nowrap; }",
            ".data.narrow { width: auto; min-width: 50%; }",
            ".data tr { break-inside: avoid; }",
            ".data tr.short td { background: #fdf0e6; }",
            ".data .verdict { font-weight: bold; white-space: nowrap; }",
            ".bar { display: block; }",
            "td .bar { display: inline-block; vertical-align: -0.3mm; margin-left: 2mm; }",
            "@media print {",
            "  html { background: none; }",
            "  .page { margin: 0; box-shadow: none; width: auto; height: 190mm; padding: 0; break-after: page; }",
            "  .page.report { height: auto; min-height: 0; padding: 0 0 8mm; }",
            "  .page:last-child { break-after: auto; }",
            "  .page > footer { bottom: 0; left: 0; right: 0; }",
            "  .case, .data th, .data tr.short td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }",
            "}");

    private DocumentFrame() {
    }

    /** Opens a document: the doctype, the head with its title and the stylesheet, the body. */
    static void open(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"Tertib\"/>\n<title>")
                .append(Xml.escape(Text.oneLine(title))).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n");
    }

    /** Closes what {@link #open} opened. */
    static void close(StringBuilder b) {
        b.append("</body>\n</html>\n");
    }

    /** A page's header line: the title in bold on the left, a note on the right. */
    static void header(StringBuilder b, String title, String right) {
        b.append("<header><strong>").append(Xml.escape(Text.oneLine(title))).append("</strong><span>")
                .append(Xml.escape(right)).append("</span></header>\n");
    }

    /** A page's footer line: a reference on the left, a note (such as the page number) on the right. */
    static void footer(StringBuilder b, String left, String right) {
        b.append("<footer><span>").append(Xml.escape(Text.oneLine(left))).append("</span><span>").append(Xml.escape(right))
                .append("</span></footer>\n");
    }

    /** The band under a header that says what the page describes: a case and an instant, or a report's scope. */
    static void band(StringBuilder b, String text) {
        b.append("<p class=\"case\">").append(Xml.escape(text)).append("</p>\n");
    }

    /** A legend: a swatch (filled as the flowchart fills its symbols) and the label of each mark. */
    static void legend(StringBuilder b, List<StepMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        b.append("<div class=\"legend\">");
        for (StepMark m : marks) {
            b.append("<span class=\"legend-item\">").append(swatch(m.colour())).append(Xml.escape(m.label()))
                    .append("</span>");
        }
        b.append("</div>\n");
    }

    /** A square of a colour as an inline SVG, which prints whether or not the browser prints backgrounds. */
    static String swatch(String colour) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"swatch\" viewBox=\"0 0 12 12\" width=\"12\""
                + " height=\"12\" aria-hidden=\"true\"><rect x=\"0.5\" y=\"0.5\" width=\"11\" height=\"11\" fill=\""
                + colour + "\" fill-opacity=\"0.55\" stroke=\"#111\" stroke-width=\"0.8\"/></svg>";
    }
}
