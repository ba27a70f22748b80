package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads rendered SVG and HTML back with the JDK's XML parser, and checks their structure. */
final class Structure {

    private Structure() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> all(Node root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static boolean hasClass(Element e, String cls) {
        return List.of(e.getAttribute("class").split(" ")).contains(cls);
    }

    static List<Element> withClass(Node root, String tag, String cls) {
        return all(root, tag).stream().filter(e -> hasClass(e, cls)).toList();
    }

    /** The transitions of a definition as "from>to" keys, each once. */
    static List<String> transitions(SopDefinition d) {
        List<String> out = new ArrayList<>();
        for (Step s : d.steps()) {
            s.next().ifPresent(n -> out.add(s.number() + ">" + n));
            s.ifYes().ifPresent(n -> out.add(s.number() + ">" + n));
            s.ifNo().ifPresent(n -> out.add(s.number() + ">" + n));
        }
        return out;
    }

    /**
     * Checks the flowchart of one SVG element (a whole table, or one page of it): every symbol has the
     * shape of its kind, and the symbols of each step drawn are one per part (one for an END without part).
     */
    static void checkSymbols(Element svg, SopDefinition d) {
        Map<Integer, Integer> perStep = new HashMap<>();
        for (Element g : withClass(svg, "g", "symbol")) {
            int step = Integer.parseInt(g.getAttribute("data-step"));
            Step s = d.step(step);
            perStep.merge(step, 1, Integer::sum);
            assertThat(hasClass(g, s.kind().name().toLowerCase(java.util.Locale.ROOT))).as("class of %s", step).isTrue();
            List<Element> rects = all(g, "rect");
            List<Element> polygons = all(g, "polygon");
            switch (s.kind()) {
                case DECISION -> {
                    assertThat(rects).isEmpty();
                    assertThat(polygons).singleElement().satisfies(p ->
                            assertThat(p.getAttribute("points").trim().split("\\s+")).hasSize(4));
                }
                case PROCESS -> {
                    assertThat(polygons).isEmpty();
                    assertThat(rects).singleElement().satisfies(r -> assertThat(r.getAttribute("rx")).isEmpty());
                }
                case START, END -> {
                    assertThat(polygons).isEmpty();
                    assertThat(rects).singleElement().satisfies(r -> assertThat(Double.parseDouble(r.getAttribute("rx")))
                            .isEqualTo(Double.parseDouble(r.getAttribute("height")) / 2));
                }
            }
            String role = g.getAttribute("data-role");
            if (!role.isEmpty()) {
                assertThat(s.part(d.role(role))).as("part of %s in step %s", role, step).isPresent();
            }
        }
        for (Map.Entry<Integer, Integer> e : perStep.entrySet()) {
            assertThat(e.getValue()).as("symbols of step %s", e.getKey())
                    .isEqualTo(Math.max(1, d.step(e.getKey()).parts().size()));
        }
    }

    /** The axis-aligned segments of every arrow path in an SVG element, by arrow. */
    static List<List<double[]>> arrowSegments(Element svg) {
        List<List<double[]>> out = new ArrayList<>();
        for (Element g : withClass(svg, "g", "arrow")) {
            for (Element path : all(g, "path")) {
                out.add(segments(path.getAttribute("d")));
            }
        }
        return out;
    }

    /** The straight segments of a path of M, L and A (hop) commands; a hop is a gap, not a segment. */
    static List<double[]> segments(String d) {
        List<double[]> segs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([MLA])([^MLA]*)").matcher(d);
        double x = 0;
        double y = 0;
        while (m.find()) {
            String[] n = m.group(2).trim().split("\\s+");
            double nx = Double.parseDouble(n[n.length - 2]);
            double ny = Double.parseDouble(n[n.length - 1]);
            if (m.group(1).equals("L")) {
                segs.add(new double[] {x, y, nx, ny});
            }
            x = nx;
            y = ny;
        }
        return segs;
    }

    /** Counts the hops (arcs) in the arrows' paths. */
    static int hops(Element svg) {
        int n = 0;
        for (Element path : all(svg, "path")) {
            n += path.getAttribute("d").chars().filter(c -> c == 'A').count();
        }
        return n;
    }

    /** Counts the places where a segment of one arrow crosses a segment of another at right angles. */
    static int crossings(Element svg) {
        List<List<double[]>> arrows = arrowSegments(svg);
        int n = 0;
        for (int a = 0; a < arrows.size(); a++) {
            for (int b = a + 1; b < arrows.size(); b++) {
                for (double[] s : arrows.get(a)) {
                    for (double[] t : arrows.get(b)) {
                        if (cross(s, t) || cross(t, s)) {
                            n++;
                        }
                    }
                }
            }
        }
        return n;
    }

    /** Whether horizontal h and vertical v cross strictly inside both. */
    private static boolean cross(double[] h, double[] v) {
        if (h[1] != h[3] || v[0] != v[2]) {
            return false;
        }
        double y = h[1];
        double x = v[0];
        return x > Math.min(h[0], h[2]) + 0.5 && x < Math.max(h[0], h[2]) - 0.5 && y > Math.min(v[1], v[3]) + 0.5
                && y < Math.max(v[1], v[3]) - 0.5;
    }
}
