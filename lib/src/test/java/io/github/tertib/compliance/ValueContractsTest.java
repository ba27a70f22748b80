package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.ASN;
import static io.github.tertib.compliance.Cases.V4;
import static io.github.tertib.compliance.Cases.wib;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.Contracts;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The null and equality contracts of the public types of package compliance, checked once for every member. */
class ValueContractsTest {

    static final SopInstance RUN = Examples.v4().run();
    static final Instant AS_OF = wib("2026-04-01T09:05");
    static final ComplianceReport REPORT = ComplianceReport.of(RUN, ASN, AS_OF);
    static final MonitoringReport MONITORING = MonitoringReport.of(V4, List.of(RUN), ASN, AS_OF);

    /** A valid argument of each parameter type; tests pass null in one position and these elsewhere. */
    static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(java.util.Locale.class, java.util.Locale.ENGLISH),
            Map.entry(int.class, 1),
            Map.entry(double.class, 0.5),
            Map.entry(SopInstance.class, RUN),
            Map.entry(SopDefinition.class, V4),
            Map.entry(WorkCalendar.class, ASN),
            Map.entry(TimePolicy.class, TimePolicy.workingDays()),
            Map.entry(Instant.class, AS_OF),
            Map.entry(Iterable.class, List.of(RUN)),
            Map.entry(Duration.class, Duration.ofMinutes(15)),
            Map.entry(Optional.class, Optional.empty()),
            Map.entry(ComplianceStatus.class, ComplianceStatus.RUNNING),
            Map.entry(MonitoringReport.Assessment.class, MonitoringReport.Assessment.GOOD),
            Map.entry(String.class, "teks"),
            Map.entry(Role.class, PalangkaRaya.KEPALA_SEKSI));

    /** Each public type with an instance to call its instance methods on. */
    static final Map<Class<?>, Object> TYPES = Map.of(
            ComplianceReport.class, REPORT,
            StepCompliance.class, REPORT.steps().get(0),
            MonitoringReport.class, MONITORING,
            MonitoringReport.Counts.class, MONITORING.counts(),
            MonitoringReport.StepSummary.class, MONITORING.steps().get(0),
            MonitoringReport.RoleSummary.class, MONITORING.roles().get(0),
            MonitoringReport.DecisionSummary.class, MONITORING.decisions().get(0),
            MonitoringReport.MonitoringRow.class, MONITORING.row());

    @Test
    void every_public_member_refuses_null_naming_the_parameter() throws Exception {
        assertThat(Contracts.assertEveryMemberRefusesNull(TYPES, SAMPLES)).hasSizeGreaterThan(30);
    }

    @Test
    void values_built_alike_are_equal_and_hash_alike_and_differ_otherwise() {
        SopInstance replayed = SopInstance.replay(V4, RUN.events());
        List<Object[]> triples = List.of(
                new Object[] {REPORT, ComplianceReport.of(replayed, ASN, AS_OF), ComplianceReport.of(RUN, ASN, AS_OF.plusSeconds(1))},
                new Object[] {REPORT, ComplianceReport.of(RUN, ASN, TimePolicy.workingMinutes(), AS_OF),
                    ComplianceReport.of(RUN, ASN, TimePolicy.workingDays(480), AS_OF)},
                new Object[] {REPORT.steps().get(0), ComplianceReport.of(replayed, ASN, AS_OF).steps().get(0),
                    REPORT.steps().get(1)},
                new Object[] {MONITORING, MonitoringReport.of(V4, List.of(replayed), ASN, AS_OF),
                    MONITORING.withThreshold(0.8)},
                new Object[] {MONITORING, MONITORING.withActions(""), MONITORING.withActions("Menambah tenaga")},
                new Object[] {MONITORING.row(), MONITORING.withThreshold(0.9).row(), MONITORING.withActions("x").row()},
                new Object[] {MONITORING.steps().get(0), MonitoringReport.of(V4, List.of(replayed), ASN, AS_OF).steps().get(0),
                    MONITORING.steps().get(1)});
        Contracts.assertValueTriples(triples);
    }

    @Test
    void records_refuse_values_that_cannot_be() {
        Instant t = wib("2026-03-02T08:00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StepCompliance(0, 1, t, Optional.empty(),
                Optional.empty(), Duration.ZERO, Duration.ZERO, Optional.empty(), ComplianceStatus.UNTIMED, Duration.ZERO))
                .hasMessage("a step's number and a visit's ordinal count from 1, not step 0 visit 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StepCompliance(1, 1, t, Optional.empty(),
                Optional.empty(), Duration.ofMinutes(-1), Duration.ZERO, Optional.empty(), ComplianceStatus.UNTIMED,
                Duration.ZERO)).hasMessageStartingWith("durations of a step's compliance cannot be negative");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MonitoringReport.Counts(3, 1, 1, 0, 1, 0, 0))
                .hasMessage("the counts of cases do not add up: started 3, completed 1 (on time 1, late 0), cancelled 1,"
                        + " open 0 (overdue 0)");
    }
}
