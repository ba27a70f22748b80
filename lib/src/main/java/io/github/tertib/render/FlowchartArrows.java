package io.github.tertib.render;

import static io.github.tertib.render.Flowchart.TRACK;

import io.github.tertib.render.Flowchart.Edge;
import io.github.tertib.render.Flowchart.Row;
import io.github.tertib.render.Flowchart.Side;
import io.github.tertib.render.Flowchart.Sym;
import io.github.tertib.sop.StepKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes and writes the arrows of a flowchart page: down to the next row, along a side track for loops
 * and jumps, through off-page connectors where the table is split, hopping over crossings.
 */
final class FlowchartArrows {

    private final Flowchart f;

    FlowchartArrows(Flowchart f) {
        this.f = f;
    }

    /** Writes the arrows that leave or reach page {@code g}. */
    void write(StringBuilder b, FlowchartPage g) {
        List<Route> routes = new ArrayList<>();
        for (Edge e : f.edges) {
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
    }

    private Sym nearest(int row, double x) {
        Sym best = null;
        for (Sym s : f.rows.get(row).syms) {
            if (best == null || Math.abs(s.cx - x) < Math.abs(best.cx - x)) {
                best = s;
            }
        }
        return best;
    }

    private Sym outermost(int row, Side side) {
        Sym best = null;
        for (Sym s : f.rows.get(row).syms) {
            if (best == null || (side == Side.LEFT ? s.lane < best.lane : s.lane > best.lane)) {
                best = s;
            }
        }
        return best;
    }

    private double trackX(Edge e) {
        return e.side == Side.LEFT ? f.lanesX() + f.gutterLeft - 7 - TRACK * e.track
                : f.lanesEnd() - f.gutterRight + 7 + TRACK * e.track;
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
    private double[] entry(FlowchartPage g, Edge e, Sym t) {
        double cy = g.cy(e.to);
        Edge leaving = null;
        for (Edge o : f.edges) {
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

    private Route arrow(FlowchartPage g, Edge e) {
        int ps = f.pageOf(e.from);
        int pt = f.pageOf(e.to);
        boolean out = ps == g.page;
        boolean in = pt == g.page;
        if (!out && !in) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String kind = ps == pt ? "" : out ? " offpage-out" : " offpage-in";
        b.append("<g class=\"arrow").append(kind).append("\" data-from=\"").append(f.rows.get(e.from).step.number())
                .append("\" data-to=\"").append(f.rows.get(e.to).step.number()).append('"');
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
            Row target = f.rows.get(e.to);
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
                    double rowBottom = g.top[e.from] + f.rows.get(e.from).height;
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
