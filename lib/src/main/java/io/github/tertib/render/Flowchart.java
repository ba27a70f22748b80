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
    static final double TRACK = 9;

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
                s.w = s.step.kind() == StepKind.DECISION ? diaW : symW;
                s.h = switch (s.step.kind()) {
                    case DECISION -> 38;
                    case PROCESS -> 28;
                    case START, END -> 24;
                };
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


    /** Draws one page of the table (or, unpaged, the whole table) as an SVG element. */
    String svg(int page, String title) {
        return new FlowchartSvg(this).page(page, title, "", List.of());
    }

    /**
     * Draws one page of the table as an SVG element, with a key under it when there is a caption or a
     * legend: the caption's lines, then a swatch and label per mark of the legend.
     */
    String svg(int page, String title, String caption, List<StepMark> legend) {
        return new FlowchartSvg(this).page(page, title, caption, legend);
    }
}
