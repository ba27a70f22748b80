package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.render.SopRenderer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/compliance.md and of the Javadoc of package compliance, repeated so that they compile and hold. */
class ComplianceGuideExamplesTest {

    final WorkCalendar cal = WorkCalendar.asn(ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.indonesia());

    static String docs(String file) throws IOException {
        return Files.readString(Path.of("..", "docs", file));
    }

    @Test
    void one_case() throws IOException {
        SopInstance run = Examples.v4().run();
        ComplianceReport report = ComplianceReport.of(run, cal, wib("2026-03-12T14:00"));
        assertThat(report.status()).isEqualTo(ComplianceStatus.ON_TIME);
        assertThat(report.steps().get(0)).hasToString("step 1 visit 1: ON_TIME, elapsed PT15M of PT15M");
        assertThat(report.policy()).isEqualTo(TimePolicy.workingMinutes());
        // The table in the guide is the one the report prints.
        assertThat(docs("compliance.md")).contains("```\n" + report.toTable() + "```\n");
    }

    @Test
    void a_step_done_in_the_break_after_its_due_instant() {
        SopInstance run = SopInstance.start(Cases.V4, "V4/2026/035", Cases.BUDI, wib("2026-03-02T11:45"))
                .complete(1, Cases.BUDI, wib("2026-03-02T12:40"));
        StepCompliance s = ComplianceReport.of(run, cal, wib("2026-03-02T12:40")).steps().get(0);
        assertThat(s.due()).contains(wib("2026-03-02T12:00"));
        assertThat(s.elapsed()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.status()).isEqualTo(ComplianceStatus.ON_TIME);
    }

    @Test
    void the_policies_read_steps_1_and_4_of_the_scripted_case() {
        SopInstance run = Examples.v4().run();
        Instant t = wib("2026-03-12T14:00");
        List<StepCompliance> minutes = ComplianceReport.of(run, cal, t).steps();
        List<StepCompliance> days = ComplianceReport.of(run, cal, TimePolicy.workingDays(), t).steps();
        List<StepCompliance> wall = ComplianceReport.of(run, cal, TimePolicy.calendarTime(), t).steps();
        // Step 1 is visit 0, step 4 visit 5 (steps 2 and 3 are visited twice before it).
        assertThat(row(minutes.get(0))).containsExactly(wib("2026-03-02T08:15"), Duration.ofMinutes(15),
                ComplianceStatus.ON_TIME, Duration.ZERO);
        assertThat(row(days.get(0))).containsExactly(wib("2026-03-02T08:14:03.75"), Duration.ofMinutes(16),
                ComplianceStatus.LATE, Duration.ofMinutes(1));
        assertThat(row(wall.get(0))).containsExactly(wib("2026-03-02T08:15"), Duration.ofMinutes(15),
                ComplianceStatus.ON_TIME, Duration.ZERO);
        assertThat(row(minutes.get(5))).containsExactly(wib("2026-03-11T13:40"), Duration.ofMinutes(1580),
                ComplianceStatus.ON_TIME, Duration.ZERO);
        assertThat(row(days.get(5))).containsExactly(wib("2026-03-11T10:10"), Duration.ofMinutes(1685).plusSeconds(20),
                ComplianceStatus.ON_TIME, Duration.ZERO);
        assertThat(row(wall.get(5))).containsExactly(wib("2026-03-06T02:10"), Duration.ofMinutes(7490),
                ComplianceStatus.LATE, Duration.ofMinutes(5090));
        assertThat(List.of(minutes.get(5).step(), days.get(5).step(), wall.get(5).step())).containsOnly(4);
    }

    static List<Object> row(StepCompliance s) {
        return List.of(s.due().orElseThrow(), s.elapsed(), s.status(), s.overrun());
    }

    @Test
    void working_days_chosen_explicitly() {
        SopInstance run = Examples.v4().run();
        ComplianceReport days = ComplianceReport.of(run, cal, TimePolicy.workingDays(), wib("2026-03-12T14:00"));
        assertThat(days.steps().get(0)).hasToString("step 1 visit 1: LATE, elapsed PT16M of PT15M, overrun PT1M");
        assertThat(days.steps().get(5).due()).hasToString("Optional[2026-03-11T03:10:00Z]");
        List<SopInstance> cases = List.of(run, Cases.iedCase(), Cases.resumedAfterTheHolidays(), Cases.cancelledCase());
        MonitoringReport m = MonitoringReport.of(PalangkaRaya.v4(), cases, cal, TimePolicy.workingDays(),
                wib("2026-04-01T11:35"));
        assertThat(m.policy()).isEqualTo(TimePolicy.workingDays(480));
    }

    @Test
    void across_idul_fitri() throws IOException {
        String table = ComplianceReport.of(Cases.iedCase(), cal, wib("2026-03-27T16:30")).toTable();
        String lastLines = table.lines().skip(6).map(l -> l + "\n").reduce("", String::concat);
        assertThat(docs("compliance.md")).contains(lastLines);
    }

    @Test
    void suspensions_and_the_due_instant() {
        SopInstance resumed = Cases.resumedAfterTheHolidays();
        ComplianceReport r = ComplianceReport.of(resumed, cal, wib("2026-03-25T09:04"));
        assertThat(r.steps().get(2).due()).contains(wib("2026-03-25T09:05"));
        assertThat(r.steps().get(2).suspended()).isEqualTo(Duration.parse("PT1H45M"));
        ComplianceReport whileSuspended = ComplianceReport.of(Cases.suspendedOverTheHolidays(), cal, wib("2026-03-23T10:00"));
        assertThat(whileSuspended.steps().get(2).due()).contains(wib("2026-03-25T07:35"));
    }

    @Test
    void many_cases() throws IOException {
        SopDefinition v4 = PalangkaRaya.v4();
        List<SopInstance> cases = List.of(Examples.v4().run(), Cases.iedCase(), Cases.resumedAfterTheHolidays(),
                Cases.cancelledCase());
        MonitoringReport m = MonitoringReport.of(v4, cases, cal, wib("2026-04-01T11:35"));
        assertThat(m.counts()).hasToString("Counts[started=4, completed=2, onTime=2, late=0, cancelled=1, open=1,"
                + " overdue=1]");
        assertThat(m.row().assessment().text()).isEqualTo("Tidak berjalan dengan baik");
        String html = SopRenderer.standard().html(m.withThreshold(0.5).withActions("Menambah tenaga pelaksana"));
        assertThat(html).contains("Menambah tenaga pelaksana").contains("ambang tepat waktu setiap langkah 50%");
        String guide = docs("compliance.md");
        assertThat(guide.replace("\n> ", " ")).contains(m.row().notes().replace(
                "Langkah 3 (" + v4.step(3).activity() + ")", "Langkah 3 (…)"));
        for (String line : List.of("report,,,as_of,2026-04-01T04:35:00Z", "report,,,policy,TimePolicy.workingMinutes()",
                "step,4,Persiapan Pelaksanaan Kegiatan,on_time_rate,0.6667",
                "step,4,Persiapan Pelaksanaan Kegiatan,median_minutes,540.00", "step,4,Persiapan Pelaksanaan Kegiatan,p90_minutes,1580.00",
                "role,kepala-dinas,Kepala Dinas,late_parts,3")) {
            assertThat(m.toCsv()).contains(line + "\r\n");
            assertThat(guide).contains(line + "\n");
        }
    }

    @Test
    void errors() throws IOException {
        SopInstance run = Examples.v4().run();
        String message = "the compliance of case V4/2026/001 cannot be reported as of 2026-03-12T06:59:00Z: its last"
                + " event happened later, at 2026-03-12T07:00:00Z; give an instant not earlier than that";
        assertThatThrownBy(() -> ComplianceReport.of(run, cal, wib("2026-03-12T13:59"))).hasMessage(message);
        assertThat(docs("compliance.md").replace("\n  ", " ")).contains(message);
        assertThatThrownBy(() -> ComplianceReport.of(Cases.resumedAfterTheHolidays(), cal, wib("2027-01-04T09:00")))
                .isInstanceOf(OutsideHolidayDataException.class);
    }

    @Test
    void javadoc_of_the_types(@TempDir Path dir) throws IOException {
        SopInstance run = Examples.v4().run();
        Instant asOf = wib("2026-03-12T14:00");
        WorkCalendar calendar = cal;
        // ComplianceStatus
        ComplianceReport report = ComplianceReport.of(run, calendar, asOf);
        assertThat(report.status()).isEqualTo(ComplianceStatus.ON_TIME);
        assertThat(report.steps().get(1).status()).isEqualTo(ComplianceStatus.LATE);
        assertThat(report.steps().get(1).elapsed()).isEqualTo(Duration.ofMinutes(135));
        assertThat(report.steps().get(1).status().isPastStandard()).isTrue();
        // StepCompliance
        StepCompliance s = ComplianceReport.of(run, calendar, asOf).steps().get(0);
        assertThat(s.step()).isEqualTo(1);
        assertThat(s.elapsed()).isEqualTo(Duration.parse("PT15M"));
        assertThat(s.standard()).isEqualTo(Optional.of(Duration.parse("PT15M")));
        assertThat(s.status()).isEqualTo(ComplianceStatus.ON_TIME);
        assertThat(s.overrun()).isEqualTo(Duration.parse("PT0S"));
        // ComplianceReport
        assertThat(report.elapsed()).isEqualTo(Duration.parse("PT60H"));
        assertThat(report.standard()).hasToString("Optional[PT73H5M]");
        assertThat(report.steps()).hasSize(8);
        assertThat(report.toTable()).startsWith("Compliance of case V4/2026/001").contains(
                "   1      1  2026-03-02 08:00  2026-03-02 08:15       15m      15m         0m  2026-03-02 08:15  ON_TIME       0m\n"
                + "   2      1  2026-03-02 08:15  2026-03-02 10:30       15m     135m         0m  2026-03-02 08:30  LATE        120m\n");
        // MonitoringReport
        SopDefinition v4 = PalangkaRaya.v4();
        List<SopInstance> cases = List.of(run, Cases.iedCase(), Cases.resumedAfterTheHolidays(), Cases.cancelledCase());
        MonitoringReport m = MonitoringReport.of(v4, cases, calendar, wib("2026-04-01T11:35"));
        assertThat(m.policy()).isEqualTo(TimePolicy.workingMinutes());
        assertThat(m.counts().overdue()).isEqualTo(1);
        assertThat(m.row().assessment().text()).isEqualTo("Tidak berjalan dengan baik");
        assertThat(m.row().notes()).startsWith("Langkah 2 (Mengkonsultasikan dan mengkoordinasikan pelaksanaan kegiatan"
                + " kepada Kepala Bidang dan Kepala Dinas) tepat waktu 25% (di bawah 90%); ");
        assertThat(m.withThreshold(0.95).withActions("Menambah tenaga pelaksana").row().actions())
                .isEqualTo("Menambah tenaga pelaksana");
        Files.writeString(dir.resolve("monitoring.csv"), m.toCsv());
        assertThat(Files.readString(dir.resolve("monitoring.csv"))).isEqualTo(m.toCsv());
    }
}
