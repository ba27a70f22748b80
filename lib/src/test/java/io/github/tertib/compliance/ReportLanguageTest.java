package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.ASN;
import static io.github.tertib.compliance.Cases.BUDI;
import static io.github.tertib.compliance.Cases.V4;
import static io.github.tertib.compliance.Cases.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.render.SopRenderer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.WorkCalendar;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One language per output, Indonesian by default; reports computed past the holiday data say so. */
class ReportLanguageTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void monitoring_markdown_and_csv_are_indonesian_by_default_and_english_on_request() {
        MonitoringReport m = MonitoringReport.of(V4, List.of(Cases.onTimeCase()), ASN, wib("2026-03-10T10:00"));
        assertThat(m.toMarkdown()).isEqualTo(m.toMarkdown(ID)).isEqualTo(m.toMarkdown(new Locale("in")))
                .startsWith("## Monitoring SOP V. 4.")
                .contains("Per 2026-03-10 10:00 (Asia/Jakarta)", "ambang tepat waktu 90%", "### Kasus\n", "### Langkah\n",
                        "### Jabatan\n", "### Keputusan\n", "| Dimulai | Selesai | Tepat waktu |", "| Langkah | Kegiatan |")
                .doesNotContain("### Cases", "| Started", "As of", "Parts done", "Loop rate");
        assertThat(m.toMarkdown(Locale.ENGLISH)).contains("### Cases\n", "| Started | Completed |")
                .doesNotContain("### Kasus", "Dimulai", "Bagian dikerjakan");
        assertThat(m.toCsv()).startsWith("bagian,kunci,nama,ukuran,nilai\r\nlaporan,,,per,")
                .contains("langkah,4,Persiapan Pelaksanaan Kegiatan,tingkat_tepat_waktu,")
                .doesNotContain("on_time", "section,");
        assertThat(m.toCsv(Locale.ENGLISH)).startsWith("section,key,name,measure,value\r\nreport,,,as_of,")
                .doesNotContain("tepat_waktu");
        assertThat(m.assumedNoHolidaysAfter()).isEmpty();
    }

    @Test
    void a_report_past_the_holiday_data_says_it_assumed_no_holidays() {
        WorkCalendar assuming = ASN.assumingNoHolidaysOutsideData();
        assertThat(assuming.isAssumingNoHolidaysOutsideData()).isTrue();
        assertThat(ASN.isAssumingNoHolidaysOutsideData()).isFalse();
        Year last = ASN.holidays().lastYear().orElseThrow();
        String y = last.toString();
        SopInstance run = SopInstance.start(V4, "V4/" + y + "/099", BUDI, wib(y + "-12-30T08:00"))
                .complete(1, BUDI, wib(y + "-12-30T08:10"));
        java.time.Instant asOf = wib((last.getValue() + 1) + "-01-05T10:00");
        assertThatThrownBy(() -> ComplianceReport.of(run, ASN, asOf)).isInstanceOf(OutsideHolidayDataException.class);

        ComplianceReport r = ComplianceReport.of(run, assuming, asOf);
        assertThat(r.assumedNoHolidaysAfter()).contains(last);
        String en = "Computed assuming no holidays after " + y + ": the holiday data ends on 31 December " + y;
        String id = "Dihitung dengan anggapan tidak ada hari libur setelah tahun " + y + ": data hari libur berakhir"
                + " pada 31 Desember " + y;
        assertThat(r.toTable()).contains(en);
        assertThat(r.toMarkdown()).contains(en);
        assertThat(SopRenderer.standard().html(r)).contains(id);

        MonitoringReport m = MonitoringReport.of(V4, List.of(run), assuming, asOf);
        assertThat(m.assumedNoHolidaysAfter()).contains(last);
        assertThat(m.withThreshold(0.5).assumedNoHolidaysAfter()).contains(last);
        assertThat(m.toMarkdown()).contains(id);
        assertThat(m.toMarkdown(Locale.ENGLISH)).contains(en);
        assertThat(m.toCsv()).contains(",anggapan_tanpa_libur_setelah," + y + "\r\n");
        assertThat(m.toCsv(Locale.ENGLISH)).contains(",assumed_no_holidays_after," + y + "\r\n");
        assertThat(SopRenderer.standard().html(m)).contains(id);

        ComplianceReport within = ComplianceReport.of(run, assuming, wib(y + "-12-30T09:00"));
        assertThat(within.assumedNoHolidaysAfter()).isEmpty();
        assertThat(within.toTable()).doesNotContain("Computed assuming");
        assertThat(MonitoringReport.of(V4, List.of(run), assuming, wib(y + "-12-30T09:00")).assumedNoHolidaysAfter())
                .isEmpty();
    }

    @Test
    void a_compliance_report_is_english_without_a_language_and_indonesian_for_id() {
        ComplianceReport r = ComplianceReport.of(Cases.resumedAfterTheHolidays(), ASN, wib("2026-03-25T10:00"));
        assertThat(r.toTable(Locale.ENGLISH)).isEqualTo(r.toTable()).isEqualTo(r.toTable(Locale.JAPANESE))
                .startsWith("Compliance of case V4/2026/032, SOP V. 4.")
                .contains("Step  Visit  Activated", "ON_TIME", "Case: RUNNING, elapsed ", ", suspended ");
        assertThat(r.toMarkdown(Locale.ENGLISH)).isEqualTo(r.toMarkdown()).startsWith("**Compliance of case");

        String table = r.toTable(ID);
        assertThat(table).isEqualTo(r.toTable(new Locale("in", "ID")))
                .startsWith("Kepatuhan kasus V4/2026/032, SOP V. 4. PEMBINAAN")
                .contains(", per 2026-03-25 10:00 (Asia/Jakarta), TimePolicy.workingMinutes()\n")
                .contains("Langkah  Kunjungan  Diaktifkan", "Waktu baku", "Lama", "Ditunda", "Batas waktu",
                        "Status", "Kelebihan waktu", "Tepat waktu", "\nKasus: Berjalan, lama ", ", ditunda ",
                        ", waktu baku nominal 4360m\n",
                        "\nKasus: Berjalan, lama 105m dari waktu baku 2440m (jalur yang ditempuh), ditunda 105m,")
                .doesNotContain("Compliance", "Step", "ON_TIME", "RUNNING", "elapsed", "suspended", "nominal standard");
        assertThat(r.toMarkdown(ID)).startsWith("**Kepatuhan kasus V4/2026/032")
                .contains("| Langkah | Kunjungan | Diaktifkan | Selesai | Waktu baku | Lama | Ditunda | Batas waktu"
                        + " | Status | Kelebihan waktu |\n|---:|---:|---|---|---:|---:|---:|---|---|---:|\n")
                .contains("| Tepat waktu |", "Kasus: Berjalan, lama ")
                .doesNotContain("ON\\_TIME", "Step");
    }

    @Test
    void a_path_without_a_standard_and_data_past_its_end_are_said_in_the_language_asked() {
        SopInstance cancelled = Cases.cancelledCase();
        ComplianceReport r = ComplianceReport.of(cancelled, ASN, wib("2026-03-02T10:00"));
        assertThat(r.toTable()).contains("Case: CANCELLED, elapsed ");
        assertThat(r.toTable(ID)).contains("Kasus: Dibatalkan, lama ", "Dibatalkan");

        WorkCalendar assuming = ASN.assumingNoHolidaysOutsideData();
        Year last = ASN.holidays().lastYear().orElseThrow();
        String y = last.toString();
        SopInstance run = SopInstance.start(V4, "V4/" + y + "/099", BUDI, wib(y + "-12-30T08:00"))
                .complete(1, BUDI, wib(y + "-12-30T08:10"));
        ComplianceReport past = ComplianceReport.of(run, assuming, wib((last.getValue() + 1) + "-01-05T10:00"));
        String id = "Dihitung dengan anggapan tidak ada hari libur setelah tahun " + y;
        assertThat(past.toTable(ID)).contains(id).doesNotContain("Computed assuming");
        assertThat(past.toMarkdown(ID)).contains(id);
    }

    @Test
    void every_status_has_a_word_in_both_languages() {
        for (ComplianceStatus s : ComplianceStatus.values()) {
            assertThat(ComplianceTable.status(s, Locale.ENGLISH)).isEqualTo(s.name());
            assertThat(ComplianceTable.status(s, ID)).isNotBlank().isNotEqualTo(s.name());
        }
        assertThat(ComplianceTable.status(ComplianceStatus.ON_TIME, ID)).isEqualTo("Tepat waktu");
        assertThat(ComplianceTable.status(ComplianceStatus.OVERDUE, ID)).isEqualTo("Melewati batas");
    }

    @Test
    void a_report_needs_a_language() {
        ComplianceReport r = ComplianceReport.of(Cases.onTimeCase(), ASN, wib("2026-03-10T10:00"));
        assertThatThrownBy(() -> r.toTable(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
        assertThatThrownBy(() -> r.toMarkdown(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    }
}
