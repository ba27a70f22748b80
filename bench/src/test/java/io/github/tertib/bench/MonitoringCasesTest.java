package io.github.tertib.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.time.WorkCalendar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MonitoringCasesTest {

    private final WorkCalendar calendar = TertibCalendarBench.asnWithHolidays();

    @Test
    void the_same_seed_gives_the_same_cases_and_every_case_replays() {
        List<SopInstance> cases = MonitoringCases.generate(200, 7, calendar);
        assertThat(MonitoringCases.generate(200, 7, calendar)).isEqualTo(cases);
        assertThat(MonitoringCases.generate(200, 8, calendar)).isNotEqualTo(cases);
        for (SopInstance run : cases) {
            assertThat(SopInstance.replay(TertibV4.DEFINITION, run.events())).isEqualTo(run);
        }
    }

    @Test
    void mixes_completed_open_and_cancelled_cases_all_before_the_report() {
        List<SopInstance> cases = MonitoringCases.generate(10_000, 1, calendar);
        Map<InstanceStatus, Long> byStatus = cases.stream()
                .collect(Collectors.groupingBy(SopInstance::status, Collectors.counting()));
        assertThat(byStatus.get(InstanceStatus.COMPLETED)).isBetween(8_300L, 9_200L);
        assertThat(byStatus.get(InstanceStatus.ACTIVE)).isBetween(500L, 1_200L);
        assertThat(byStatus.get(InstanceStatus.CANCELLED)).isBetween(100L, 300L);
        assertThat(cases).allSatisfy(run -> assertThat(run.lastEvent().at()).isBefore(MonitoringCases.AS_OF));
        Map<Integer, Long> bySize = cases.stream()
                .filter(run -> run.status() == InstanceStatus.COMPLETED)
                .collect(Collectors.groupingBy(run -> run.events().size(), Collectors.counting()));
        assertThat(bySize).containsKeys(9, 11, 12, 14, 15);
        assertThat(cases.stream().map(SopInstance::id).distinct().count()).isEqualTo(cases.size());
        assertThat(cases.stream().map(run -> run.events().get(0).at()).collect(Collectors.toSet()).size())
                .isGreaterThan(5_000);
        assertThat(cases.stream().collect(Collectors.groupingBy(Function.identity())).size()).isEqualTo(10_000);
    }

    @Test
    void the_monitoring_report_counts_every_case_and_finds_late_and_overdue_ones() {
        List<SopInstance> cases = MonitoringCases.generate(2_000, MonitoringBench.SEED, calendar);
        MonitoringReport.Counts counts = MonitoringReport.of(TertibV4.DEFINITION, cases, calendar,
                MonitoringCases.AS_OF).counts();
        assertThat(counts.started()).isEqualTo(2_000);
        assertThat(counts.onTime()).isPositive();
        assertThat(counts.late()).isPositive();
        assertThat(counts.cancelled()).isPositive();
        assertThat(counts.open()).isPositive();
    }
}
