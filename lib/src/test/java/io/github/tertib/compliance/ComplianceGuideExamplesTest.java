package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.render.SopRenderer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.testkit.Examples;
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
        assertThat(report.steps().get(0)).hasToString("step 1 visit 1: LATE, elapsed PT16M of PT15M, overrun PT1M");
        // The table in the guide is the one the report prints.
        assertThat(docs("compliance.md")).contains("```\n" + report.toTable() + "```\n");
    }

    @Test
    void the_policies_read_step_5_across_idul_fitri() {
        SopInstance run = Cases.iedCase();
        Instant t = wib("2026-03-27T16:30");
        StepCompliance days = ComplianceReport.of(run, cal, t).steps().get(4);
        StepCompliance minutes = ComplianceReport.of(run, cal, TimePolicy.workingMinutes(), t).steps().get(4);
        StepCompliance wall = ComplianceReport.of(run, cal, TimePolicy.calendarTime(), t).steps().get(4);
        assertThat(List.of(days.due().get(), days.elapsed(), days.overrun()))
                .containsExactly(wib("2026-03-25T10:00"), Duration.ofMinutes(544), Duration.ofMinutes(64));
        assertThat(List.of(minutes.due().get(), minutes.elapsed(), minutes.overrun()))
                .containsExactly(wib("2026-03-25T10:30"), Duration.ofMinutes(510), Duration.ofMinutes(30));
        assertThat(List.of(wall.due().get(), wall.elapsed(), wall.overrun()))
                .containsExactly(wib("2026-03-17T18:00"), Duration.ofMinutes(11580), Duration.ofMinutes(11100));
        assertThat(List.of(days.status(), minutes.status(), wall.status())).containsOnly(ComplianceStatus.LATE);
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
        assertThat(r.steps().get(2).due()).contains(wib("2026-03-25T09:04:22.5"));
        assertThat(r.steps().get(2).suspended()).isEqualTo(Duration.ofMinutes(112));
        ComplianceReport whileSuspended = ComplianceReport.of(Cases.suspendedOverTheHolidays(), cal, wib("2026-03-23T10:00"));
        assertThat(whileSuspended.steps().get(2).due()).contains(wib("2026-03-25T07:34:22.5"));
    }

    @Test
    void many_cases() throws IOException {
        SopDefinition v4 = PalangkaRaya.v4();
        List<SopInstance> cases = List.of(Examples.v4().run(), Cases.iedCase(), Cases.resumedAfterTheHolidays(),
                Cases.cancelledCase());
        MonitoringReport m = MonitoringReport.of(v4, cases, cal, wib("2026-04-01T09:05"));
        assertThat(m.counts()).hasToString("Counts[started=4, completed=2, onTime=2, late=0, cancelled=1, open=1,"
                + " overdue=1]");
        assertThat(m.row().assessment()).isEqualTo("Tidak berjalan dengan baik");
        String html = SopRenderer.standard().html(m.withThreshold(0.5).withActions("Menambah tenaga pelaksana"));
        assertThat(html).contains("Menambah tenaga pelaksana").contains("ambang tepat waktu setiap langkah 50%");
        String guide = docs("compliance.md");
        assertThat(guide.replace("\n> ", " ")).contains(m.row().notes().replace(
                "Langkah 3 (" + v4.step(3).activity() + ")", "Langkah 3 (…)"));
        for (String line : List.of("report,,,as_of,2026-04-01T02:05:00Z", "step,4,Persiapan Pelaksanaan Kegiatan,on_time_rate,0.6667",
                "step,4,Persiapan Pelaksanaan Kegiatan,median_minutes,576.00", "step,4,Persiapan Pelaksanaan Kegiatan,p90_minutes,1685.33",
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
        assertThat(report.steps().get(0).status()).isEqualTo(ComplianceStatus.LATE);
        assertThat(report.steps().get(0).status().isPastStandard()).isTrue();
        // StepCompliance
        StepCompliance s = ComplianceReport.of(run, calendar, asOf).steps().get(0);
        assertThat(s.step()).isEqualTo(1);
        assertThat(s.elapsed()).isEqualTo(Duration.parse("PT16M"));
        assertThat(s.standard()).isEqualTo(Optional.of(Duration.parse("PT15M")));
        assertThat(s.status()).isEqualTo(ComplianceStatus.LATE);
        assertThat(s.overrun()).isEqualTo(Duration.parse("PT1M"));
        // ComplianceReport
        assertThat(report.elapsed()).isEqualTo(Duration.parse("PT64H"));
        assertThat(report.standard()).hasToString("Optional[PT73H5M]");
        assertThat(report.steps()).hasSize(8);
        assertThat(report.toTable()).startsWith("Compliance of case V4/2026/001");
        // MonitoringReport
        SopDefinition v4 = PalangkaRaya.v4();
        List<SopInstance> cases = List.of(run, Cases.iedCase(), Cases.resumedAfterTheHolidays(), Cases.cancelledCase());
        MonitoringReport m = MonitoringReport.of(v4, cases, calendar, wib("2026-04-01T09:05"));
        assertThat(m.counts().overdue()).isEqualTo(1);
        assertThat(m.row().assessment()).isEqualTo("Tidak berjalan dengan baik");
        assertThat(m.row().notes()).startsWith("Langkah 1 (Mencermati pelaksanaan yang ingin dilaksanakan) tepat waktu"
                + " 75% (di bawah 90%); ");
        assertThat(m.withThreshold(0.95).withActions("Menambah tenaga pelaksana").row().actions())
                .isEqualTo("Menambah tenaga pelaksana");
        Files.writeString(dir.resolve("monitoring.csv"), m.toCsv());
        assertThat(Files.readString(dir.resolve("monitoring.csv"))).isEqualTo(m.toCsv());
    }
}
