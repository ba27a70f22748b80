package io.github.tertib.render;

import static io.github.tertib.render.ComplianceCases.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ComplianceMarksTest {

    private static final SopDefinition V4 = PalangkaRaya.v4();

    /** The mark of every step, or "-" for none, by step number. */
    private static Map<Integer, String> marks(ComplianceReport report) {
        StepMarks marks = StepMarks.of(report);
        Map<Integer, String> out = new LinkedHashMap<>();
        for (Step s : report.instance().definition().steps()) {
            out.put(s.number(), marks.mark(s).map(m -> m.label() + " " + m.colour() + " " + m.detail()).orElse("-"));
        }
        return out;
    }

    /** The fill of the shape of every symbol in an SVG element, by step; white where unmarked. */
    private static Map<Integer, List<String>> fills(Element svg) {
        Map<Integer, List<String>> out = new HashMap<>();
        for (Element g : Structure.withClass(svg, "g", "symbol")) {
            Element shape = Structure.withClass(g, "*", "shape").get(0);
            out.computeIfAbsent(Integer.parseInt(g.getAttribute("data-step")), k -> new ArrayList<>())
                    .add(shape.getAttribute("fill"));
        }
        return out;
    }

    private static List<String> legend(Element root) {
        List<String> out = new ArrayList<>();
        for (Element item : Structure.withClass(root, "*", "legend-item")) {
            out.add(item.getTextContent() + " " + Structure.all(item, "rect").get(0).getAttribute("fill"));
        }
        return out;
    }

    private static final List<String> LEGEND = List.of("Tepat waktu #009e73", "Terlambat #d55e00", "Berjalan #0072b2",
            "Melewati batas #e69f00", "Tanpa waktu #a6a6a6", "Dibatalkan #4d4d4d", "Tidak dilalui #ffffff");

    @Test
    void each_status_has_its_indonesian_label_and_a_distinct_colour() {
        Map<ComplianceStatus, StepMark> all = new LinkedHashMap<>();
        for (ComplianceStatus s : ComplianceStatus.values()) {
            all.put(s, StepMark.of(s));
        }
        assertThat(all.values()).extracting(StepMark::label).containsExactly("Tepat waktu", "Terlambat", "Berjalan",
                "Melewati batas", "Tanpa waktu", "Dibatalkan");
        assertThat(all.values()).extracting(StepMark::colour).doesNotHaveDuplicates()
                .containsExactly("#009e73", "#d55e00", "#0072b2", "#e69f00", "#a6a6a6", "#4d4d4d");
        assertThat(all.values()).extracting(StepMark::detail).containsOnly("");
    }

    @Nested
    @DisplayName("the scripted V.4 case as of its close, in working days of 480 minutes")
    class ScriptedCase {

        private final ComplianceReport report = ComplianceCases.v4AsOfCloseInWorkingDays();
        private final String html = SopRenderer.standard().html(report);
        private final Document doc = Structure.parse(html);

        @Test
        void marks_each_step_with_the_worst_status_of_its_visits_and_their_minutes() {
            assertThat(marks(report)).containsExactly(
                    Map.entry(1, "Terlambat #d55e00 16/15 mnt"),
                    Map.entry(2, "Terlambat #d55e00 2 kunjungan: 144/15 dan 544/15 mnt"),
                    Map.entry(3, "Terlambat #d55e00 2 kunjungan: 32/10 dan 42,7/10 mnt; ditunda 320 mnt"),
                    Map.entry(4, "Tepat waktu #009e73 1685,4/2400 mnt"),
                    Map.entry(5, "Tepat waktu #009e73 480/480 mnt"),
                    Map.entry(6, "Tepat waktu #009e73 896/1440 mnt"),
                    Map.entry(7, "Tepat waktu #009e73 kasus: 3840/4385 mnt"));
        }

        @Test
        void is_the_sop_document_with_the_marks_of_the_report() {
            assertThat(html).isEqualTo(SopRenderer.standard().withMarks(StepMarks.of(report)).html(V4));
            assertThat(Structure.all(doc, "script")).isEmpty();
            Element flow = Structure.withClass(doc, "section", "flow").get(0);
            Element svg = Structure.all(flow, "svg").get(0);
            Structure.checkSymbols(svg, V4);
            assertThat(Structure.withClass(svg, "rect", "mark")).extracting(r -> r.getAttribute("data-step"))
                    .containsExactly("1", "2", "3", "4", "5", "6", "7");
            Map<Integer, List<String>> fills = fills(svg);
            for (int step = 1; step <= 7; step++) {
                assertThat(fills.get(step)).as("step %s", step).containsOnly(step <= 3 ? "#d55e00" : "#009e73");
            }
        }

        @Test
        void says_on_every_page_which_case_and_instant_the_colours_describe() {
            assertThat(Structure.all(doc, "title").get(0).getTextContent()).isEqualTo("SOP V. 4. PEMBINAAN DAN"
                    + " PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI \u2014 kasus V4/2026/001 per 12 Maret 2026 pukul"
                    + " 14.00 WIB");
            List<Element> pages = Structure.withClass(doc, "section", "page");
            assertThat(pages).hasSize(2);
            List<Element> bands = Structure.withClass(doc, "p", "case");
            assertThat(bands).hasSize(2);
            assertThat(bands.get(0).getTextContent()).isEqualTo("Kepatuhan kasus V4/2026/001 per 12 Maret 2026 pukul"
                    + " 14.00 WIB: kasus tepat waktu. Setiap langkah pada bagan alir diwarnai menurut statusnya.");
            assertThat(bands.get(1).getTextContent()).isEqualTo("Kepatuhan kasus V4/2026/001 per 12 Maret 2026 pukul"
                    + " 14.00 WIB. Kasus selesai 12 Maret 2026 pukul 14.00 WIB, tepat waktu: 3840 mnt dari waktu baku"
                    + " 4385 mnt jalur yang ditempuh; ditunda 320 mnt. Waktu dihitung dalam hari kerja (1 hari kerja"
                    + " = 480 menit).");
            for (Element page : pages) {
                assertThat(Structure.all(page, "footer").get(0).getTextContent())
                        .startsWith("SOP V. 4. \u00b7 kasus V4/2026/001 per 12 Maret 2026 pukul 14.00 WIB");
            }
        }

        @Test
        void has_a_legend_of_every_status_on_its_last_page() {
            List<Element> legends = Structure.withClass(doc, "div", "legend");
            assertThat(legends).singleElement();
            assertThat(legend(legends.get(0))).containsExactlyElementsOf(LEGEND);
        }

        @Test
        void shows_the_label_and_the_detail_in_the_keterangan_in_ink() {
            Element row3 = Structure.withClass(doc, "g", "row").stream()
                    .filter(g -> g.getAttribute("data-step").equals("3")).findFirst().orElseThrow();
            Element label = Structure.withClass(row3, "tspan", "mark-label").get(0);
            assertThat(label.getTextContent()).isEqualTo("\u25cf Terlambat ");
            assertThat(label.getAttribute("fill")).isEmpty();
            assertThat(Structure.all(label, "tspan").get(0).getAttribute("fill")).isEqualTo("#d55e00");
            assertThat(Structure.withClass(row3, "tspan", "mark-detail")).extracting(Element::getTextContent)
                    .map(String::strip).containsExactly("2 kunjungan: 32/10 dan", "42,7/10 mnt; ditunda 320", "mnt");
        }

        @Test
        void colours_the_svg_and_puts_the_case_and_the_legend_under_it() {
            String svg = SopRenderer.standard().withMarks(StepMarks.of(report)).svg(V4);
            Element root = Structure.parse(svg).getDocumentElement();
            assertThat(Structure.all(root, "title").get(0).getTextContent())
                    .endsWith(", kasus V4/2026/001 per 12 Maret 2026 pukul 14.00 WIB");
            Element key = Structure.withClass(root, "g", "key").get(0);
            assertThat(Structure.withClass(key, "text", "caption").get(0).getTextContent())
                    .startsWith("Kepatuhan kasus V4/2026/001 per 12 Maret 2026 pukul 14.00 WIB. Kasus selesai");
            assertThat(legend(key)).containsExactlyElementsOf(LEGEND);
            assertThat(fills(root).get(2)).containsExactly("#d55e00", "#d55e00");
            double keyTop = Double.parseDouble(Structure.all(key, "rect").get(0).getAttribute("y"));
            assertThat(Double.parseDouble(root.getAttribute("height"))).isGreaterThan(keyTop + 11);
        }

        @Test
        void shows_the_case_and_the_marks_in_markdown_and_mermaid() {
            SopRenderer r = SopRenderer.standard().withMarks(StepMarks.of(report));
            assertThat(r.markdown(V4)).contains("\n> Kepatuhan kasus V4/2026/001 per 12 Maret 2026 pukul 14.00 WIB.")
                    .contains("**Terlambat** 2 kunjungan: 144/15 dan 544/15 mnt");
            assertThat(r.mermaid(V4)).contains("classDef mark0 fill:#d55e00", "classDef mark1 fill:#009e73");
        }
    }

    @Nested
    @DisplayName("a hand-built report of each status")
    class HandBuilt {

        private final SopDefinition small = ComplianceCases.small();

        @Test
        void a_completed_case_with_a_loop_and_a_step_without_waktu() {
            ComplianceReport report = ComplianceCases.onTheClock(ComplianceCases.completed(), "2026-03-02T10:00");
            assertThat(marks(report)).containsExactly(
                    Map.entry(1, "Tepat waktu #009e73 10/15 mnt"),
                    Map.entry(2, "Terlambat #d55e00 2 kunjungan: 30/20 dan 10/20 mnt"),
                    Map.entry(3, "Terlambat #d55e00 2 kunjungan: 5/10 dan 15/10 mnt"),
                    Map.entry(4, "Tanpa waktu #a6a6a6 50 mnt"),
                    Map.entry(5, "Tanpa waktu #a6a6a6 kasus: 120 mnt"));
            Element svg = Structure.parse(SopRenderer.standard().html(report)).getDocumentElement();
            assertThat(fills(svg)).containsExactly(Map.entry(1, List.of("#009e73")), Map.entry(2, List.of("#d55e00")),
                    Map.entry(3, List.of("#d55e00")), Map.entry(4, List.of("#a6a6a6")), Map.entry(5, List.of("#a6a6a6")));
            assertThat(new ComplianceMarks(report).caption()).isEqualTo("Kepatuhan kasus X/1 per 2 Maret 2026 pukul"
                    + " 10.00 WIB. Kasus selesai 2 Maret 2026 pukul 10.00 WIB: 120 mnt; jalur yang ditempuh tanpa waktu"
                    + " baku. Waktu dihitung menurut jam dinding.");
        }

        @Test
        void an_open_case_within_its_standard_is_running_at_its_current_step_only() {
            ComplianceReport report = ComplianceCases.onTheClock(ComplianceCases.open(), "2026-03-02T08:25");
            assertThat(marks(report)).containsExactly(Map.entry(1, "Tepat waktu #009e73 10/15 mnt"),
                    Map.entry(2, "Berjalan #0072b2 15/20 mnt"), Map.entry(3, "-"), Map.entry(4, "-"), Map.entry(5, "-"));
            Element svg = Structure.parse(SopRenderer.standard().html(report)).getDocumentElement();
            assertThat(fills(svg)).containsEntry(2, List.of("#0072b2")).containsEntry(3, List.of("#ffffff"))
                    .containsEntry(5, List.of("#ffffff"));
            assertThat(Structure.withClass(svg, "rect", "mark")).hasSize(2);
            assertThat(new ComplianceMarks(report).caption()).contains(". Kasus berjalan pada langkah 2: 25 mnt sejauh"
                    + " ini. ");
        }

        @Test
        void an_open_case_past_its_standard_is_overdue() {
            ComplianceReport report = ComplianceCases.onTheClock(ComplianceCases.open(), "2026-03-02T08:30:30");
            assertThat(marks(report)).containsEntry(2, "Melewati batas #e69f00 20,5/20 mnt");
            assertThat(fills(Structure.parse(SopRenderer.standard().svg(small)).getDocumentElement()))
                    .containsEntry(2, List.of("#ffffff"));
            assertThat(fills(Structure.parse(SopRenderer.standard().withMarks(StepMarks.of(report)).svg(small))
                    .getDocumentElement())).containsEntry(2, List.of("#e69f00"));
            assertThat(new ComplianceMarks(report).caption()).contains("per 2 Maret 2026 pukul 08.30.30 WIB. Kasus"
                    + " melewati batas pada langkah 2: 30,5 mnt sejauh ini.");
        }

        @Test
        void a_cancelled_case_marks_the_step_it_was_cancelled_at() {
            ComplianceReport report = ComplianceCases.onTheClock(ComplianceCases.cancelled(), "2026-03-02T09:00");
            assertThat(marks(report)).containsEntry(2, "Dibatalkan #4d4d4d 20/20 mnt").containsEntry(5, "-");
            assertThat(new ComplianceMarks(report).caption()).contains(". Kasus dibatalkan pada langkah 2, 2 Maret 2026"
                    + " pukul 08.30 WIB, setelah 30 mnt. ");
        }

        @Test
        void minutes_past_a_standard_never_read_as_the_standard() {
            SopInstance run = ComplianceCases.started("X/4").complete(2, ComplianceCases.BUDI, wib("2026-03-02T08:30:01"));
            ComplianceReport report = ComplianceCases.onTheClock(run, "2026-03-02T08:31");
            assertThat(report.steps().get(1).overrun()).isEqualTo(Duration.ofSeconds(1));
            assertThat(marks(report)).containsEntry(2, "Terlambat #d55e00 20,1/20 mnt");
        }

        @Test
        void are_refused_over_another_sop() {
            ComplianceReport report = ComplianceCases.onTheClock(ComplianceCases.open(), "2026-03-02T08:25");
            SopRenderer r = SopRenderer.standard().withMarks(StepMarks.of(report));
            String message = "the marks describe case X/2 of SOP X.1, not SOP V. 4.: render the case's own SOP, or use"
                    + " SopRenderer.html(report)";
            assertThatThrownBy(() -> r.html(V4)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
            assertThatThrownBy(() -> r.svg(V4)).hasMessage(message);
            assertThatThrownBy(() -> r.mermaid(V4)).hasMessage(message);
            assertThatThrownBy(() -> r.markdown(V4)).hasMessage(message);
            assertThat(r.html(small)).contains("Berjalan");
        }

        @Test
        void escape_the_case_id_and_every_text_of_the_sop() {
            SopDefinition hostile = SopRendererTest.hostile();
            SopInstance run = SopInstance.start(hostile, "<script>alert('id')</script> & \"x\"",
                    Actor.of("kasi-1", "Budi", hostile.roles().get(0)), wib("2026-03-02T08:00"));
            ComplianceReport report = ComplianceReport.of(run, ComplianceCases.CLOCK, TimePolicy.calendarTime(),
                    wib("2026-03-02T08:20"));
            for (String out : List.of(SopRenderer.standard().html(report),
                    SopRenderer.standard().withMarks(StepMarks.of(report)).svg(hostile))) {
                Document doc = Structure.parse(out);
                assertThat(Structure.all(doc, "script")).isEmpty();
                assertThat(out).doesNotContain("<script");
                assertThat(doc.getDocumentElement().getTextContent())
                        .contains("kasus <script>alert('id')</script> & \"x\" per 2 Maret 2026 pukul 08.20 WIB")
                        .contains("Melewati batas");
            }
        }
    }

    @Test
    void the_examples_of_rendering_md_hold() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "rendering.md"));
        SopInstance run = Examples.v4().run();
        WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());
        ComplianceReport report = ComplianceReport.of(run, cal, TimePolicy.workingDays(), run.closedAt().orElseThrow());
        String html = SopRenderer.standard().html(report);
        assertThat(html).isEqualTo(SopRenderer.standard().withMarks(StepMarks.of(report)).html(run.definition()));
        String svg = SopRenderer.standard().withMarks(StepMarks.of(report)).svg(run.definition());
        assertThat(svg).contains("Tidak dilalui");
        String mark = StepMarks.of(report).mark(run.definition().step(2)).toString();
        assertThat(mark).isEqualTo("Optional[StepMark[label=Terlambat, colour=#d55e00, detail=2 kunjungan: 144/15 dan"
                + " 544/15 mnt]]");
        assertThat(guide).contains("// " + mark + "\n");
        for (ComplianceStatus s : ComplianceStatus.values()) {
            StepMark m = StepMark.of(s);
            assertThat(guide).contains("| `" + s + "` | " + m.label() + " | `" + m.colour() + "` ");
        }
        String band = Structure.withClass(Structure.parse(html), "p", "case").get(1).getTextContent();
        assertThat(guide.replace("\n", " ")).contains("\"" + band + "\"");
        assertThatThrownBy(() -> SopRenderer.standard().withMarks(StepMarks.of(ComplianceCases.onTheClock(
                ComplianceCases.open(), "2026-03-02T08:25"))).html(run.definition()))
                .hasMessageStartingWith("the marks describe case X/2 of SOP X.1, not SOP V. 4.: render the case's own"
                        + " SOP, or use SopRenderer.html(report)");
        assertThat(guide.replace("\n", " ")).contains("`IllegalArgumentException: the marks describe case … of SOP X.1,"
                + " not SOP V. 4.: render the case's own SOP, or use SopRenderer.html(report)`");
        // The monitoring report
        SopDefinition v4 = PalangkaRaya.v4();
        List<SopInstance> cases = List.of(run);
        Instant asOf = run.closedAt().orElseThrow();
        MonitoringReport m = MonitoringReport.of(v4, cases, cal, asOf);
        String doc = SopRenderer.standard().html(m.withActions("Menambah tenaga pelaksana"));
        assertThat(doc).contains("<td>Menambah tenaga pelaksana</td>").contains("Formulir monitoring");
        assertThat(guide).contains("String html = SopRenderer.standard().html(m.withActions(\"Menambah tenaga"
                + " pelaksana\"));");
    }

    @Test
    void say_the_zone_and_how_the_policy_counts() {
        assertThat(Words.instant(wib("2026-03-02T08:05"), ZoneId.of("Asia/Makassar"))).isEqualTo("2 Maret 2026 pukul"
                + " 09.05 WITA");
        assertThat(Words.instant(wib("2026-12-31T23:59:59"), ZoneId.of("Asia/Jayapura"))).isEqualTo("1 Januari 2027"
                + " pukul 01.59.59 WIT");
        assertThat(Words.zone(ZoneId.of("Europe/Amsterdam"))).isEqualTo("(Europe/Amsterdam)");
        assertThat(Words.policy(TimePolicy.workingMinutes())).isEqualTo("dalam menit kerja");
        assertThat(Words.policy(TimePolicy.workingDays(450))).isEqualTo("dalam hari kerja (1 hari kerja = 450 menit)");
        assertThat(Words.minutes(Duration.ofMinutes(15))).isEqualTo("15");
        assertThat(Words.minutes(Duration.ofSeconds(14 * 60 + 59).plusMillis(999))).isEqualTo("15");
        assertThat(Words.minutes(Duration.ofSeconds(42 * 60 + 40))).isEqualTo("42,7");
        assertThat(Words.minutes(Duration.ofNanos(1))).isEqualTo("0,1");
        assertThat(Words.percent(2.0 / 3)).isEqualTo("66,6%");
        assertThat(Words.percent(0.9)).isEqualTo("90%");
    }

    @Test
    void take_no_null() {
        assertThatThrownBy(() -> StepMarks.of((ComplianceReport) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("report");
        assertThatThrownBy(() -> SopRenderer.standard().html((ComplianceReport) null)).hasMessage("report");
        assertThatThrownBy(() -> StepMark.of((ComplianceStatus) null)).hasMessage("status");
        assertThatThrownBy(() -> StepMark.of("Terlambat", "#d55e00").withDetail(null)).hasMessage("detail");
        assertThat(new StepMark("Terlambat", "#d55e00")).isEqualTo(StepMark.of("Terlambat", "#d55e00"))
                .isNotEqualTo(StepMark.of("Terlambat", "#d55e00").withDetail("16/15 mnt"));
        assertThat(StepMarks.of(ComplianceCases.onTheClock(ComplianceCases.open(), "2026-03-02T08:25"))
                .mark(PalangkaRaya.v4().step(7))).isEqualTo(Optional.empty());
    }

    @Test
    void a_decision_answered_no_makes_the_second_visit_that_the_detail_names() {
        ComplianceReport report = ComplianceCases.onTheClock(ComplianceCases.started("X/5")
                .complete(2, ComplianceCases.BUDI, wib("2026-03-02T08:20"))
                .decide(3, Answer.NO, ComplianceCases.RINA, wib("2026-03-02T08:25"))
                .complete(2, ComplianceCases.BUDI, wib("2026-03-02T08:35"))
                .decide(3, Answer.NO, ComplianceCases.RINA, wib("2026-03-02T08:40")), "2026-03-02T09:05");
        assertThat(marks(report)).containsEntry(2, "Melewati batas #e69f00 3 kunjungan: 10/20, 10/20 dan 25/20 mnt")
                .containsEntry(3, "Tepat waktu #009e73 2 kunjungan: 5/10 dan 5/10 mnt");
    }
}
