package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.ASN;
import static io.github.tertib.compliance.Cases.V4;
import static io.github.tertib.compliance.Cases.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.MonitoringReport.Counts;
import io.github.tertib.compliance.MonitoringReport.DecisionSummary;
import io.github.tertib.compliance.MonitoringReport.MonitoringRow;
import io.github.tertib.compliance.MonitoringReport.RoleSummary;
import io.github.tertib.compliance.MonitoringReport.StepSummary;
import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.TimePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The monitoring of four V.4 cases on the ASN calendar with the 2026 holidays, with every figure derived
 * by hand from the per-visit figures that ComplianceReportTest derives for the same policy.
 */
class MonitoringReportTest {

    static Duration min(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    static Duration min(long minutes, long seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }

    static String activity(int step) {
        return V4.step(step).activity();
    }

    @Nested
    @DisplayName("four cases as of Wednesday 1 April 2026, 11:35 WIB, under the default policy")
    class FourCases {

        // The per-visit figures are those ComplianceReportTest derives in working minutes, the default. The scripted
        // case: step 1 15 (on time), step 2 135 and 510, step 3 30 and 40 (late), step 4 1580, step 5
        // 450, step 6 840 (on time). Across Idul Fitri: 10, 14, 6, 540 (on time), step 5 510 (30 late),
        // step 6 1140. The case suspended over the holidays: step 1 10, step 2 30 (15 late), step 3 9,
        // step 4 open since Wed 25 March 09:04, due Wed 1 April 11:34, so at 11:35 one minute overdue
        // (2401 of 2400). The cancelled case: step 1 10, step 2 cut off at 50 (35 over).
        final List<SopInstance> cases = List.of(Examples.v4().run(), Cases.iedCase(), Cases.resumedAfterTheHolidays(),
                Cases.cancelledCase());
        final MonitoringReport report = MonitoringReport.of(V4, cases, ASN, wib("2026-04-01T11:35"));

        @Test
        void counts_the_cases_where_they_stand() {
            // Started 4; completed 2, both on time as a whole; cancelled 1; open 1, overdue.
            assertThat(report.counts()).isEqualTo(new Counts(4, 2, 2, 0, 1, 1, 1));
        }

        @Test
        void gives_every_step_its_rates_percentiles_and_worst_overrun() {
            assertThat(report.steps()).containsExactly(
                    // Step 1: 15, 10, 10, 10, all on time. Nearest rank of the 4 sorted values 10, 10, 10,
                    // 15: the median is the 2nd, the 90th percentile the 4th.
                    new StepSummary(1, activity(1), 4, 4, 0, 4, 4, 0, Optional.of(min(10)), Optional.of(min(15)),
                            min(0)),
                    // Step 2: 135 and 510 (late, the loop), 14 (on time), 30 (late), and 50 cut off by the
                    // cancellation (not assessed, not completed; its 35 over is an overrun). Completed: 14,
                    // 30, 135, 510.
                    new StepSummary(2, activity(2), 5, 4, 1, 1, 4, 0, Optional.of(min(30)), Optional.of(min(510)),
                            min(495)),
                    // Step 3: 30 and 40 (late), 6 and 9 (on time); reached by three cases. Sorted 6, 9, 30, 40.
                    new StepSummary(3, activity(3), 4, 3, 1, 2, 4, 0, Optional.of(min(9)), Optional.of(min(40)),
                            min(30)),
                    // Step 4: 1580 and 540 (on time), and the overdue visit. Completed 540, 1580: the median
                    // is the 1st of 2, the 90th percentile the 2nd.
                    new StepSummary(4, activity(4), 3, 3, 0, 2, 3, 1, Optional.of(min(540)), Optional.of(min(1580)),
                            min(1)),
                    // Step 5: 450 (on time) and 510 (30 late).
                    new StepSummary(5, activity(5), 2, 2, 0, 1, 2, 0, Optional.of(min(450)), Optional.of(min(510)),
                            min(30)),
                    // Step 6: 840 and 1140, on time.
                    new StepSummary(6, activity(6), 2, 2, 0, 2, 2, 0, Optional.of(min(840)), Optional.of(min(1140)),
                            min(0)));
        }

        @Test
        void counts_the_parts_of_every_role_and_those_done_late() {
            // Pelaksana: steps 4 and 6 of the two completed cases, all within the standard (step 6's first
            // part at 660 and 330 of 1440). Kepala Seksi: steps 1, 3, 3, 6 of the scripted case (both 3s
            // late; step 1 at exactly 15 is not), 1, 3, 6 across Idul Fitri, 1 and 3 of the suspended
            // case (step 3 at 9 of 10), 1 of the cancelled one. Kepala Bidang: both step 2s of the scripted
            // case late (45 and 330 counted when done), three on time (10 each). Kepala Dinas: Sari (Plh.)
            // at 135 and Murni at 510 in the scripted case, Murni at 30 in the suspended case: late; Murni
            // at 14 across Idul Fitri. Pelaksanaan: step 5 at 450 (scripted) and 510 (Idul Fitri, late).
            assertThat(report.roles()).containsExactly(
                    new RoleSummary(PalangkaRaya.PELAKSANA, 4, 0),
                    new RoleSummary(PalangkaRaya.KEPALA_SEKSI, 10, 2),
                    new RoleSummary(PalangkaRaya.KEPALA_BIDANG, 5, 2),
                    new RoleSummary(PalangkaRaya.KEPALA_DINAS, 4, 3),
                    new RoleSummary(PalangkaRaya.PELAKSANAAN, 2, 1));
        }

        @Test
        void gives_each_decision_its_rate_of_tidak() {
            // "Tidak" and "Ya" in the scripted case, "Ya" in the two others that reached step 3.
            assertThat(report.decisions()).containsExactly(new DecisionSummary(3, activity(3), 4, 1));
        }

        @Test
        void its_monitoring_row_names_the_steps_below_the_threshold_and_the_overdue_case() {
            // Steps 1 and 6 are on time in 4 of 4 and 2 of 2; the others fall short.
            assertThat(report.row()).isEqualTo(new MonitoringRow(
                    "V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI",
                    MonitoringReport.Assessment.NOT_GOOD,
                    "Langkah 2 (" + activity(2) + ") tepat waktu 25% (di bawah 90%); "
                            + "Langkah 3 (" + activity(3) + ") tepat waktu 50% (di bawah 90%); "
                            + "Langkah 4 (Persiapan Pelaksanaan Kegiatan) tepat waktu 66,6% (di bawah 90%); "
                            + "Langkah 5 (Pelaksanaan Kegiatan) tepat waktu 50% (di bawah 90%); "
                            + "1 kasus melewati batas waktu (1 pada langkah 4).",
                    ""));
        }

        @Test
        void prints_csv_and_markdown_with_its_policy_and_figures() {
            assertThat(report.toCsv()).startsWith("section,key,name,measure,value\r\n"
                            + "report,,,as_of,2026-04-01T04:35:00Z\r\n"
                            + "report,,,zone,Asia/Jakarta\r\n"
                            + "report,,,policy,TimePolicy.workingMinutes()\r\n")
                    .contains("step,1,Mencermati pelaksanaan yang ingin dilaksanakan,on_time_rate,1\r\n")
                    .contains("step,4,Persiapan Pelaksanaan Kegiatan,on_time_rate,0.6667\r\n"
                            + "step,4,Persiapan Pelaksanaan Kegiatan,overdue,1\r\n"
                            + "step,4,Persiapan Pelaksanaan Kegiatan,median_minutes,540.00\r\n"
                            + "step,4,Persiapan Pelaksanaan Kegiatan,p90_minutes,1580.00\r\n"
                            + "step,4,Persiapan Pelaksanaan Kegiatan,worst_overrun_minutes,1.00\r\n")
                    .contains("role,kepala-seksi,Kepala Seksi,parts_done,10\r\nrole,kepala-seksi,Kepala Seksi,late_parts,2\r\n")
                    .contains("role,kepala-dinas,Kepala Dinas,parts_done,4\r\nrole,kepala-dinas,Kepala Dinas,late_parts,3\r\n");
            assertThat(report.toMarkdown())
                    .contains("As of 2026-04-01 11:35 (Asia/Jakarta), TimePolicy.workingMinutes(), on-time threshold 90%.\n")
                    .contains("| 4 | Persiapan Pelaksanaan Kegiatan | 3 | 0% | 2/3 | 66,6% | 1 | 540m | 1580m | 1m |\n");
        }
    }

    @Nested
    @DisplayName("four cases as of Wednesday 1 April 2026, 09:05 WIB, read as working days of 480 minutes")
    class FourCasesInWorkingDays {

        // The scripted case (completed, loops once), the case across Idul Fitri (completed), the case
        // suspended over the holidays (open at step 4, one working minute past its due instant 09:04),
        // and the case cancelled at step 2.
        final List<SopInstance> cases = List.of(Examples.v4().run(), Cases.iedCase(), Cases.resumedAfterTheHolidays(),
                Cases.cancelledCase());
        final MonitoringReport report = MonitoringReport.of(V4, cases, ASN, TimePolicy.workingDays(),
                wib("2026-04-01T09:05"));

        @Test
        void counts_the_cases_where_they_stand() {
            assertThat(report.counts()).isEqualTo(new Counts(4, 2, 2, 0, 1, 1, 1));
        }

        @Test
        void gives_every_step_its_rates_percentiles_and_worst_overrun() {
            assertThat(report.steps()).containsExactly(
                    // Step 1: late in the scripted case (16m), on time in the three others (10m 40s each).
                    // Nearest rank of 4 sorted values: the median is the 2nd, the 90th percentile the 4th.
                    new StepSummary(1, activity(1), 4, 4, 0, 3, 4, 0, Optional.of(min(10, 40)), Optional.of(min(16)),
                            min(1)),
                    // Step 2: 144m and 544m (late, the loop), 14m 56s (on time), 32m (late), and 53m 20s cut off by
                    // the cancellation (not assessed, not completed, but its 38m 20s overrun is an overrun).
                    new StepSummary(2, activity(2), 5, 4, 1, 1, 4, 0, Optional.of(min(32)), Optional.of(min(544)),
                            min(529)),
                    // Step 3: 32m and 42m 40s (late), 6m 24s and 9m 36s (on time); reached by three cases.
                    new StepSummary(3, activity(3), 4, 3, 1, 2, 4, 0, Optional.of(min(9, 36)),
                            Optional.of(min(42, 40)), min(32, 40)),
                    // Step 4: 1685m 20s and 576m (on time) and the overdue visit, 1m 4s past its standard.
                    new StepSummary(4, activity(4), 3, 3, 0, 2, 3, 1, Optional.of(min(576)),
                            Optional.of(min(1685, 20)), min(1, 4)),
                    // Step 5: exactly 480m (on time) and 544m (64m late).
                    new StepSummary(5, activity(5), 2, 2, 0, 1, 2, 0, Optional.of(min(480)), Optional.of(min(544)),
                            min(64)),
                    new StepSummary(6, activity(6), 2, 2, 0, 2, 2, 0, Optional.of(min(896)), Optional.of(min(1216)),
                            min(0)));
            assertThat(report.steps().get(1).onTimeRate()).hasValue(0.25);
            assertThat(report.steps().get(1).loopRate()).hasValue(0.25);
            assertThat(report.steps().get(2).loopRate()).hasValue(1.0 / 3);
        }

        @Test
        void counts_the_parts_of_every_role_and_those_done_late() {
            // Kepala Seksi: steps 1, 3, 3, 6 of the scripted case (1 and both 3s late), 1, 3, 6 of the Idul
            // Fitri case, 1 and 3 of the suspended one, 1 of the cancelled one. Kepala Bidang: both step 2s
            // of the scripted case (late: 48m and 352m counted when done), and three on time (before the
            // due instant). Kepala Dinas: Sari (Plh.) and Murni in the scripted case, late; Murni on time
            // across Idul Fitri; Murni at 15:40 on 17 March, 32m counted, late. Pelaksanaan: step 5 across
            // Idul Fitri, late.
            assertThat(report.roles()).containsExactly(
                    new RoleSummary(PalangkaRaya.PELAKSANA, 4, 0),
                    new RoleSummary(PalangkaRaya.KEPALA_SEKSI, 10, 3),
                    new RoleSummary(PalangkaRaya.KEPALA_BIDANG, 5, 2),
                    new RoleSummary(PalangkaRaya.KEPALA_DINAS, 4, 3),
                    new RoleSummary(PalangkaRaya.PELAKSANAAN, 2, 1));
        }

        @Test
        void gives_each_decision_its_rate_of_tidak() {
            assertThat(report.decisions()).containsExactly(new DecisionSummary(3, activity(3), 4, 1));
            assertThat(report.decisions().get(0).noRate()).hasValue(0.25);
        }

        @Test
        void its_monitoring_row_names_the_steps_below_the_threshold_and_the_overdue_case() {
            assertThat(report.threshold()).isEqualTo(0.9);
            assertThat(report.row()).isEqualTo(new MonitoringRow(
                    "V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI",
                    MonitoringReport.Assessment.NOT_GOOD,
                    "Langkah 1 (" + activity(1) + ") tepat waktu 75% (di bawah 90%); "
                            + "Langkah 2 (" + activity(2) + ") tepat waktu 25% (di bawah 90%); "
                            + "Langkah 3 (" + activity(3) + ") tepat waktu 50% (di bawah 90%); "
                            // 2 of 3 is 66.66...%, truncated to a tenth so it never reads as more than it is.
                            + "Langkah 4 (Persiapan Pelaksanaan Kegiatan) tepat waktu 66,6% (di bawah 90%); "
                            + "Langkah 5 (Pelaksanaan Kegiatan) tepat waktu 50% (di bawah 90%); "
                            + "1 kasus melewati batas waktu (1 pada langkah 4).",
                    ""));
            assertThat(report.row().isGood()).isFalse();
        }

        @Test
        void a_lower_threshold_names_fewer_steps_and_a_rate_equal_to_it_meets_it() {
            MonitoringReport half = report.withThreshold(0.5);
            assertThat(half.row().notes()).isEqualTo("Langkah 2 (" + activity(2) + ") tepat waktu 25% (di bawah 50%); "
                    + "1 kasus melewati batas waktu (1 pada langkah 4).");
            assertThat(half.row().assessment()).isEqualTo(MonitoringReport.Assessment.NOT_GOOD);
            assertThat(half.steps()).isEqualTo(report.steps());
            assertThat(report.threshold()).isEqualTo(0.9);
        }

        @Test
        void the_assessors_actions_go_into_the_row_and_every_output() {
            MonitoringReport m = report.withActions("Menambah tenaga pelaksana, menata ulang jadwal");
            assertThat(m.row().actions()).isEqualTo("Menambah tenaga pelaksana, menata ulang jadwal");
            assertThat(m.toMarkdown()).contains("| Menambah tenaga pelaksana, menata ulang jadwal |");
            assertThat(m.toCsv()).contains("form,1,V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI,"
                    + "actions,\"Menambah tenaga pelaksana, menata ulang jadwal\"\r\n");
            assertThat(m.withThreshold(0.5).row().actions()).isEqualTo(m.row().actions());
        }

        @Test
        void does_not_depend_on_the_order_of_the_cases() {
            List<SopInstance> reversed = new ArrayList<>(cases);
            Collections.reverse(reversed);
            assertThat(MonitoringReport.of(V4, reversed, ASN, TimePolicy.workingDays(), wib("2026-04-01T09:05")))
                    .isEqualTo(report)
                    .hasSameHashCodeAs(report);
        }

        @Test
        void prints_csv_one_figure_a_line() {
            String csv = report.toCsv();
            assertThat(csv).startsWith("section,key,name,measure,value\r\n"
                    + "report,,,as_of,2026-04-01T02:05:00Z\r\n"
                    + "report,,,zone,Asia/Jakarta\r\n"
                    + "report,,,policy,TimePolicy.workingDays(480)\r\n"
                    + "report,,,threshold,0.9\r\n"
                    + "form,1,V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI,assessment,"
                    + "Tidak berjalan dengan baik\r\n"
                    + "form,1,V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI,notes,"
                    + "\"Langkah 1 (");
            assertThat(csv).contains("cases,,,started,4\r\ncases,,,completed,2\r\ncases,,,on_time,2\r\ncases,,,late,0\r\n"
                    + "cases,,,cancelled,1\r\ncases,,,open,1\r\ncases,,,overdue,1\r\n");
            // 4/3 minutes written to the hundredth; 576 and 1685 1/3.
            assertThat(csv).contains("step,4,Persiapan Pelaksanaan Kegiatan,on_time_rate,0.6667\r\n"
                    + "step,4,Persiapan Pelaksanaan Kegiatan,overdue,1\r\n"
                    + "step,4,Persiapan Pelaksanaan Kegiatan,median_minutes,576.00\r\n"
                    + "step,4,Persiapan Pelaksanaan Kegiatan,p90_minutes,1685.33\r\n"
                    + "step,4,Persiapan Pelaksanaan Kegiatan,worst_overrun_minutes,1.07\r\n");
            assertThat(csv).contains("role,kepala-dinas,Kepala Dinas,parts_done,4\r\nrole,kepala-dinas,Kepala Dinas,late_parts,3\r\n");
            assertThat(csv).endsWith("tidak,1\r\ndecision,3," + activity(3) + ",tidak_rate,0.25\r\n");
            assertThat(csv.split("\r\n")).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        }

        @Test
        void prints_markdown_with_the_regulations_form_first() {
            assertThat(report.toMarkdown())
                    .startsWith("## Monitoring of SOP V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI\n\n"
                            + "As of 2026-04-01 09:05 (Asia/Jakarta), TimePolicy.workingDays(480), on-time threshold 90%.\n\n"
                            + "### Monitoring\n\n"
                            + "| No | Prosedur | Penilaian terhadap Penerapan | Catatan Hasil Penilaian |"
                            + " Tindakan yang Harus Diambil | Paraf Penilai |\n")
                    .contains("| 4 | Persiapan Pelaksanaan Kegiatan | 3 | 0% | 2/3 | 66,6% | 1 | 576m | 1685m 20s | 1m 04s |\n")
                    .contains("| Kepala Dinas | 4 | 3 |\n")
                    .contains("| 3 | " + activity(3) + " | 4 | 1 | 25% |\n");
        }
    }

    @Test
    void an_sop_whose_steps_all_keep_the_threshold_runs_well() {
        // In working minutes, the default: steps 1 to 3 take 10, 10 and 5 of 15, 15 and 10; step 4 from
        // Mon 2 08:25 to Thu 5 16:00 395 + 3 x 450 = 1745 of 2400; step 5 from the end of Thursday to
        // Saturday, all of Friday, 450 of 480. Step 6 has just become current.
        MonitoringReport report = MonitoringReport.of(V4, List.of(Cases.onTimeCase()), ASN, wib("2026-03-07T10:00"));
        assertThat(report.row().assessment().text()).isEqualTo("Berjalan dengan baik");
        assertThat(report.row().notes()).isEqualTo("Semua langkah tepat waktu sekurang-kurangnya 90% dan tidak ada kasus"
                + " yang melewati batas waktu.");
        assertThat(report.row().isGood()).isTrue();
        // Step 6 is running: no outcome yet, so no rate, and no percentile of completed visits.
        assertThat(report.steps().get(5).onTimeRate()).isEmpty();
        assertThat(report.steps().get(5).median()).isEmpty();
        assertThat(report.toCsv()).contains("step,6,Pelaporan dan Dokumentasi Pelaksanaan Kegiatan,on_time_rate,\r\n");
    }

    @Test
    void an_overdue_case_makes_the_sop_not_run_well_and_counts_against_its_step() {
        MonitoringReport report = MonitoringReport.of(V4, List.of(Cases.onTimeCase()), ASN, wib("2026-03-10T10:00"));
        // Step 6 (1440m) from Saturday 7 March 10:00, counted in working minutes from the start of Monday
        // 9: by Tuesday 10 at 10:00, 450 + 150 = 600; not overdue. It is due on Thursday 12 at 07:30 + 90
        // = 09:00 (450, 900, 1350 by the end of Wednesday), so on Friday 13 at 10:00 it is overdue.
        assertThat(report.counts().overdue()).isZero();
        MonitoringReport later = MonitoringReport.of(V4, List.of(Cases.onTimeCase()), ASN, wib("2026-03-13T10:00"));
        assertThat(later.counts().overdue()).isEqualTo(1);
        assertThat(later.row().assessment().text()).isEqualTo("Tidak berjalan dengan baik");
        // An overdue visit's outcome is known (past its standard), so step 6 is on time in 0 of 1.
        assertThat(later.row().notes()).isEqualTo("Langkah 6 (Pelaporan dan Dokumentasi Pelaksanaan Kegiatan) tepat"
                + " waktu 0% (di bawah 90%); 1 kasus melewati batas waktu (1 pada langkah 6).");
    }

    @Test
    void with_no_cases_nothing_falls_short_and_the_notes_say_nothing_was_assessed() {
        MonitoringReport report = MonitoringReport.of(V4, List.of(), ASN, wib("2026-03-10T10:00"));
        assertThat(report.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0));
        assertThat(report.row().notes()).isEqualTo("Belum ada langkah yang dapat dinilai.");
        assertThat(report.row().assessment()).isEqualTo(MonitoringReport.Assessment.GOOD);
        assertThat(report.steps()).allSatisfy(s -> assertThat(s.median()).isEmpty());
    }

    @Test
    void the_default_policy_is_working_minutes() {
        Instant t = wib("2026-04-01T09:05");
        List<SopInstance> cases = List.of(Cases.iedCase());
        assertThat(MonitoringReport.of(V4, cases, ASN, t)).isEqualTo(
                MonitoringReport.of(V4, cases, ASN, TimePolicy.workingMinutes(), t));
        assertThat(MonitoringReport.of(V4, cases, ASN, t).policy()).isEqualTo(TimePolicy.workingMinutes());
        // Step 5 across Idul Fitri: 30 minutes late in working minutes, 64 in working days of 480.
        assertThat(MonitoringReport.of(V4, cases, ASN, t).steps().get(4).worstOverrun()).isEqualTo(min(30));
        assertThat(MonitoringReport.of(V4, cases, ASN, TimePolicy.workingDays(), t).steps().get(4).worstOverrun())
                .isEqualTo(min(64));
        assertThat(MonitoringReport.of(V4, cases, ASN, TimePolicy.calendarTime(), t).steps().get(4).worstOverrun())
                .isEqualTo(min(11100));
    }

    @Test
    void refuses_a_case_of_another_sop() {
        Role staf = Role.of("pelaksana", "Pelaksana");
        SopDefinition other = Sop.define("X.1", "Contoh").roles(staf)
                .start(1, "Menerima berkas").by(staf, "Mulai").takes("15 Menit")
                .end(2, "Selesai").by(staf, "Selesai")
                .build();
        SopInstance run = SopInstance.start(other, "X/1", Actor.of("s", "Ani", staf), wib("2026-03-02T08:00"));
        assertThatThrownBy(() -> MonitoringReport.of(V4, List.of(Cases.iedCase(), run), ASN, wib("2026-04-01T09:05")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case X/1 runs SOP X.1, not V. 4.: a monitoring report covers the cases of one SOP");
    }

    @Test
    void refuses_an_instant_before_a_cases_last_event() {
        assertThatThrownBy(() -> MonitoringReport.of(V4, List.of(Cases.iedCase()), ASN, wib("2026-03-27T16:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case V4/2026/031 cannot be reported as of 2026-03-27T09:00:00Z");
    }

    @Test
    void refuses_a_threshold_outside_zero_to_one() {
        MonitoringReport report = MonitoringReport.of(V4, List.of(), ASN, wib("2026-03-10T10:00"));
        assertThatThrownBy(() -> report.withThreshold(1.5)).hasMessage("an on-time threshold of 1.5 cannot be used:"
                + " give a share from 0 to 1, such as 0.9 for 90%");
        assertThatThrownBy(() -> report.withThreshold(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> report.withThreshold(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(report.withThreshold(1).threshold()).isEqualTo(1.0);
    }

    @Test
    void refuses_null_naming_the_parameter() {
        Instant t = wib("2026-04-01T09:05");
        List<SopInstance> none = List.of();
        assertThatThrownBy(() -> MonitoringReport.of(null, none, ASN, t)).hasMessage("definition");
        assertThatThrownBy(() -> MonitoringReport.of(V4, null, ASN, t)).hasMessage("instances");
        assertThatThrownBy(() -> MonitoringReport.of(V4, none, null, t)).hasMessage("calendar");
        assertThatThrownBy(() -> MonitoringReport.of(V4, none, ASN, null, t)).hasMessage("policy");
        assertThatThrownBy(() -> MonitoringReport.of(V4, none, ASN, null)).hasMessage("asOf");
        assertThatThrownBy(() -> MonitoringReport.of(V4, java.util.Arrays.asList((SopInstance) null), ASN, t))
                .hasMessage("an instance");
        assertThatThrownBy(() -> MonitoringReport.of(V4, none, ASN, t).withActions(null)).hasMessage("actions");
    }

    @Nested
    @DisplayName("texts that need escaping")
    class Escaping {

        final Role staf = Role.of("pelaksana", "Pelaksana \"Utama\"");
        final SopDefinition sop = Sop.define("X.2", "Uji <b>teks</b> & | tanda").roles(staf)
                .start(1, "Menerima <script>alert(1)</script>, berkas | \"asli\"").by(staf, "Mulai").takes("15 Menit")
                .end(2, "Selesai").by(staf, "Selesai")
                .build();
        final Actor ani = Actor.of("s", "Ani", staf);
        final MonitoringReport report = MonitoringReport.of(sop, List.of(SopInstance.start(sop, "X/1", ani,
                wib("2026-03-02T08:00")).complete(1, ani, wib("2026-03-02T09:00"))), ASN, wib("2026-03-02T09:00"));

        @Test
        void csv_quotes_fields_with_commas_and_quotes_and_doubles_the_quotes() {
            assertThat(report.toCsv())
                    .contains("step,1,\"Menerima <script>alert(1)</script>, berkas | \"\"asli\"\"\",visits,1\r\n")
                    .contains("role,pelaksana,\"Pelaksana \"\"Utama\"\"\",parts_done,1\r\n");
        }

        @Test
        void markdown_escapes_pipes_and_markup() {
            assertThat(report.toMarkdown())
                    .contains("| 1 | Menerima \\<script>alert(1)\\</script>, berkas \\| \"asli\" | 1 |")
                    .startsWith("## Monitoring of SOP X.2 Uji \\<b>teks\\</b> & \\| tanda\n");
        }
    }
}
