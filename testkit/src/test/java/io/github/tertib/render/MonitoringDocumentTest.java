package io.github.tertib.render;

import static io.github.tertib.render.ComplianceCases.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.TimePolicy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MonitoringDocumentTest {

    /** Three cases of the small SOP at 10:00 on the wall clock: one completed (UNTIMED), one overdue, one cancelled. */
    static MonitoringReport small() {
        return MonitoringReport.of(ComplianceCases.small(), List.of(ComplianceCases.completed(), ComplianceCases.open(),
                ComplianceCases.cancelled()), ComplianceCases.CLOCK, TimePolicy.calendarTime(), wib("2026-03-02T10:00"));
    }

    private static List<String> cells(Element row) {
        return Structure.all(row, "td").stream().map(td -> td.getTextContent().strip()).toList();
    }

    private static Element table(Document doc, String heading) {
        Element h2 = Structure.all(doc, "h2").stream().filter(h -> h.getTextContent().equals(heading)).findFirst()
                .orElseThrow();
        org.w3c.dom.Node n = h2.getNextSibling();
        while (!(n instanceof Element e && e.getLocalName().equals("table"))) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }

    private static List<Element> bodyRows(Element table) {
        return Structure.all(Structure.all(table, "tbody").get(0), "tr");
    }

    private static String style(String html) {
        return Structure.all(Structure.parse(html), "style").get(0).getTextContent().strip();
    }

    @Nested
    @DisplayName("three hand-built cases")
    class HandBuilt {

        private final MonitoringReport report = small();
        private final String html = SopRenderer.standard().html(report);
        private final Document doc = Structure.parse(html);

        @Test
        void is_one_self_contained_xhtml_document_with_the_stylesheet_of_the_sop_document() {
            assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\">")
                    .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=").doesNotContain("url(");
            assertThat(Structure.all(doc, "link")).isEmpty();
            assertThat(style(html)).isEqualTo(style(SopRenderer.standard().html(PalangkaRaya.v4())))
                    .isEqualTo(DocumentFrame.CSS);
            assertThat(Structure.all(doc, "title").get(0).getTextContent()).isEqualTo("Pemantauan SOP X.1 Contoh Kecil");
            assertThat(Structure.withClass(doc, "section", "page")).singleElement()
                    .satisfies(p -> assertThat(Structure.hasClass(p, "report")).isTrue());
            assertThat(Structure.withClass(doc, "p", "case").get(0).getTextContent()).isEqualTo("Keadaan per 2 Maret"
                    + " 2026 pukul 10.00 WIB \u00b7 3 kasus \u00b7 waktu dihitung menurut jam dinding \u00b7 ambang tepat"
                    + " waktu setiap langkah 90%.");
        }

        @Test
        void shows_the_regulations_form_with_the_assessment_in_words_and_colour() {
            Element form = table(doc, "Formulir monitoring (PermenPAN-RB Nomor 35 Tahun 2012)");
            assertThat(Structure.all(form, "th")).extracting(Element::getTextContent).containsExactly("No", "Prosedur",
                    "Penilaian terhadap Penerapan", "Catatan Hasil Penilaian", "Tindakan yang Harus Diambil",
                    "Paraf Penilai");
            Element row = bodyRows(form).get(0);
            assertThat(cells(row)).containsExactly("1", "X.1 Contoh Kecil", "Tidak berjalan dengan baik",
                    report.row().notes(), "", "");
            Element verdict = Structure.all(row, "td").get(2);
            assertThat(Structure.hasClass(verdict, "bad")).isTrue();
            assertThat(Structure.all(verdict, "rect").get(0).getAttribute("fill")).isEqualTo("#d55e00");
        }

        @Test
        void shows_the_cases_as_a_bar_of_their_statuses_with_a_legend_of_counts() {
            Element bar = Structure.withClass(doc, "svg", "cases").get(0);
            assertThat(Structure.all(bar, "rect")).filteredOn(r -> r.hasAttribute("data-status"))
                    .extracting(r -> r.getAttribute("data-status") + " " + r.getAttribute("x") + " "
                            + r.getAttribute("width") + " " + r.getAttribute("fill"))
                    .containsExactly("UNTIMED 0 333.3 #a6a6a6", "OVERDUE 333.3 333.3 #e69f00",
                            "CANCELLED 666.7 333.3 #4d4d4d");
            assertThat(Structure.withClass(doc, "span", "legend-item")).extracting(Element::getTextContent)
                    .startsWith("Tepat waktu: 0", "Terlambat: 0", "Tanpa waktu: 1", "Berjalan: 0", "Melewati batas: 1",
                            "Dibatalkan: 1");
            assertThat(cells(bodyRows(table(doc, "Kasus")).get(0))).containsExactly("3", "1", "0", "0", "1", "1", "1");
        }

        @Test
        void tables_every_step_with_a_bar_of_its_outcomes_and_tints_those_that_fall_short() {
            List<Element> rows = bodyRows(table(doc, "Langkah"));
            assertThat(rows).extracting(r -> r.getAttribute("data-step") + (Structure.hasClass(r, "short") ? " short" : ""))
                    .containsExactly("1", "2 short", "3 short", "4");
            assertThat(cells(rows.get(0))).containsExactly("1", "Menerima berkas", "15 Menit", "3", "0 (0%)", "3/3",
                    "100%", "0", "10", "10", "0");
            assertThat(cells(rows.get(1))).containsExactly("2", "Memeriksa berkas", "20 Menit", "4", "1 (33,3%)", "1/3",
                    "33,3%", "1", "10", "30", "90");
            assertThat(cells(rows.get(3))).containsExactly("4", "Mengarsipkan berkas", "-", "1", "0 (0%)", "0/0", "-",
                    "0", "50", "50", "0");
            Element bar = Structure.withClass(rows.get(1), "svg", "bar").get(0);
            assertThat(Structure.all(bar, "rect")).filteredOn(r -> r.hasAttribute("data-status"))
                    .extracting(r -> r.getAttribute("data-status") + " " + r.getAttribute("width"))
                    .containsExactly("ON_TIME 20", "LATE 20", "OVERDUE 20");
            assertThat(Structure.all(bar, "line").get(0).getAttribute("x1")).isEqualTo("54");
            assertThat(Structure.all(rows.get(1), "strong")).extracting(Element::getTextContent).containsExactly("33,3%");
        }

        @Test
        void tables_the_roles_and_the_decisions() {
            assertThat(bodyRows(table(doc, "Pelaksana"))).extracting(MonitoringDocumentTest::cells).containsExactly(
                    List.of("Kepala Seksi", "6", "1", "16,6%"), List.of("Kepala Bidang", "2", "1", "50%"));
            assertThat(bodyRows(table(doc, "Keputusan"))).extracting(MonitoringDocumentTest::cells).containsExactly(
                    List.of("3", "Apakah berkas lengkap?", "2", "1", "50%"));
        }

        @Test
        void follows_the_threshold_and_shows_the_assessors_actions_as_text() {
            MonitoringReport changed = report.withThreshold(0.5).withActions("<b>Menambah</b> tenaga & \"pelaksana\"");
            String out = SopRenderer.standard().html(changed);
            Document d = Structure.parse(out);
            assertThat(Structure.all(d, "b")).isEmpty();
            assertThat(cells(bodyRows(table(d, "Formulir monitoring (PermenPAN-RB Nomor 35 Tahun 2012)")).get(0)).get(4))
                    .isEqualTo("<b>Menambah</b> tenaga & \"pelaksana\"");
            assertThat(Structure.withClass(d, "p", "case").get(0).getTextContent()).endsWith("ambang tepat waktu setiap"
                    + " langkah 50%.");
            // Step 2 still has an overdue case; step 3, on time half the time, now reaches the threshold.
            assertThat(bodyRows(table(d, "Langkah"))).extracting(r -> Structure.hasClass(r, "short"))
                    .containsExactly(false, true, false, false);
        }
    }

    @Test
    void an_sop_with_no_case_yet_runs_well_and_has_an_empty_bar() {
        MonitoringReport none = MonitoringReport.of(ComplianceCases.small(), List.of(), ComplianceCases.CLOCK,
                wib("2026-03-02T10:00"));
        Document doc = Structure.parse(SopRenderer.standard().html(none));
        assertThat(Structure.all(Structure.withClass(doc, "svg", "cases").get(0), "rect")).singleElement();
        Element verdict = Structure.withClass(doc, "td", "verdict").get(0);
        assertThat(verdict.getTextContent().strip()).isEqualTo("Berjalan dengan baik");
        assertThat(Structure.hasClass(verdict, "good")).isTrue();
        assertThat(Structure.all(verdict, "rect").get(0).getAttribute("fill")).isEqualTo("#009e73");
        assertThat(bodyRows(table(doc, "Langkah"))).allSatisfy(r -> assertThat(Structure.hasClass(r, "short")).isFalse());
    }

    @Test
    void the_monitoring_example_of_generated_v4_cases_has_a_row_per_step() {
        MonitoringReport m = GeneratedCases.v4Monitoring();
        assertThat(m.counts().started()).isEqualTo(GeneratedCases.GENERATED);
        Document doc = Structure.parse(SopRenderer.standard().html(m));
        assertThat(bodyRows(table(doc, "Langkah"))).hasSize(6);
        assertThat(Structure.all(doc, "script")).isEmpty();
    }

    @Test
    void escapes_every_text_of_the_sop_and_its_roles() {
        Role staf = Role.of("pelaksana", "Pelaksana \"Utama\" <i>");
        SopDefinition sop = Sop.define("X.2", "Uji <b>teks</b> & | tanda").roles(staf)
                .start(1, "Menerima <script>alert(1)</script>, berkas | \"asli\"").by(staf, "Mulai").takes("15 Menit")
                .end(2, "Selesai").by(staf, "Selesai")
                .build();
        Actor ani = Actor.of("s", "Ani", staf);
        MonitoringReport report = MonitoringReport.of(sop, List.of(SopInstance.start(sop, "X/1", ani,
                wib("2026-03-02T08:00")).complete(1, ani, wib("2026-03-02T09:00"))), ComplianceCases.ASN,
                wib("2026-03-02T09:00"));
        String html = SopRenderer.standard().html(report);
        Document doc = Structure.parse(html);
        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>");
        assertThat(Structure.all(doc, "title").get(0).getTextContent()).isEqualTo("Pemantauan SOP X.2 Uji <b>teks</b> &"
                + " | tanda");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Menerima <script>alert(1)</script>, berkas |"
                + " \"asli\"", "Pelaksana \"Utama\" <i>");
    }

    @Test
    void takes_no_null() {
        assertThatThrownBy(() -> SopRenderer.standard().html((MonitoringReport) null))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
    }
}
