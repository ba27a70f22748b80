package io.github.tertib.render;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out and draws the flowchart table of a definition: No, Kegiatan, one column (lane) per role with
 * the symbols of the parts, Mutu Baku and Keterangan; arrows between consecutive rows, loops and jumps
 * drawn down or up the side of the lanes on tracks that do not cross, and off-page connectors where the
 * table is split over pages. Sizes are CSS pixels; the width is that of A4 landscape less 10 mm margins.
 */
final class Flowchart {

    /** A4 landscape less 10 mm margins is 1047 px; a few pixels are left so that the outer border is never clipped. */
    static final double WIDTH = 1040;
    static final double FONT = 10.5;
    static final double LINE = 13;
    static final double PAD = 5;
    static final double HEAD_A = 22;
    static final double MIN_ROW = 64;
    static final double STRIP = 30;
    /** The height a flowchart page gives the table: A4 landscape less margins, title and footer. */
    static final double PAGE_TABLE = 640;
    /** The height the band of a case's compliance takes from a page: two lines of text and its padding. */
    static final double CASE_BAND = 48;
    private static final double TRACK = 9;
    private static final double SYMBOL_FONT = 9;

    enum Side {
        LEFT, RIGHT
    }

    /** A symbol: the shape of one part (or of a partless END) in its lane. */
    static final class Sym {
        final Step step;
        final String roleId;
        final String label;
        final int lane;
        double cx;
        double w;
        double h;

        Sym(Step step, String roleId, String label, int lane) {
            this.step = step;
            this.roleId = roleId;
            this.label = label;
            this.lane = lane;
        }
    }

    /** A row of the table: its step, wrapped texts, symbols and height. */
    static final class Row {
        final Step step;
        final int index;
        final List<Sym> syms = new ArrayList<>();
        final Optional<StepMark> mark;
        List<String> activity;
        List<String> requirements;
        List<String> time;
        List<String> outputs;
        List<String> note;
        int markLines;
        int markEnd;
        double gap;
        List<String> flags;
        double height;

        Row(Step step, int index, Optional<StepMark> mark) {
            this.step = step;
            this.index = index;
            this.mark = mark;
        }
    }

    /** A transition: from a row to a row, with its answer; drawn down to the next row or along a side track. */
    static final class Edge {
        final int from;
        final int to;
        final String answer;
        final boolean down;
        Side side = Side.LEFT;
        int track;
        boolean exitBottom;
        String connector = "";

        Edge(int from, int to, String answer) {
            this.from = from;
            this.to = to;
            this.answer = answer;
            this.down = to == from + 1;
        }

        int low() {
            return Math.min(from, to);
        }

        int high() {
            return Math.max(from, to);
        }
    }

    final SopDefinition definition;
    final List<Role> roles;
    final List<Row> rows = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final List<int[]> pages = new ArrayList<>();
    private final Map<Integer, Integer> rowOf = new HashMap<>();
    private final double pageTable;

    double noW = 30;
    double kegW = 230;
    double kelW = 96;
    double waktuW = 64;
    double outW = 96;
    double ketW = 150;
    double laneW;
    double gutterLeft;
    double gutterRight;
    double width;
    double headB;
    final List<List<String>> roleTitles = new ArrayList<>();

    Flowchart(SopDefinition d, StepMarks marks, int rowsPerPage, boolean paged) {
        this.definition = d;
        this.roles = d.roles();
        this.pageTable = PAGE_TABLE - (marks instanceof ComplianceMarks ? CASE_BAND : 0);
        List<Step> steps = d.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            rowOf.put(s.number(), i);
            rows.add(new Row(s, i, marks.mark(s)));
        }
        for (Row r : rows) {
            for (Assignment a : r.step.parts()) {
                r.syms.add(new Sym(r.step, a.role().id(), a.label(), roles.indexOf(a.role())));
            }
        }
        for (Row r : rows) {
            Step s = r.step;
            if (s.next().isPresent()) {
                edges.add(new Edge(r.index, rowOf.get(s.next().getAsInt()), ""));
            }
            if (s.ifYes().isPresent()) {
                edges.add(new Edge(r.index, rowOf.get(s.ifYes().getAsInt()), "Ya"));
            }
            if (s.ifNo().isPresent()) {
                edges.add(new Edge(r.index, rowOf.get(s.ifNo().getAsInt()), "Tidak"));
            }
        }
        for (Row r : rows) {
            if (r.syms.isEmpty()) {
                r.syms.add(new Sym(r.step, "", r.step.kind() == StepKind.END ? "Selesai" : "", partlessLane(r)));
            }
        }
        assignSides();
        columns();
        for (Row r : rows) {
            measure(r);
        }
        paginate(paged ? rowsPerPage : Integer.MAX_VALUE, paged);
        int letter = 0;
        for (Edge e : edges) {
            if (pageOf(e.from) != pageOf(e.to)) {
                e.connector = letters(letter++);
            }
        }
    }

    private static String letters(int i) {
        String s = "";
        int n = i;
        do {
            s = (char) ('A' + n % 26) + s;
            n = n / 26 - 1;
        } while (n >= 0);
        return s;
    }

    /** The lane of an END without parts: that of the first step leading to it, or the first lane. */
    private int partlessLane(Row r) {
        for (Edge e : edges) {
            if (e.to == r.index && e.from != r.index) {
                Row from = rows.get(e.from);
                return from.step.parts().isEmpty() ? 0 : roles.indexOf(from.step.parts().get(0).role());
            }
        }
        return 0;
    }

    private int minLane(int row) {
        return rows.get(row).syms.stream().mapToInt(s -> s.lane).min().orElse(0);
    }

    private int maxLane(int row) {
        return rows.get(row).syms.stream().mapToInt(s -> s.lane).max().orElse(0);
    }

    /**
     * Puts every transition that does not go to the next row on a side (left or right of the lanes) and a
     * track there. Shorter spans first take the inner tracks; a longer one goes outside those it overlaps,
     * on the side where none of its ends lies strictly inside an inner one's span (which would make its
     * horizontal segments cross the inner vertical) and where its horizontal segments are shortest.
     */
    private void assignSides() {
        int n = roles.size();
        List<Edge> side = new ArrayList<>();
        for (Edge e : edges) {
            if (!e.down) {
                side.add(e);
            }
        }
        side.sort(Comparator.comparingInt((Edge e) -> e.high() - e.low()).thenComparingInt(e -> e.from));
        Map<Side, List<Edge>> placed = new HashMap<>();
        placed.put(Side.LEFT, new ArrayList<>());
        placed.put(Side.RIGHT, new ArrayList<>());
        for (Edge e : side) {
            double best = Double.MAX_VALUE;
            Side chosen = Side.LEFT;
            for (Side s : Side.values()) {
                int conflicts = 0;
                for (Edge o : placed.get(s)) {
                    if (overlaps(e, o) && (strictlyInside(e.from, o) || strictlyInside(e.to, o))) {
                        conflicts++;
                    }
                }
                double cost = s == Side.LEFT ? minLane(e.from) + minLane(e.to)
                        : (n - 1 - maxLane(e.from)) + (n - 1 - maxLane(e.to));
                for (Edge o : placed.get(s)) {
                    if (o.from == e.from) {
                        cost += 500; // a decision's two side exits: one on each side unless that crosses
                    }
                    if (sharesExitAndEntry(e, o)) {
                        cost += 2;
                    }
                }
                double score = conflicts * 1000 + cost;
                if (score < best) {
                    best = score;
                    chosen = s;
                }
            }
            e.side = chosen;
            int track = 0;
            for (Edge o : placed.get(chosen)) {
                if (overlaps(e, o)) {
                    track = Math.max(track, o.track + 1);
                }
            }
            e.track = track;
            placed.get(chosen).add(e);
        }
        // Two side exits of one decision on one side: one leaves from the bottom vertex. The inner one
        // may, if it goes down; otherwise the outer one does (the inner then goes up from the side vertex).
        for (Side s : Side.values()) {
            for (Edge a : placed.get(s)) {
                for (Edge b : placed.get(s)) {
                    if (a != b && a.from == b.from && a.track < b.track) {
                        boolean innerDown = a.to > a.from;
                        a.exitBottom = innerDown;
                        b.exitBottom = !innerDown;
                    }
                }
            }
        }
        gutterLeft = gutter(placed.get(Side.LEFT));
        gutterRight = gutter(placed.get(Side.RIGHT));
    }

    private static double gutter(List<Edge> placed) {
        int tracks = placed.stream().mapToInt(e -> e.track + 1).max().orElse(0);
        return tracks == 0 ? 0 : 12 + TRACK * tracks;
    }

    private static boolean overlaps(Edge a, Edge b) {
        return a.low() <= b.high() && b.low() <= a.high();
    }

    private static boolean strictlyInside(int row, Edge o) {
        return row > o.low() && row < o.high();
    }

    /** Whether one route leaves a row on the side where the other enters it: their segments would overlap. */
    private static boolean sharesExitAndEntry(Edge a, Edge b) {
        return a.from == b.to || a.to == b.from;
    }

    private void columns() {
        int n = Math.max(1, roles.size());
        double fixed = noW + kegW + kelW + waktuW + outW + ketW + gutterLeft + gutterRight;
        laneW = (WIDTH - fixed) / n;
        if (laneW > 112) {
            double extra = (laneW - 112) * n;
            laneW = 112;
            kegW += extra * 0.6;
            ketW += extra * 0.4;
        } else if (laneW < 62) {
            kegW = 170;
            ketW = 112;
            kelW = 84;
            outW = 84;
            waktuW = 58;
            fixed = noW + kegW + kelW + waktuW + outW + ketW + gutterLeft + gutterRight;
            laneW = Math.max(62, (WIDTH - fixed) / n);
        }
        width = noW + kegW + gutterLeft + laneW * n + gutterRight + kelW + waktuW + outW + ketW;
        double symW = Math.min(laneW - 14, 80);
        double diaW = Math.min(laneW - 8, 66);
        for (Row r : rows) {
            for (Sym s : r.syms) {
                s.cx = lanesX() + gutterLeft + (s.lane + 0.5) * laneW;
                switch (s.step.kind()) {
                    case DECISION:
                        s.w = diaW;
                        s.h = 38;
                        break;
                    case PROCESS:
                        s.w = symW;
                        s.h = 28;
                        break;
                    default:
                        s.w = symW;
                        s.h = 24;
                        break;
                }
            }
        }
        double max = 1;
        for (Role role : roles) {
            List<String> lines = Text.wrap(role.title(), laneW + (roles.size() == 1 ? gutterLeft + gutterRight : 0)
                    - 8, 9.5, true);
            roleTitles.add(lines);
            max = Math.max(max, lines.size());
        }
        headB = Math.max(24, max * 12 + 10);
    }

    double lanesX() {
        return noW + kegW;
    }

    double lanesEnd() {
        return lanesX() + gutterLeft + laneW * Math.max(1, roles.size()) + gutterRight;
    }

    /** The left edge of lane i as a table column (the first and last lanes include the gutters). */
    double laneLeft(int i) {
        return i == 0 ? lanesX() : lanesX() + gutterLeft + i * laneW;
    }

    double kelX() {
        return lanesEnd();
    }

    double waktuX() {
        return kelX() + kelW;
    }

    double outX() {
        return waktuX() + waktuW;
    }

    double ketX() {
        return outX() + outW;
    }

    double headHeight() {
        return HEAD_A + headB;
    }

    private void measure(Row r) {
        Step s = r.step;
        r.activity = Text.wrap(s.activity(), kegW - 2 * PAD, FONT, false);
        r.requirements = items(s.standard().requirements(), kelW);
        r.time = s.time().map(t -> Text.wrap(t.text(), waktuW - 2 * PAD, FONT, false)).orElse(List.of());
        r.outputs = items(s.standard().outputs(), outW);
        List<String> note = new ArrayList<>();
        r.mark.ifPresent(m -> {
            note.addAll(Text.wrap("\u25cf " + m.label(), ketW - 2 * PAD, FONT, true));
            r.markLines = note.size();
            note.addAll(Text.wrap(m.detail(), ketW - 2 * PAD, FONT, false));
            r.markEnd = note.size();
        });
        s.note().ifPresent(t -> note.addAll(Text.wrap(t, ketW - 2 * PAD, FONT, false)));
        r.note = note;
        List<String> flags = Text.flags(s);
        r.flags = flags.isEmpty() ? List.of() : Text.wrap("(" + String.join("; ", flags) + ")", ketW - 2 * PAD, 9.5, false);
        // Half a line between a mark and the step's own note, so that the two read apart.
        r.gap = r.markEnd > 0 && r.note.size() > r.markEnd ? LINE / 2 : 0;
        int lines = Math.max(r.activity.size(), Math.max(r.requirements.size(), Math.max(r.time.size(),
                r.outputs.size())));
        r.height = Math.max(MIN_ROW, Math.max(lines * LINE, (r.note.size() + r.flags.size()) * LINE + r.gap)
                + 2 * PAD + 6);
    }

    private static List<String> items(List<String> items, double w) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            List<String> lines = Text.wrap((items.size() > 1 ? "\u2022 " : "") + item, w - 2 * PAD, FONT, false);
            out.addAll(lines);
        }
        return out;
    }

    private void paginate(int rowsPerPage, boolean paged) {
        double total = 0;
        for (Row r : rows) {
            total += r.height;
        }
        if (!paged || rows.size() <= rowsPerPage && total <= pageTable - headHeight()) {
            // One page needs no off-page connectors, so it has no strips to leave room for.
            pages.add(new int[] {0, rows.size()});
            return;
        }
        double budget = pageTable - headHeight() - 2 * STRIP;
        int first = 0;
        while (first < rows.size()) {
            int end = first;
            double used = 0;
            while (end < rows.size() && (end == first || end - first < rowsPerPage
                    && used + rows.get(end).height <= budget)) {
                used += rows.get(end).height;
                end++;
            }
            pages.add(new int[] {first, end});
            first = end;
        }
    }

    int pageOf(int row) {
        for (int p = 0; p < pages.size(); p++) {
            if (row >= pages.get(p)[0] && row < pages.get(p)[1]) {
                return p;
            }
        }
        return 0;
    }

    // =========================================================================== drawing

    /** A page being drawn: its rows' tops and its strips. */
    private final class PageGeometry {
        final int page;
        final int first;
        final int end;
        final boolean topStrip;
        final boolean bottomStrip;
        final double bodyTop;
        final double[] top = new double[rows.size()];
        final double height;

        PageGeometry(int page) {
            this.page = page;
            this.first = pages.get(page)[0];
            this.end = pages.get(page)[1];
            boolean t = false;
            boolean b = false;
            for (Edge e : edges) {
                int ps = pageOf(e.from);
                int pt = pageOf(e.to);
                if (ps == pt) {
                    continue;
                }
                boolean forward = pt > ps;
                if (ps == page) {
                    t |= !forward;
                    b |= forward;
                }
                if (pt == page) {
                    t |= forward;
                    b |= !forward;
                }
            }
            this.topStrip = t;
            this.bottomStrip = b;
            this.bodyTop = headHeight() + (t ? STRIP : 0);
            double y = bodyTop;
            for (int i = first; i < end; i++) {
                top[i] = y;
                y += rows.get(i).height;
            }
            this.height = y + (b ? STRIP : 0);
        }

        double bodyEnd() {
            return height - (bottomStrip ? STRIP : 0);
        }

        double cy(int row) {
            return top[row] + rows.get(row).height / 2;
        }

        double topStripY() {
            return headHeight() + STRIP / 2;
        }

        double bottomStripY() {
            return height - STRIP / 2;
        }
    }

    /** Draws one page of the table (or, unpaged, the whole table) as an SVG element. */
    String svg(int page, String title) {
        return svg(page, title, "", List.of());
    }

    /**
     * Draws one page of the table as an SVG element, with a key under it when there is a caption or a
     * legend: the caption's lines, then a swatch and label per mark of the legend.
     */
    String svg(int page, String title, String caption, List<StepMark> legend) {
        PageGeometry g = new PageGeometry(page);
        List<String> captionLines = caption.isEmpty() ? List.of() : Text.wrap(caption, width, KEY_FONT, false);
        List<double[]> swatches = new ArrayList<>();
        double x = 0;
        double y = g.height + 3 + (captionLines.isEmpty() ? 0 : 16 + captionLines.size() * KEY_LINE);
        for (StepMark m : legend) {
            double w = 16 + Text.width(m.label(), KEY_FONT, false) + 18;
            if (x > 0 && x + w > width) {
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
                .append(Text.num(width + 3)).append(' ').append(Text.num(fullHeight)).append("\" width=\"")
                .append(Text.num(width + 3)).append("\" height=\"").append(Text.num(fullHeight))
                .append("\" font-family=\"").append(Text.xml(Text.FONT)).append("\" font-size=\"").append(FONT)
                .append("\" role=\"img\" aria-label=\"").append(Text.xml(title)).append("\">\n");
        b.append("<title>").append(Text.xml(title)).append("</title>\n");
        marks(b, g);
        grid(b, g);
        header(b);
        b.append("<g class=\"cells\">\n");
        for (int i = g.first; i < g.end; i++) {
            cells(b, g, rows.get(i));
        }
        b.append("</g>\n<g class=\"arrows\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.2\">\n");
        List<Route> routes = new ArrayList<>();
        for (Edge e : edges) {
            Route r = arrow(g, e);
            if (r != null) {
                routes.add(r);
            }
        }
        for (Route r : routes) {
            b.append(r.before);
            path(b, r.pts, routes, r);
            b.append(r.after);
        }
        b.append("</g>\n<g class=\"symbols\">\n");
        for (int i = g.first; i < g.end; i++) {
            symbols(b, g, rows.get(i));
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
                        .append(Text.xml(caption.get(i))).append(i + 1 < caption.size() ? " " : "").append("</tspan>");
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
                    .append(Text.xml(m.label())).append("</text></g>\n");
        }
        b.append("</g>\n");
    }

    private void marks(StringBuilder b, PageGeometry g) {
        for (int i = g.first; i < g.end; i++) {
            Row r = rows.get(i);
            if (r.mark.isPresent()) {
                b.append("<rect class=\"mark\" data-step=\"").append(r.step.number()).append("\" x=\"0.5\" y=\"")
                        .append(Text.num(g.top[i] + 0.5)).append("\" width=\"").append(Text.num(width))
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

    private void grid(StringBuilder b, PageGeometry g) {
        b.append("<rect class=\"head\" x=\"0.5\" y=\"0.5\" width=\"").append(Text.num(width)).append("\" height=\"")
                .append(Text.num(headHeight())).append("\" fill=\"#eef1f4\"/>\n");
        b.append("<g class=\"grid\" stroke=\"#333\" stroke-width=\"0.8\">\n");
        double h = g.height;
        b.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(Text.num(width)).append("\" height=\"")
                .append(Text.num(h)).append("\" fill=\"none\"/>\n");
        for (double x : new double[] {noW, lanesX(), kelX(), ketX()}) {
            line(b, x, 0, x, h);
        }
        for (int i = 1; i < roles.size(); i++) {
            line(b, laneLeft(i), HEAD_A, laneLeft(i), h);
        }
        line(b, waktuX(), HEAD_A, waktuX(), h);
        line(b, outX(), HEAD_A, outX(), h);
        line(b, lanesX(), HEAD_A, ketX(), HEAD_A);
        line(b, 0, headHeight(), width, headHeight());
        if (g.topStrip) {
            line(b, 0, g.bodyTop, width, g.bodyTop);
        }
        for (int i = g.first; i < g.end; i++) {
            line(b, 0, g.top[i] + rows.get(i).height, width, g.top[i] + rows.get(i).height);
        }
        b.append("</g>\n");
    }

    private void header(StringBuilder b) {
        b.append("<g class=\"header\" font-weight=\"bold\" text-anchor=\"middle\">\n");
        double mid = headHeight() / 2 + 4;
        text(b, noW / 2, mid, "No");
        text(b, noW + kegW / 2, mid, "Kegiatan");
        text(b, (lanesX() + lanesEnd()) / 2, HEAD_A / 2 + 4, "Pelaksana");
        text(b, (kelX() + ketX()) / 2, HEAD_A / 2 + 4, "Mutu Baku");
        text(b, ketX() + ketW / 2, mid, "Keterangan");
        double subMid = HEAD_A + headB / 2 + 4;
        text(b, kelX() + kelW / 2, subMid, "Kelengkapan");
        text(b, waktuX() + waktuW / 2, subMid, "Waktu");
        text(b, outX() + outW / 2, subMid, "Output");
        for (int i = 0; i < roles.size(); i++) {
            List<String> lines = roleTitles.get(i);
            double left = laneLeft(i);
            double right = i == roles.size() - 1 ? lanesEnd() : laneLeft(i + 1);
            double y = HEAD_A + (headB - lines.size() * 12) / 2 + 9.5;
            b.append("<text class=\"role\" data-role=\"").append(Text.xml(roles.get(i).id())).append("\" font-size=\"9.5\">");
            for (int k = 0; k < lines.size(); k++) {
                b.append("<tspan x=\"").append(Text.num((left + right) / 2)).append("\" y=\"").append(Text.num(y + k * 12))
                        .append("\">").append(Text.xml(lines.get(k))).append(k + 1 < lines.size() ? " " : "")
                        .append("</tspan>");
            }
            b.append("</text>\n");
        }
        b.append("</g>\n");
    }

    private static void text(StringBuilder b, double x, double y, String s) {
        b.append("<text x=\"").append(Text.num(x)).append("\" y=\"").append(Text.num(y)).append("\">")
                .append(Text.xml(s)).append("</text>\n");
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
                    .append(Text.xml(lines.get(i))).append(i + 1 < lines.size() ? " " : "").append("</tspan>");
        }
        b.append("</text>\n");
    }

    private void cells(StringBuilder b, PageGeometry g, Row r) {
        double top = g.top[r.index];
        double h = r.height;
        b.append("<g class=\"row\" data-step=\"").append(r.step.number()).append("\">\n");
        block(b, "no", noW / 2, top, h, List.of(Integer.toString(r.step.number())), "middle", "");
        block(b, "activity", noW + PAD, top, h, r.activity, "", "");
        block(b, "requirements", kelX() + PAD, top, h, r.requirements, "", "");
        block(b, "time", waktuX() + waktuW / 2, top, h, r.time, "middle", "");
        block(b, "outputs", outX() + PAD, top, h, r.outputs, "", "");
        List<String> ket = new ArrayList<>(r.note);
        if (!ket.isEmpty() || !r.flags.isEmpty()) {
            double y = top + (h - (ket.size() + r.flags.size()) * LINE - r.gap) / 2 + LINE * 0.78;
            b.append("<text class=\"note\">");
            int k = 0;
            for (String l : ket) {
                if (k == r.markEnd) {
                    y += r.gap;
                }
                b.append("<tspan x=\"").append(Text.num(ketX() + PAD)).append("\" y=\"").append(Text.num(y + k * LINE))
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
                b.append(Text.xml(line)).append(" </tspan>");
                k++;
            }
            for (String l : r.flags) {
                b.append("<tspan class=\"flags\" x=\"").append(Text.num(ketX() + PAD)).append("\" y=\"")
                        .append(Text.num(y + k * LINE)).append("\" font-style=\"italic\" fill=\"#555\" font-size=\"9.5\">")
                        .append(Text.xml(l)).append("</tspan>");
                k++;
            }
            b.append("</text>\n");
        }
        b.append("</g>\n");
    }

    // ------------------------------------------------------------------ symbols

    private void symbols(StringBuilder b, PageGeometry g, Row r) {
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
                    .append(s.step.number()).append("\" data-role=\"").append(Text.xml(s.roleId)).append("\">");
            b.append("<title>").append(Text.xml(s.step.number() + ". " + Text.oneLine(s.label.isEmpty()
                    ? s.step.activity() : s.label))).append("</title>");
            String style = "\" fill=\"" + fill + opacity + "\" stroke=\"#111\" stroke-width=\"1.3\"/>";
            double x = s.cx - s.w / 2;
            double y = cy - s.h / 2;
            switch (kind) {
                case DECISION:
                    b.append("<polygon class=\"shape\" points=\"").append(Text.num(s.cx)).append(',').append(Text.num(y))
                            .append(' ').append(Text.num(s.cx + s.w / 2)).append(',').append(Text.num(cy)).append(' ')
                            .append(Text.num(s.cx)).append(',').append(Text.num(y + s.h)).append(' ')
                            .append(Text.num(x)).append(',').append(Text.num(cy)).append(style);
                    break;
                case PROCESS:
                    b.append("<rect class=\"shape\" x=\"").append(Text.num(x)).append("\" y=\"").append(Text.num(y))
                            .append("\" width=\"").append(Text.num(s.w)).append("\" height=\"").append(Text.num(s.h))
                            .append(style);
                    break;
                default:
                    b.append("<rect class=\"shape\" x=\"").append(Text.num(x)).append("\" y=\"").append(Text.num(y))
                            .append("\" width=\"").append(Text.num(s.w)).append("\" height=\"").append(Text.num(s.h))
                            .append("\" rx=\"").append(Text.num(s.h / 2)).append(style);
                    break;
            }
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
                .append(Text.xml(shown)).append("</text>");
    }

    // ------------------------------------------------------------------ arrows

    private Sym nearest(int row, double x) {
        Sym best = null;
        for (Sym s : rows.get(row).syms) {
            if (best == null || Math.abs(s.cx - x) < Math.abs(best.cx - x)) {
                best = s;
            }
        }
        return best;
    }

    private Sym outermost(int row, Side side) {
        Sym best = null;
        for (Sym s : rows.get(row).syms) {
            if (best == null || (side == Side.LEFT ? s.lane < best.lane : s.lane > best.lane)) {
                best = s;
            }
        }
        return best;
    }

    private double trackX(Edge e) {
        return e.side == Side.LEFT ? lanesX() + gutterLeft - 7 - TRACK * e.track
                : lanesEnd() - gutterRight + 7 + TRACK * e.track;
    }

    private static double vertexX(Sym s, Side side) {
        return side == Side.LEFT ? s.cx - s.w / 2 : s.cx + s.w / 2;
    }

    /**
     * Where a side route enters its target: the middle of the symbol's side, or, when another route
     * leaves that row from the same side's vertex, a little above or below it, so that the two neither
     * overlap nor cross: an outer route enters on the other side of the leaving route's direction, an
     * inner one on the side it comes from.
     */
    private double[] entry(PageGeometry g, Edge e, Sym t) {
        double cy = g.cy(e.to);
        Edge leaving = null;
        for (Edge o : edges) {
            if (o != e && !o.down && o.side == e.side && o.from == e.to && o.to != o.from && !o.exitBottom) {
                leaving = o;
            }
        }
        if (leaving == null) {
            return new double[] {vertexX(t, e.side), cy};
        }
        boolean leavingUp = leaving.to < leaving.from;
        boolean comesFromAbove = e.from < e.to;
        boolean above = e.track > leaving.track ? !leavingUp : comesFromAbove;
        double d = t.h / 4;
        double y = above ? cy - d : cy + d;
        double half;
        if (t.step.kind() == StepKind.DECISION) {
            half = t.w / 2 * (1 - d / (t.h / 2));
        } else if (t.step.kind() == StepKind.PROCESS) {
            half = t.w / 2;
        } else {
            double r = t.h / 2;
            half = t.w / 2 - r + Math.sqrt(r * r - d * d);
        }
        return new double[] {e.side == Side.LEFT ? t.cx - half : t.cx + half, y};
    }

    /** An arrow of a page: its group's opening (with any connector), its points, and its label and closing. */
    private record Route(String before, List<double[]> pts, String after) {
    }

    private Route arrow(PageGeometry g, Edge e) {
        int ps = pageOf(e.from);
        int pt = pageOf(e.to);
        boolean out = ps == g.page;
        boolean in = pt == g.page;
        if (!out && !in) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String kind = ps == pt ? "" : out ? " offpage-out" : " offpage-in";
        b.append("<g class=\"arrow").append(kind).append("\" data-from=\"").append(rows.get(e.from).step.number())
                .append("\" data-to=\"").append(rows.get(e.to).step.number()).append('"');
        if (!e.answer.isEmpty()) {
            b.append(" data-answer=\"").append(e.answer).append('"');
        }
        if (!e.connector.isEmpty()) {
            b.append(" data-connector=\"").append(e.connector).append('"');
        }
        b.append(">");
        List<double[]> pts = new ArrayList<>();
        double[] label = null;
        String anchor = "start";
        if (e.down) {
            Row target = rows.get(e.to);
            Sym t0 = target.syms.get(0);
            Sym s = nearest(e.from, t0.cx);
            Sym t = nearest(e.to, s.cx);
            if (out) {
                double y1 = g.cy(e.from) + s.h / 2;
                pts.add(new double[] {s.cx, y1});
                // the answer goes on the side of the vertical that the elbow does not turn to
                boolean right = !in || t.cx <= s.cx + 0.5;
                label = new double[] {right ? s.cx + 4 : s.cx - 4, y1 + 8};
                anchor = right ? "start" : "end";
                if (in) {
                    double rowBottom = g.top[e.from] + rows.get(e.from).height;
                    double ye = y1 + Math.max(8, (rowBottom - y1) / 2);
                    if (Math.abs(s.cx - t.cx) > 0.5) {
                        pts.add(new double[] {s.cx, ye});
                        pts.add(new double[] {t.cx, ye});
                    }
                    pts.add(new double[] {t.cx, g.cy(e.to) - t.h / 2});
                } else {
                    pts.add(new double[] {s.cx, g.bottomStripY() - 9});
                    connector(b, s.cx, g.bottomStripY(), e.connector);
                }
            } else {
                connector(b, t.cx, g.topStripY(), e.connector);
                pts.add(new double[] {t.cx, g.topStripY() + 9});
                pts.add(new double[] {t.cx, g.cy(e.to) - t.h / 2});
            }
        } else {
            double gx = trackX(e);
            Sym t = outermost(e.to, e.side);
            boolean forward = e.to > e.from;
            if (out && in && e.from == e.to) {
                // a decision that loops to itself: out of its side, up and back into its top
                Sym s = outermost(e.from, e.side);
                double sy = g.cy(e.from);
                double vx = vertexX(s, e.side);
                double above = sy - s.h / 2 - 8;
                pts.add(new double[] {vx, sy});
                pts.add(new double[] {gx, sy});
                pts.add(new double[] {gx, above});
                pts.add(new double[] {s.cx, above});
                pts.add(new double[] {s.cx, sy - s.h / 2});
                anchor = "middle";
                label = new double[] {(vx + gx) / 2, sy - 4};
            } else if (out) {
                Sym s = outermost(e.from, e.side);
                double sy = g.cy(e.from);
                if (e.exitBottom) {
                    double by = sy + s.h / 2;
                    pts.add(new double[] {s.cx, by});
                    pts.add(new double[] {s.cx, by + 7});
                    pts.add(new double[] {gx, by + 7});
                    anchor = e.side == Side.LEFT ? "start" : "end";
                    label = new double[] {e.side == Side.LEFT ? s.cx + 4 : s.cx - 4, by + 7};
                } else {
                    double vx = vertexX(s, e.side);
                    pts.add(new double[] {vx, sy});
                    pts.add(new double[] {gx, sy});
                    if (Math.abs(vx - gx) - 6 >= Text.width(e.answer, 9, false)) {
                        anchor = "middle";
                        label = new double[] {(vx + gx) / 2, sy - 4};
                    } else {
                        // no room between the symbol and the track: above the symbol's corner
                        anchor = e.side == Side.LEFT ? "start" : "end";
                        label = new double[] {e.side == Side.LEFT ? vx + 1 : vx - 1, sy - s.h / 2 - 3};
                    }
                }
                if (in) {
                    double[] at = entry(g, e, t);
                    pts.add(new double[] {gx, at[1]});
                    pts.add(at);
                } else {
                    double cy = forward ? g.bottomStripY() : g.topStripY();
                    pts.add(new double[] {gx, forward ? cy - 9 : cy + 9});
                    connector(b, gx, cy, e.connector);
                }
            } else {
                double cy = forward ? g.topStripY() : g.bottomStripY();
                connector(b, gx, cy, e.connector);
                pts.add(new double[] {gx, forward ? cy + 9 : cy - 9});
                double[] at = entry(g, e, t);
                pts.add(new double[] {gx, at[1]});
                pts.add(at);
            }
        }
        StringBuilder after = new StringBuilder();
        if (label != null && !e.answer.isEmpty()) {
            after.append("<text class=\"answer\" x=\"").append(Text.num(label[0])).append("\" y=\"")
                    .append(Text.num(label[1])).append("\" text-anchor=\"").append(anchor)
                    .append("\" font-size=\"9\" fill=\"#000\" stroke=\"none\">").append(e.answer).append("</text>");
        }
        after.append("</g>\n");
        return new Route(b.toString(), pts, after.toString());
    }

    /**
     * Writes an arrow's path and head. Where one of its horizontal segments crosses a vertical segment of
     * another arrow (three loops that all interleave cannot be kept apart on two sides), the horizontal
     * line hops over the vertical one, so that the crossing cannot be read as a junction.
     */
    private static void path(StringBuilder b, List<double[]> pts, List<Route> all, Route self) {
        StringBuilder d = new StringBuilder();
        d.append('M').append(Text.num(pts.get(0)[0])).append(' ').append(Text.num(pts.get(0)[1]));
        for (int i = 1; i < pts.size(); i++) {
            double[] p = pts.get(i - 1);
            double[] q = pts.get(i);
            if (Math.abs(p[1] - q[1]) < 1e-9 && Math.abs(p[0] - q[0]) > 12) {
                List<Double> xs = new ArrayList<>();
                for (Route o : all) {
                    if (o == self) {
                        continue;
                    }
                    for (int k = 1; k < o.pts.size(); k++) {
                        double[] u = o.pts.get(k - 1);
                        double[] v = o.pts.get(k);
                        double x = u[0];
                        if (Math.abs(u[0] - v[0]) < 1e-9 && x > Math.min(p[0], q[0]) + 6 && x < Math.max(p[0], q[0]) - 6
                                && p[1] > Math.min(u[1], v[1]) + 0.5 && p[1] < Math.max(u[1], v[1]) - 0.5) {
                            xs.add(x);
                        }
                    }
                }
                double dir = Math.signum(q[0] - p[0]);
                xs.sort((x1, x2) -> Double.compare(dir * x1, dir * x2));
                for (double x : xs) {
                    d.append(" L").append(Text.num(x - 4 * dir)).append(' ').append(Text.num(p[1])).append(" A4 4 0 0 ")
                            .append(dir > 0 ? 1 : 0).append(' ').append(Text.num(x + 4 * dir)).append(' ')
                            .append(Text.num(p[1]));
                }
            }
            d.append(" L").append(Text.num(q[0])).append(' ').append(Text.num(q[1]));
        }
        double[] tip = pts.get(pts.size() - 1);
        double[] prev = pts.get(pts.size() - 2);
        double dx = tip[0] - prev[0];
        double dy = tip[1] - prev[1];
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        dx /= len;
        dy /= len;
        double bx = tip[0] - 7 * dx;
        double by = tip[1] - 7 * dy;
        b.append("<path class=\"line\" d=\"").append(d).append("\"/>");
        b.append("<polygon class=\"head\" points=\"").append(Text.num(tip[0])).append(',').append(Text.num(tip[1]))
                .append(' ').append(Text.num(bx - 3.5 * dy)).append(',').append(Text.num(by + 3.5 * dx)).append(' ')
                .append(Text.num(bx + 3.5 * dy)).append(',').append(Text.num(by - 3.5 * dx))
                .append("\" fill=\"#222\" stroke=\"none\"/>");
    }

    private static void connector(StringBuilder b, double x, double cy, String letter) {
        b.append("<g class=\"connector\" data-connector=\"").append(letter).append("\"><polygon points=\"")
                .append(Text.num(x - 8)).append(',').append(Text.num(cy - 9)).append(' ').append(Text.num(x + 8)).append(',')
                .append(Text.num(cy - 9)).append(' ').append(Text.num(x + 8)).append(',').append(Text.num(cy + 3)).append(' ')
                .append(Text.num(x)).append(',').append(Text.num(cy + 9)).append(' ').append(Text.num(x - 8)).append(',')
                .append(Text.num(cy + 3)).append("\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"1.2\"/><text x=\"")
                .append(Text.num(x)).append("\" y=\"").append(Text.num(cy + 1)).append("\" text-anchor=\"middle\""
                        + " font-size=\"8.5\" font-weight=\"bold\" fill=\"#000\" stroke=\"none\">").append(letter)
                .append("</text></g>");
    }
}
