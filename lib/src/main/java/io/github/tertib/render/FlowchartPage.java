package io.github.tertib.render;

import static io.github.tertib.render.Flowchart.STRIP;

import io.github.tertib.render.Flowchart.Edge;

/** A page of a flowchart being drawn: which rows it holds, their tops, and its strips for off-page connectors. */
final class FlowchartPage {

    private final Flowchart f;
    final int page;
    final int first;
    final int end;
    final boolean topStrip;
    final boolean bottomStrip;
    final double bodyTop;
    final double[] top;
    final double height;

    FlowchartPage(Flowchart f, int page) {
        this.f = f;
        this.page = page;
        this.top = new double[f.rows.size()];
        this.first = f.pages.get(page)[0];
        this.end = f.pages.get(page)[1];
        boolean t = false;
        boolean b = false;
        for (Edge e : f.edges) {
            int ps = f.pageOf(e.from);
            int pt = f.pageOf(e.to);
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
        this.bodyTop = f.headHeight() + (t ? STRIP : 0);
        double y = bodyTop;
        for (int i = first; i < end; i++) {
            top[i] = y;
            y += f.rows.get(i).height;
        }
        this.height = y + (b ? STRIP : 0);
    }

    double bodyEnd() {
        return height - (bottomStrip ? STRIP : 0);
    }

    double cy(int row) {
        return top[row] + f.rows.get(row).height / 2;
    }

    double topStripY() {
        return f.headHeight() + STRIP / 2;
    }

    double bottomStripY() {
        return height - STRIP / 2;
    }
}
