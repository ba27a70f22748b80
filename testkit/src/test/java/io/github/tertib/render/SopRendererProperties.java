package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.sop.SopDefinition;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Structural properties of every rendering of generated definitions
 * ({@code SopGenerators.writableDefinitions()}).
 */
class SopRendererProperties {

    private static final Gen<SopDefinition> DEFINITIONS = TertibGens.of(SopGenerators.writableDefinitions());

    @Test
    void the_svg_parses_as_xml_with_a_symbol_per_part_an_arrow_per_transition_and_no_unbridged_crossing() {
        qt().withExamples(150).forAll(DEFINITIONS).checkAssert(d -> {
            Element svg = Structure.parse(SopRenderer.standard().svg(d)).getDocumentElement();
            Structure.checkSymbols(svg, d);
            assertThat(Structure.withClass(svg, "g", "symbol")).hasSize(d.steps().stream()
                    .mapToInt(s -> Math.max(1, s.parts().size())).sum());
            List<String> drawn = Structure.withClass(svg, "g", "arrow").stream()
                    .map(a -> a.getAttribute("data-from") + ">" + a.getAttribute("data-to")).toList();
            assertThat(drawn).containsExactlyInAnyOrderElementsOf(Structure.transitions(d));
            assertThat(Structure.crossings(svg)).isZero();
        });
    }

    @Test
    void the_html_parses_as_xml_and_its_pages_hold_every_row_once_and_every_transition() {
        qt().withExamples(100).forAll(DEFINITIONS).checkAssert(d -> {
            Document doc = Structure.parse(SopRenderer.standard().withRowsPerPage(3).html(d));
            assertThat(Structure.all(doc, "script")).isEmpty();
            List<String> rows = new ArrayList<>();
            List<String> transitions = new ArrayList<>();
            Map<String, Integer> connectors = new HashMap<>();
            for (Element page : Structure.withClass(doc, "section", "flow")) {
                Element svg = Structure.all(page, "svg").get(0);
                Structure.checkSymbols(svg, d);
                Structure.withClass(svg, "g", "row").forEach(r -> rows.add(r.getAttribute("data-step")));
                for (Element a : Structure.withClass(svg, "g", "arrow")) {
                    if (!Structure.hasClass(a, "offpage-in")) {
                        transitions.add(a.getAttribute("data-from") + ">" + a.getAttribute("data-to"));
                    }
                }
                Structure.withClass(svg, "g", "connector").forEach(c ->
                        connectors.merge(c.getAttribute("data-connector"), 1, Integer::sum));
                assertThat(Structure.crossings(svg)).isZero();
            }
            assertThat(rows).containsExactlyElementsOf(d.steps().stream().map(s -> Integer.toString(s.number())).toList());
            assertThat(transitions).containsExactlyInAnyOrderElementsOf(Structure.transitions(d));
            assertThat(connectors.values()).allMatch(n -> n == 2);
        });
    }

    @Test
    void mermaid_has_a_node_per_part_and_an_arrow_per_transition_and_markdown_a_row_per_step() {
        qt().withExamples(100).forAll(DEFINITIONS).checkAssert(d -> {
            String m = SopRenderer.standard().mermaid(d);
            int nodes = d.steps().stream().mapToInt(s -> Math.max(1, s.parts().size())).sum();
            assertThat(m.lines().filter(l -> l.matches("\\s+s\\d+_\\d+[\\[({].*"))).hasSize(nodes);
            assertThat(m.lines().filter(l -> l.contains("-->"))).hasSize(Structure.transitions(d).size());
            assertThat(m.lines().filter(l -> l.strip().startsWith("subgraph"))).hasSize(d.roles().size());
            String md = SopRenderer.standard().markdown(d);
            long tableRows = md.lines().dropWhile(l -> !l.startsWith("| No |")).filter(l -> l.startsWith("|")).count();
            assertThat(tableRows).isEqualTo(2 + d.steps().size());
            assertThat(md.lines().filter(l -> l.startsWith("|")))
                    .allMatch(l -> l.endsWith("|") && !l.contains("\n"));
        });
    }
}
