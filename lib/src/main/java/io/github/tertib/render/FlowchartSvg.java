package io.github.tertib.render;

import static io.github.tertib.render.Flowchart.FONT;
import static io.github.tertib.render.Flowchart.HEAD_A;
import static io.github.tertib.render.Flowchart.LINE;
import static io.github.tertib.render.Flowchart.PAD;

import io.github.tertib.internal.Xml;
import io.github.tertib.render.Flowchart.Edge;
import io.github.tertib.render.Flowchart.Row;
import io.github.tertib.render.Flowchart.Sym;
import io.github.tertib.sop.StepKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a laid-out {@link Flowchart} page as SVG: the grid and header, the cells of every row, the
 * symbols of the parts, the arrows ({@link FlowchartArrows}) and the key of marks.
 */
final class FlowchartSvg {

    private static final double SYMBOL_FONT = 9;

    private final Flowchart f;

    FlowchartSvg(Flowchart f) {
        this.f = f;
    }

    /**
     * Draws one page of the table as an SVG element, with a key under it when there is a caption or a
     * legend: the caption's lines, then a swatch and label per mark of the legend.
     */
    String page(int page, String title, String caption, List<StepMark> legend) {
        FlowchartPage g = new FlowchartPage(f, page);
        List<String> captionLines = caption.isEmpty() ? List.of() : Text.wrap(caption, f.width, KEY_FONT, false);
        List<double[]> swatches = new ArrayList<>();
        double x = 0;
        double y = g.height + 3 + (captionLines.isEmpty() ? 0 : 16 + captionLines.size() * KEY_LINE);
        for (StepMark m : legend) {
            double w = 16 + Text.width(m.label(), KEY_FONT, false) + 18;
            if (x > 0 && x + w > f.width) {
                x = 0;
                y += KEY_LINE + 2;
            }
            swatches.add(new double[] {x, y});
            x += w;
        }
        double keyHeight = captionLines.isEmpty() && legend.isEmpty() ? 0
                : (legend.isEmpty() ? y - g.height - 3 : y + KEY_LINE + 2 - g.height - 3) + 10;
        double fullHeight = g.height + 3 + keyHeight;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tertib-flowchart\" viewBox=\"0 0 ")
                .append(Text.num(f.width + 3)).append(' ').append(Text.num(fullHeight)).append("\" width=\"")
                .append(Text.num(f.width + 3)).append("\" height=\"").append(Text.num(fullHeight))
                .append("\" font-family=\"").append(Xml.escape(Text.FONT)).append("\" font-size=\"").append(FONT)
                .append("\" role=\"img\" aria-label=\"").append(Xml.escape(title)).append("\">\n");
        b.append("<title>").append(Xml.escape(title)).append("</title>\n");
        marks(b, g);
        grid(b, g);
        header(b);
        b.append("<g class=\"cells\">\n");
        for (int i = g.first; i < g.end; i++) {
            cells(b, g, f.rows.get(i));
        }
        b.append("</g>\n<g class=\"arrows\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.2\">\n");
        new FlowchartArrows(f).write(b, g);
        b.append("</g>\n<g class=\"symbols\">\n");
        for (int i = g.first; i < g.end; i++) {
            symbols(b, g, f.rows.get(i));
        }
        b.append("</g>\n");
        if (keyHeight > 0) {
            key(b, g.height + 3, captionLines, legend, swatches);
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static final double KEY_FONT = 10;
    private static final double KEY_LINE = 14;

    private static void key(StringBuilder b, double top, List<String> caption, List<StepMark> legend,
            List<double[]> at) {
        b.append("<g class=\"key\" font-size=\"").append(Text.num(KEY_FONT)).append("\">\n");
        if (!caption.isEmpty()) {
            b.append("<text class=\"caption\">");
            for (int i = 0; i < caption.size(); i++) {
                b.append("<tspan x=\"0\" y=\"").append(Text.num(top + 10 + (i + 0.8) * KEY_LINE)).append("\">")
                        .append(Xml.escape(caption.get(i))).append(i + 1 < caption.size() ? " " : "").append("</tspan>");
            }
            b.append("</text>\n");
        }
        for (int i = 0; i < legend.size(); i++) {
            StepMark m = legend.get(i);
            double[] p = at.get(i);
            b.append("<g class=\"legend-item\"><rect x=\"").append(Text.num(p[0] + 0.5)).append("\" y=\"")
                    .append(Text.num(p[1] + 2.5)).append("\" width=\"11\" height=\"11\" fill=\"").append(m.colour())
                    .append("\" fill-opacity=\"0.55\" stroke=\"#111\" stroke-width=\"0.8\"/><text x=\"")
                    .append(Text.num(p[0] + 16)).append("\" y=\"").append(Text.num(p[1] + 12)).append("\">")
                    .append(Xml.escape(m.label())).append("</text></g>\n");
        }
        b.append("</g>\n");
    }

    private void marks(StringBuilder b, FlowchartPage g) {
        for (int i = g.first; i < g.end; i++) {
            Row r = f.rows.get(i);
            if (r.mark.isPresent()) {
                b.append("<rect class=\"mark\" data-step=\"").append(r.step.number()).append("\" x=\"0.5\" y=\"")
                        .append(Text.num(g.top[i] + 0.5)).append("\" width=\"").append(Text.num(f.width))
                        .append("\" height=\"").append(Text.num(r.height)).append("\" fill=\"")
                        .append(r.mark.get().colour()).append("\" fill-opacity=\"0.16\"/>\n");
            }
        }
    }

    private void line(StringBuilder b, double x1, double y1, double x2, double y2) {
        b.append("<line x1=\"").append(Text.num(x1 + 0.5)).append("\" y1=\"").append(Text.num(y1 + 0.5))
                .append("\" x2=\"").append(Text.num(x2 + 0.5)).append("\" y2=\"").append(Text.num(y2 + 0.5))
                .append("\"/>\n");
    }

    private void grid(StringBuilder b, FlowchartPage g) {
        b.append("<rect class=\"head\" x=\"0.5\" y=\"0.5\" width=\"").append(Text.num(f.width)).append("\" height=\"")
                .append(Text.num(f.headHeight())).append("\" fill=\"#eef1f4\"/>\n");
        b.append("<g class=\"grid\" stroke=\"#333\" stroke-width=\"0.8\">\n");
        double h = g.height;
        b.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(Text.num(f.width)).append("\" height=\"")
                .append(Text.num(h)).append("\" fill=\"none\"/>\n");
        for (double x : new double[] {f.noW, f.lanesX(), f.kelX(), f.ketX()}) {
            line(b, x, 0, x, h);
        }
        for (int i = 1; i < f.roles.size(); i++) {
            line(b, f.laneLeft(i), HEAD_A, f.laneLeft(i), h);
        }
        line(b, f.waktuX(), HEAD_A, f.waktuX(), h);
        line(b, f.outX(), HEAD_A, f.outX(), h);
        line(b, f.lanesX(), HEAD_A, f.ketX(), HEAD_A);
        line(b, 0, f.headHeight(), f.width, f.headHeight());
        if (g.topStrip) {
            line(b, 0, g.bodyTop, f.width, g.bodyTop);
        }
        for (int i = g.first; i < g.end; i++) {
            line(b, 0, g.top[i] + f.rows.get(i).height, f.width, g.top[i] + f.rows.get(i).height);
        }
        b.append("</g>\n");
    }

    private void header(StringBuilder b) {
        b.append("<g class=\"header\" font-weight=\"bold\" text-anchor=\"middle\">\n");
        double mid = f.headHeight() / 2 + 4;
        text(b, f.noW / 2, mid, "No");
        text(b, f.noW + f.kegW / 2, mid, "Kegiatan");
        text(b, (f.lanesX() + f.lanesEnd()) / 2, HEAD_A / 2 + 4, "Pelaksana");
        text(b, (f.kelX() + f.ketX()) / 2, HEAD_A / 2 + 4, "Mutu Baku");
        text(b, f.ketX() + f.ketW / 2, mid, "Keterangan");
        double subMid = HEAD_A + f.headB / 2 + 4;
        text(b, f.kelX() + f.kelW / 2, subMid, "Kelengkapan");
        text(b, f.waktuX() + f.waktuW / 2, subMid, "Waktu");
        text(b, f.outX() + f.outW / 2, subMid, "Output");
        for (int i = 0; i < f.roles.size(); i++) {
            List<String> lines = f.roleTitles.get(i);
            double left = f.laneLeft(i);
            double right = i == f.roles.size() - 1 ? f.lanesEnd() : f.laneLeft(i + 1);
            double y = HEAD_A + (f.headB - lines.size() * 12) / 2 + 9.5;
            b.append("<text class=\"role\" data-role=\"").append(Xml.escape(f.roles.get(i).id())).append("\" font-size=\"9.5\">");
            for (int k = 0; k < lines.size(); k++) {
                b.append("<tspan x=\"").append(Text.num((left + right) / 2)).append("\" y=\"").append(Text.num(y + k * 12))
                        .append("\">").append(Xml.escape(lines.get(k))).append(k + 1 < lines.size() ? " " : "")
                        .append("</tspan>");
            }
            b.append("</text>\n");
        }
        b.append("</g>\n");
    }

    private static void text(StringBuilder b, double x, double y, String s) {
        b.append("<text x=\"").append(Text.num(x)).append("\" y=\"").append(Text.num(y)).append("\">")
                .append(Xml.escape(s)).append("</text>\n");
    }

    /** Writes lines as one text element, vertically centred in the row. */
    private static void block(StringBuilder b, String cls, double x, double rowTop, double rowH, List<String> lines,
            String anchor, String extra) {
        if (lines.isEmpty()) {
            return;
        }
        double y = rowTop + (rowH - lines.size() * LINE) / 2 + LINE * 0.78;
        b.append("<text class=\"").append(cls).append("\"").append(anchor.isEmpty() ? "" : " text-anchor=\"" + anchor
                + "\"").append(extra).append(">");
        for (int i = 0; i < lines.size(); i++) {
            // a space between lines, so that the text reads (and copies) as words
            b.append("<tspan x=\"").append(Text.num(x)).append("\" y=\"").append(Text.num(y + i * LINE)).append("\">")
                    .append(Xml.escape(lines.get(i))).append(i + 1 < lines.size() ? " " : "").append("</tspan>");
        }
        b.append("</text>\n");
    }

    private void cells(StringBuilder b, FlowchartPage g, Row r) {
        double top = g.top[r.index];
        double h = r.height;
        b.append("<g class=\"row\" data-step=\"").append(r.step.number()).append("\">\n");
        block(b, "no", f.noW / 2, top, h, List.of(Integer.toString(r.step.number())), "middle", "");
        block(b, "activity", f.noW + PAD, top, h, r.activity, "", "");
        block(b, "requirements", f.kelX() + PAD, top, h, r.requirements, "", "");
        block(b, "time", f.waktuX() + f.waktuW / 2, top, h, r.time, "middle", "");
        block(b, "outputs", f.outX() + PAD, top, h, r.outputs, "", "");
        List<String> ket = new ArrayList<>(r.note);
        if (!ket.isEmpty() || !r.flags.isEmpty()) {
            double y = top + (h - (ket.size() + r.flags.size()) * LINE - r.gap) / 2 + LINE * 0.78;
            b.append("<text class=\"note\">");
            int k = 0;
            for (String l : ket) {
                if (k == r.markEnd) {
                    y += r.gap;
                }
                b.append("<tspan x=\"").append(Text.num(f.ketX() + PAD)).append("\" y=\"").append(Text.num(y + k * LINE))
                        .append("\"");
                String line = l;
                if (k < r.markLines) {
                    // The dot carries the colour; the words stay in ink, legible whatever the colour.
                    b.append(" class=\"mark-label\" font-weight=\"bold\">");
                    if (k == 0 && line.startsWith("\u25cf ")) {
                        b.append("<tspan fill=\"").append(r.mark.get().colour()).append("\">\u25cf</tspan>");
                        line = line.substring(1);
                    }
                } else if (k < r.markEnd) {
                    b.append(" class=\"mark-detail\" fill=\"#333\">");
                } else {
                    b.append(">");
                }
                b.append(Xml.escape(line)).append(" </tspan>");
                k++;
            }
            for (String l : r.flags) {
                b.append("<tspan class=\"flags\" x=\"").append(Text.num(f.ketX() + PAD)).append("\" y=\"")
                        .append(Text.num(y + k * LINE)).append("\" font-style=\"italic\" fill=\"#555\" font-size=\"9.5\">")
                        .append(Xml.escape(l)).append("</tspan>");
                k++;
            }
            b.append("</text>\n");
        }
        b.append("</g>\n");
    }

    // ------------------------------------------------------------------ symbols

    private void symbols(StringBuilder b, FlowchartPage g, Row r) {
        double cy = g.cy(r.index);
        List<Sym> syms = new ArrayList<>(r.syms);
        syms.sort(Comparator.comparingInt(s -> s.lane));
        for (int i = 0; i + 1 < syms.size(); i++) {
            Sym a = syms.get(i);
            Sym c = syms.get(i + 1);
            b.append("<line class=\"part-link\" data-step=\"").append(r.step.number()).append("\" x1=\"")
                    .append(Text.num(a.cx + a.w / 2)).append("\" y1=\"").append(Text.num(cy)).append("\" x2=\"")
                    .append(Text.num(c.cx - c.w / 2)).append("\" y2=\"").append(Text.num(cy))
                    .append("\" stroke=\"#222\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>\n");
        }
        String fill = r.mark.map(StepMark::colour).orElse("#ffffff");
        String opacity = r.mark.isPresent() ? "\" fill-opacity=\"0.55" : "";
        for (Sym s : r.syms) {
            StepKind kind = s.step.kind();
            b.append("<g class=\"symbol ").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append("\" data-step=\"")
                    .append(s.step.number()).append("\" data-role=\"").append(Xml.escape(s.roleId)).append("\">");
            b.append("<title>").append(Xml.escape(s.step.number() + ". " + Text.oneLine(s.label.isEmpty()
                    ? s.step.activity() : s.label))).append("</title>");
            String style = "\" fill=\"" + fill + opacity + "\" stroke=\"#111\" stroke-width=\"1.3\"/>";
            double x = s.cx - s.w / 2;
            double y = cy - s.h / 2;
            String x0 = Text.num(x);
            String y0 = Text.num(y);
            String box = "<rect class=\"shape\" x=\"" + x0 + "\" y=\"" + y0 + "\" width=\"" + Text.num(s.w)
                    + "\" height=\"" + Text.num(s.h);
            b.append(switch (kind) {
                case DECISION -> "<polygon class=\"shape\" points=\"" + Text.num(s.cx) + ',' + y0 + ' '
                        + Text.num(s.cx + s.w / 2) + ',' + Text.num(cy) + ' ' + Text.num(s.cx) + ',' + Text.num(y + s.h)
                        + ' ' + x0 + ',' + Text.num(cy);
                case PROCESS -> box;
                case START, END -> box + "\" rx=\"" + Text.num(s.h / 2);
            }).append(style);
            symbolLabel(b, s, cy);
            b.append("</g>\n");
        }
    }

    private static void symbolLabel(StringBuilder b, Sym s, double cy) {
        String label = Text.oneLine(s.label);
        if (label.isEmpty()) {
            return;
        }
        double room = s.step.kind() == StepKind.DECISION ? s.w * 0.62 : s.w - 8;
        double size = SYMBOL_FONT;
        while (size > 7 && Text.width(label, size, false) > room) {
            size -= 0.5;
        }
        String shown = label;
        if (Text.width(shown, size, false) > room) {
            while (shown.length() > 1 && Text.width(shown + "\u2026", size, false) > room) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = shown + "\u2026";
        }
        b.append("<text class=\"label\" x=\"").append(Text.num(s.cx)).append("\" y=\"").append(Text.num(cy + size * 0.35))
                .append("\" text-anchor=\"middle\" font-size=\"").append(Text.num(size)).append("\">")
                .append(Xml.escape(shown)).append("</text>");
    }

}
