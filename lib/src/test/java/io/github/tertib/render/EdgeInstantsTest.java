package io.github.tertib.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.TertibException;
import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.internal.Instants;
import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.CalendarRangeException;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Instants at and beyond the edges of the accepted range: refused at the entry, formatted totally within it. */
class EdgeInstantsTest {

    static final SopDefinition V4 = PalangkaRaya.v4();
    static final Actor BUDI = Actor.of("kasi-1", "Budi", PalangkaRaya.KEPALA_SEKSI);

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"})
    void reports_and_documents_at_the_last_accepted_instant_are_written(String zone) {
        WorkCalendar calendar = WorkCalendar.continuous(ZoneId.of(zone));
        SopInstance run = SopInstance.start(V4, "2026/001", BUDI, Instant.parse("2026-03-02T01:00:00Z"));
        ComplianceReport report = ComplianceReport.of(run, calendar, Instants.MAX);
        assertThat(report.toTable()).contains("as of ");
        assertThat(SopRenderer.standard().html(report)).contains("</html>");
        MonitoringReport m = MonitoringReport.of(V4, List.of(run), calendar, Instants.MAX);
        assertThat(m.toMarkdown()).contains("As of ");
        assertThat(m.toCsv()).contains("as_of,9999-12-31T23:59:59.999999999Z");
        assertThat(SopRenderer.standard().html(m)).contains("</html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Jakarta", "Asia/Jayapura", "UTC", "America/Los_Angeles"})
    void reports_at_the_first_accepted_instant_are_written(String zone) {
        WorkCalendar calendar = WorkCalendar.continuous(ZoneId.of(zone));
        SopInstance run = SopInstance.start(V4, "0001/001", BUDI, Instants.MIN);
        ComplianceReport report = ComplianceReport.of(run, calendar, Instants.MIN);
        assertThat(report.toTable()).isNotEmpty();
        assertThat(SopRenderer.standard().html(report)).contains("</html>");
        MonitoringReport m = MonitoringReport.of(V4, List.of(run), calendar, Instants.MIN);
        assertThat(m.toMarkdown()).isNotEmpty();
        assertThat(SopRenderer.standard().html(m)).contains("</html>");
    }

    @Test
    void a_report_as_of_an_instant_outside_the_range_is_refused_naming_it_and_the_range() {
        WorkCalendar calendar = WorkCalendar.continuous(ZoneId.of("Asia/Jakarta"));
        SopInstance run = SopInstance.start(V4, "2026/001", BUDI, Instant.parse("2026-03-02T01:00:00Z"));
        assertThatThrownBy(() -> ComplianceReport.of(run, calendar, Instant.MAX)).isInstanceOf(TertibException.class)
                .hasMessageContaining(Instant.MAX.toString()).hasMessageContaining("0001-01-01T00:00:00Z")
                .hasMessageContaining("9999-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> MonitoringReport.of(V4, List.of(run), calendar, Instant.MIN))
                .isInstanceOf(TertibException.class).hasMessageContaining(Instant.MIN.toString())
                .hasMessageContaining("9999-12-31T23:59:59.999999999Z");
    }

    @Test
    void a_policy_refuses_an_instant_outside_the_range_and_an_answer_beyond_it() {
        WorkCalendar calendar = WorkCalendar.continuous(ZoneId.of("Asia/Jakarta"));
        for (TimePolicy p : List.of(TimePolicy.calendarTime(), TimePolicy.workingMinutes(), TimePolicy.workingDays())) {
            assertThatThrownBy(() -> p.plus(calendar, Instant.MAX, Duration.ofMinutes(15)))
                    .isInstanceOf(CalendarRangeException.class).hasMessageContaining(Instant.MAX.toString());
            assertThatThrownBy(() -> p.measure(calendar, Instant.MIN, Instants.MAX))
                    .isInstanceOf(CalendarRangeException.class).hasMessageContaining(Instant.MIN.toString());
            assertThatThrownBy(() -> p.plus(calendar, Instants.MAX, Duration.ofDays(2)))
                    .isInstanceOf(CalendarRangeException.class).hasMessageContaining("9999");
        }
    }

    @Test
    void a_calendar_refuses_instants_outside_the_range_with_its_one_range_exception() {
        WorkCalendar calendar = WorkCalendar.asn(ZoneId.of("Asia/Jakarta"));
        assertThatThrownBy(() -> calendar.isWorkingTime(Instant.MAX)).isInstanceOf(CalendarRangeException.class)
                .hasMessageContaining(Instant.MAX.toString()).hasMessageContaining("9999-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> calendar.workingTimeBetween(Instant.MIN, Instants.MAX))
                .isInstanceOf(CalendarRangeException.class).hasMessageContaining(Instant.MIN.toString());
    }
}
