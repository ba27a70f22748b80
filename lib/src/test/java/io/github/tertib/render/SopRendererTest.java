package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SopRendererTest {

    private static final SopDefinition V4 = PalangkaRaya.v4();
    private static final Role KASI = Role.of("kasi", "Kepala <Seksi> & \"Co\"");

    /** A definition whose texts are hostile to every format. */
    static SopDefinition hostile() {
        return Sop.define("X.1 <b>", "Nama & <script>alert('x')</script>")
                .identity(id -> id.organization("PEMERINTAH <i>", "DINAS & \"Q\"", "", "").legalBasis("a | b", "`c` *d*")
                        .warning("]]> <!-- -->"))
                .roles(KASI)
                .start(1, "<script>alert(1)</script>").by(KASI, "Mulai <x>").takes("15 Menit")
                .decision(2, "Apakah \"lengkap\" | ya?").by(KASI, "Jika").takes("5 Menit").ifYes(3).ifNo(1)
                    .note("catatan #1 `x` [y](z)")
                .end(3, "Selesai & tutup\nbaris dua").by(KASI, "Selesai")
                .build();
    }

    @Nested
    @DisplayName("the SVG flowchart")
    class Svg {

        private final String svg = SopRenderer.standard().svg(V4);
        private final Document doc = Structure.parse(svg);
        private final Element root = doc.getDocumentElement();

        @Test
        void is_an_svg_document_with_a_title() {
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(Structure.all(root, "title").get(0).getTextContent()).contains("V. 4.");
        }

        @Test
        void draws_one_symbol_per_part_with_the_shape_of_its_kind() {
            Structure.checkSymbols(root, V4);
            int parts = V4.steps().stream().mapToInt(s -> Math.max(1, s.parts().size())).sum();
            assertThat(Structure.withClass(root, "g", "symbol")).hasSize(parts).hasSize(9);
            assertThat(Structure.withClass(root, "g", "decision")).singleElement()
                    .satisfies(g -> assertThat(g.getAttribute("data-step")).isEqualTo("3"));
        }

        @Test
        void draws_one_arrow_per_transition_with_the_answers_of_the_decision() {
            List<Element> arrows = Structure.withClass(root, "g", "arrow");
            List<String> drawn = arrows.stream().map(a -> a.getAttribute("data-from") + ">" + a.getAttribute("data-to"))
                    .toList();
            assertThat(drawn).containsExactlyInAnyOrderElementsOf(Structure.transitions(V4));
            Map<String, String> answers = new HashMap<>();
            arrows.forEach(a -> answers.put(a.getAttribute("data-from") + ">" + a.getAttribute("data-to"),
                    a.getAttribute("data-answer")));
            assertThat(answers).containsEntry("3>4", "Ya").containsEntry("3>2", "Tidak").containsEntry("1>2", "");
            assertThat(Structure.all(root, "text")).filteredOn(t -> Structure.hasClass(t, "answer"))
                    .extracting(Element::getTextContent).containsExactlyInAnyOrder("Ya", "Tidak");
        }

        @Test
        void draws_the_loop_up_the_side_without_crossing_another_arrow() {
            assertThat(Structure.crossings(root)).isZero();
            assertThat(Structure.hops(root)).isZero();
            Element loop = Structure.withClass(root, "g", "arrow").stream()
                    .filter(a -> a.getAttribute("data-to").equals("2") && a.getAttribute("data-from").equals("3"))
                    .findFirst().orElseThrow();
            String d = Structure.all(loop, "path").get(0).getAttribute("d");
            assertThat(d.split("L")).hasSize(4); // out to the side, up, back in
        }

        @Test
        void has_the_columns_of_the_table_and_the_roles_in_order() {
            List<String> roles = Structure.withClass(root, "text", "role").stream().map(e -> (String) e.getAttribute("data-role"))
                    .toList();
            assertThat(roles).containsExactly("pelaksana", "kepala-seksi", "kepala-bidang", "kepala-dinas",
                    "pelaksanaan");
            assertThat(root.getTextContent()).contains("No", "Kegiatan", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu",
                    "Output", "Keterangan", "2400 Menit", "dapat menunggu");
        }

        @Test
        void is_not_split_into_pages() {
            assertThat(Structure.withClass(root, "g", "connector")).isEmpty();
            assertThat(Structure.withClass(root, "g", "row")).hasSize(7);
        }
    }

    @Nested
    @DisplayName("the HTML document")
    class Html {

        private final String html = SopRenderer.standard().html(V4);
        private final Document doc = Structure.parse(html);

        @Test
        void is_one_self_contained_xhtml_file_for_a4_landscape() {
            assertThat(html).startsWith("<!DOCTYPE html>").contains("@page { size: A4 landscape;");
            assertThat(Structure.all(doc, "script")).isEmpty();
            assertThat(Structure.all(doc, "link")).isEmpty();
            assertThat(Structure.all(doc, "img")).isEmpty();
            assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("url(");
        }

        @Test
        void has_the_identity_page_then_the_flowchart_page() {
            List<Element> pages = Structure.withClass(doc, "section", "page");
            assertThat(pages).hasSize(2);
            assertThat(Structure.hasClass(pages.get(0), "identity")).isTrue();
            assertThat(pages.get(0).getTextContent()).contains("Nomor SOP", "V. 4.", "Tanggal Pembuatan",
                    "11 September 2017", "Disahkan oleh", "Drs. MURNI", "Pembina Tingkat I", "NIP. 19610923 199103 1 004",
                    "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan", "Peralatan/Perlengkapan", "Peringatan",
                    "Pencatatan dan Pendataan", "Database Bidang", "Dapat dibatalkan oleh: Kepala Dinas");
            Element flow = pages.get(1);
            assertThat(Structure.all(flow, "svg")).hasSize(1);
            Structure.checkSymbols(Structure.all(flow, "svg").get(0), V4);
            assertThat(flow.getTextContent()).contains("Halaman 2 dari 2");
        }

        @Test
        void its_grid_pairs_the_identity_fields_as_the_format_prints_them() {
            Element grid = Structure.withClass(doc, "table", "id-grid").get(0);
            List<String> heads = Structure.all(grid, "th").stream().map(Element::getTextContent).toList();
            assertThat(heads).containsExactly("Dasar Hukum:", "Kualifikasi Pelaksana:", "Keterkaitan:",
                    "Peralatan/Perlengkapan:", "Peringatan:", "Pencatatan dan Pendataan:");
        }
    }

    @Nested
    @DisplayName("escaping")
    class Escaping {

        private final SopDefinition d = hostile();

        @Test
        void an_activity_with_script_shows_as_text_in_svg_and_html() {
            for (String out : List.of(SopRenderer.standard().svg(d), SopRenderer.standard().html(d))) {
                Document doc = Structure.parse(out);
                assertThat(Structure.all(doc, "script")).isEmpty();
                assertThat(Structure.all(doc, "i")).isEmpty();
                assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert(1)</script>")
                        .contains("Kepala <Seksi> & \"Co\"");
                assertThat(out).doesNotContain("<script");
            }
        }

        @Test
        void mermaid_labels_hold_no_quote_or_angle_bracket() {
            String m = SopRenderer.standard().mermaid(d);
            assertThat(m).doesNotContain("<script").contains("#60;script#62;");
            for (String line : m.split("\n")) {
                int open = line.indexOf("\"");
                if (open >= 0) {
                    int close = line.lastIndexOf('"');
                    assertThat(line.substring(open + 1, close)).doesNotContain("\"", "<", ">");
                }
            }
        }

        @Test
        void markdown_cells_keep_the_table_shape() {
            String md = SopRenderer.standard().markdown(d);
            assertThat(md).doesNotContain("<script").contains("&lt;script&gt;");
            List<String> rows = new ArrayList<>();
            boolean table = false;
            for (String line : md.split("\n")) {
                if (line.startsWith("| No |")) {
                    table = true;
                }
                if (table && line.startsWith("|")) {
                    rows.add(line);
                }
            }
            assertThat(rows).hasSize(2 + d.steps().size());
            for (String row : rows) {
                assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row)
                        .isEqualTo(2 + d.roles().size() + 5 + 1);
            }
        }
    }

    @Nested
    @DisplayName("Mermaid")
    class Mermaid {

        private final String m = SopRenderer.standard().mermaid(V4);

        @Test
        void has_a_lane_per_role_a_node_per_part_and_an_arrow_per_transition() {
            assertThat(m).startsWith("flowchart TD\n  %% SOP V. 4.");
            assertThat(m.lines().filter(l -> l.strip().startsWith("subgraph"))).hasSize(5);
            assertThat(m).contains("subgraph lane1[\"Kepala Seksi\"]");
            assertThat(m.lines().filter(l -> l.matches("\\s+s\\d+_\\d+[\\[({].*"))).hasSize(9);
            assertThat(m.lines().filter(l -> l.contains("-->"))).hasSize(Structure.transitions(V4).size());
            assertThat(m).contains("s3_0 -->|Ya| s4_0", "s3_0 -->|Tidak| s2_0", "s2_0 -.- s2_1");
            assertThat(m).contains("s1_0([\"1. Mencermati", "s3_0{\"3. Jika", "s4_0[\"4. Persiapan");
        }
    }

    @Nested
    @DisplayName("a long definition")
    class Pages {

        private final SopDefinition d = RenderTestDefinitions.thirtySteps();
        private final SopRenderer renderer = SopRenderer.standard().withRowsPerPage(10);
        private final Document doc = Structure.parse(renderer.html(d));
        private final List<Element> flowPages = Structure.withClass(doc, "section", "flow");

        @Test
        void is_split_over_pages_of_at_most_the_rows_per_page() {
            assertThat(flowPages.size()).isGreaterThanOrEqualTo(3);
            int rows = 0;
            for (Element page : flowPages) {
                int n = Structure.withClass(page, "g", "row").size();
                assertThat(n).isBetween(1, 10);
                rows += n;
                Structure.checkSymbols(Structure.all(page, "svg").get(0), d);
            }
            assertThat(rows).isEqualTo(30);
        }

        @Test
        void continues_every_transition_across_pages_through_a_pair_of_off_page_connectors() {
            Map<String, Integer> connectors = new HashMap<>();
            List<String> whole = new ArrayList<>();
            Map<String, List<String>> halves = new HashMap<>();
            for (Element page : flowPages) {
                for (Element c : Structure.withClass(page, "g", "connector")) {
                    connectors.merge(c.getAttribute("data-connector"), 1, Integer::sum);
                    assertThat(Structure.all(c, "polygon").get(0).getAttribute("points").split(" ")).hasSize(5);
                }
                for (Element a : Structure.withClass(page, "g", "arrow")) {
                    String key = a.getAttribute("data-from") + ">" + a.getAttribute("data-to");
                    if (Structure.hasClass(a, "offpage-out") || Structure.hasClass(a, "offpage-in")) {
                        halves.computeIfAbsent(key, k -> new ArrayList<>()).add(a.getAttribute("class"));
                    } else {
                        whole.add(key);
                    }
                }
            }
            assertThat(connectors).isNotEmpty().allSatisfy((letter, n) -> assertThat(n).as(letter).isEqualTo(2));
            assertThat(halves).allSatisfy((key, parts) -> assertThat(parts)
                    .containsExactlyInAnyOrder("arrow offpage-out", "arrow offpage-in"));
            List<String> all = new ArrayList<>(whole);
            all.addAll(halves.keySet());
            assertThat(all).containsExactlyInAnyOrderElementsOf(Structure.transitions(d));
        }

        @Test
        void no_arrow_crosses_another_on_any_page_nor_in_the_whole_svg() {
            for (Element page : flowPages) {
                assertThat(Structure.crossings(Structure.all(page, "svg").get(0))).isZero();
                assertThat(Structure.hops(Structure.all(page, "svg").get(0))).isZero();
            }
            Element whole = Structure.parse(renderer.svg(d)).getDocumentElement();
            assertThat(Structure.crossings(whole)).isZero();
            assertThat(Structure.hops(whole)).isZero();
        }

        @Test
        void rows_per_page_is_checked() {
            assertThatThrownBy(() -> SopRenderer.standard().withRowsPerPage(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows per page is 0");
        }
    }

    @Nested
    @DisplayName("marks")
    class Marks {

        private final StepMark late = StepMark.of("Terlambat", "#d9534f");
        private final SopRenderer marked = SopRenderer.standard().withMarks(StepMarks.of(Map.of(4, late)));

        @Test
        void tint_the_row_fill_the_symbols_and_show_the_label_of_the_marked_step_only() {
            Element svg = Structure.parse(marked.svg(V4)).getDocumentElement();
            assertThat(Structure.withClass(svg, "rect", "mark")).singleElement()
                    .satisfies(r -> assertThat(r.getAttribute("data-step")).isEqualTo("4"));
            for (Element g : Structure.withClass(svg, "g", "symbol")) {
                String fill = Structure.all(g, "rect").isEmpty() ? Structure.all(g, "polygon").get(0).getAttribute("fill")
                        : Structure.all(g, "rect").get(0).getAttribute("fill");
                assertThat(fill).isEqualTo(g.getAttribute("data-step").equals("4") ? "#d9534f" : "#ffffff");
            }
            assertThat(svg.getTextContent()).contains("Terlambat");
        }

        @Test
        void appear_in_the_html_legend_and_the_mermaid_classes() {
            assertThat(marked.html(V4)).contains("class=\"legend\"").contains("Terlambat");
            assertThat(marked.mermaid(V4)).contains("class s4_0 mark0", "classDef mark0 fill:#d9534f");
            assertThat(SopRenderer.standard().html(V4)).doesNotContain("class=\"legend\"");
        }

        @Test
        void are_checked() {
            assertThatThrownBy(() -> StepMark.of("x", "red")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("#rrggbb");
            StepMarks none = StepMarks.none();
            assertThat(none.mark(V4.step(1))).isEqualTo(Optional.empty());
        }
    }

    @Test
    void the_examples_of_rendering_md_and_the_javadoc_hold() {
        SopDefinition v4 = PalangkaRaya.v4();
        SopRenderer r = SopRenderer.standard();
        String html = r.html(v4);
        String svg = r.svg(v4);
        String mermaid = r.mermaid(v4);
        String markdown = r.markdown(v4);
        String any = r.render(v4, RenderFormat.parse("svg"));
        assertThat(any).isEqualTo(svg);
        assertThat(List.of(html, mermaid, markdown)).allMatch(s -> s.contains("PEMBINAAN DAN PENGEMBANGAN"));
        StepMarks marks = StepMarks.of(Map.of(4, StepMark.of("Terlambat", "#d9534f")));
        assertThat(SopRenderer.standard().withMarks(marks).html(v4)).contains("Terlambat").isNotEqualTo(html);
        StepMarks byLambda = step -> step.number() == 3 ? Optional.of(StepMark.of("Menunggu", "#f0ad4e"))
                : Optional.empty();
        assertThat(SopRenderer.standard().withMarks(byLambda).svg(v4)).contains("Menunggu");
    }

    @Test
    void three_loops_that_all_interleave_cannot_be_kept_apart_so_one_hops_over_another() {
        Role a = Role.of("a", "A");
        SopDefinition d = Sop.define("L", "Loops").roles(a)
                .start(1, "satu").by(a, "Mulai").takes("1 Jam")
                .process(2, "dua").by(a, "Proses").takes("1 Jam")
                .process(3, "tiga").by(a, "Proses").takes("1 Jam")
                .decision(4, "empat?").by(a, "Jika").takes("1 Jam").ifYes(5).ifNo(1)
                .decision(5, "lima?").by(a, "Jika").takes("1 Jam").ifYes(6).ifNo(2)
                .decision(6, "enam?").by(a, "Jika").takes("1 Jam").ifYes(7).ifNo(3)
                .end(7, "tujuh").by(a, "Selesai")
                .build();
        Element svg = Structure.parse(SopRenderer.standard().svg(d)).getDocumentElement();
        assertThat(Structure.crossings(svg)).isZero();
        assertThat(Structure.hops(svg)).isEqualTo(1);
    }

    @Test
    void the_crossing_counter_of_these_tests_sees_a_crossing() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g class=\"arrow\"><path d=\"M0 10 L20 10\"/></g>"
                + "<g class=\"arrow\"><path d=\"M10 0 L10 20\"/></g><g class=\"arrow\"><path d=\"M20 10 L20 30\"/></g>"
                + "</svg>";
        assertThat(Structure.crossings(Structure.parse(svg).getDocumentElement())).isEqualTo(1);
    }

    @Test
    void render_dispatches_on_the_format_and_formats_parse_by_name_or_extension() {
        SopRenderer r = SopRenderer.standard();
        assertThat(r.render(V4, RenderFormat.parse("svg"))).isEqualTo(r.svg(V4));
        assertThat(r.render(V4, RenderFormat.parse("MD"))).isEqualTo(r.markdown(V4));
        assertThat(r.render(V4, RenderFormat.parse("mermaid"))).isEqualTo(r.mermaid(V4));
        assertThat(r.render(V4, RenderFormat.HTML)).isEqualTo(r.html(V4));
        assertThatThrownBy(() -> RenderFormat.parse("pdf")).hasMessageContaining("html, svg, mermaid or markdown");
    }

    @Test
    void an_end_without_a_part_is_drawn_once_in_the_lane_of_the_step_before_it() {
        SopDefinition d = Sop.define("A", "B").roles(KASI).start(1, "a").by(KASI, "Mulai").takes("1 Jam")
                .end(2, "b").build();
        Element svg = Structure.parse(SopRenderer.standard().svg(d)).getDocumentElement();
        Structure.checkSymbols(svg, d);
        assertThat(Structure.withClass(svg, "g", "end")).singleElement()
                .satisfies(g -> assertThat(g.getAttribute("data-role")).isEmpty());
        Step end = d.step(2);
        assertThat(end.parts()).isEmpty();
    }
}
