package io.github.tertib.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.SopInstance;
import io.github.tertib.run.Visit;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.RunGenerators;
import io.github.tertib.catalog.Scenario;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of compliance reports over generated cases (of SOP V.4 and of generated definitions),
 * generated calendars (zones with and without clock changes, odd schedules, holidays, overrides), every
 * time policy, and generated instants of report.
 */
class ComplianceProperties {

    private static final int EXAMPLES = 150;

    static final List<TimePolicy> POLICIES = List.of(TimePolicy.workingDays(), TimePolicy.workingMinutes(),
            TimePolicy.calendarTime(), TimePolicy.workingDays(450));

    /** A case, the calendar and policy to measure it with, and how long after its last event to report. */
    record Input(SopInstance run, WorkCalendar calendar, TimePolicy policy, Duration after, Duration more) {

        Instant asOf() {
            return run.lastEvent().at().plus(after);
        }

        ComplianceReport report() {
            return ComplianceReport.of(run, calendar, policy, asOf());
        }

        ComplianceReport later() {
            return ComplianceReport.of(run, calendar, policy, asOf().plus(more));
        }
    }

    static Generator<Input> inputs(Generator<Scenario> scenarios) {
        Generator<WorkCalendar> calendars = CalendarGenerators.calendars();
        Generator<TimePolicy> policies = Generator.oneOf(POLICIES);
        Generator<Duration> durations = CalendarGenerators.durations(Duration.ofDays(20));
        return c -> new Input(scenarios.generate(c).run(), calendars.generate(c), policies.generate(c),
                durations.generate(c), durations.generate(c));
    }

    /** The visits the report lists: all but reaching an END step. */
    static List<Visit> reported(SopInstance run) {
        List<Visit> out = new ArrayList<>();
        for (Visit v : run.visits()) {
            if (run.definition().step(v.step()).kind() != StepKind.END) {
                out.add(v);
            }
        }
        return out;
    }

    abstract static class Over {

        abstract Gen<Input> inputs();

        @Test
        void a_report_never_says_on_time_when_elapsed_exceeds_the_standard() {
            qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
                ComplianceReport r = in.report();
                for (StepCompliance s : r.steps()) {
                    if (s.standard().isEmpty()) {
                        assertThat(s.status()).isIn(ComplianceStatus.UNTIMED, ComplianceStatus.CANCELLED);
                        assertThat(s.overrun()).isZero();
                        continue;
                    }
                    Duration standard = s.standard().get();
                    boolean past = s.elapsed().compareTo(standard) > 0;
                    if (s.status() == ComplianceStatus.ON_TIME || s.status() == ComplianceStatus.RUNNING) {
                        assertThat(s.elapsed()).isLessThanOrEqualTo(standard);
                    }
                    assertThat(s.status().isPastStandard()).isEqualTo(past && s.status() != ComplianceStatus.CANCELLED);
                    assertThat(s.overrun()).isEqualTo(past ? s.elapsed().minus(standard) : Duration.ZERO);
                }
                if (r.status() == ComplianceStatus.ON_TIME) {
                    assertThat(r.elapsed()).isLessThanOrEqualTo(r.standard().orElseThrow());
                }
                if (r.status() == ComplianceStatus.LATE) {
                    assertThat(r.elapsed()).isGreaterThan(r.standard().orElseThrow());
                }
            });
        }

        @Test
        void the_same_inputs_give_equal_reports() {
            qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
                ComplianceReport r = in.report();
                SopInstance replayed = SopInstance.replay(in.run().definition(), in.run().events());
                ComplianceReport again = ComplianceReport.of(replayed, in.calendar(), in.policy(), in.asOf());
                assertThat(again).isEqualTo(r).hasSameHashCodeAs(r);
                assertThat(again.toTable()).isEqualTo(r.toTable());
                assertThat(again.toMarkdown()).isEqualTo(r.toMarkdown());
            });
        }

        @Test
        void visits_are_those_of_the_case_and_elapsed_is_the_policy_measure_outside_the_suspensions() {
            qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
                ComplianceReport r = in.report();
                List<Visit> visits = reported(in.run());
                assertThat(r.steps()).hasSameSizeAs(visits);
                Instant cut = in.run().closedAt().orElse(in.asOf());
                for (int i = 0; i < visits.size(); i++) {
                    Visit v = visits.get(i);
                    StepCompliance s = r.steps().get(i);
                    assertThat(s.step()).isEqualTo(v.step());
                    assertThat(s.visit()).isEqualTo(v.ordinal());
                    assertThat(s.activated()).isEqualTo(v.activated());
                    assertThat(s.completed()).isEqualTo(v.completed());
                    Instant end = v.completed().orElse(cut);
                    Duration suspended = Duration.ZERO;
                    Duration outside = Duration.ZERO;
                    Instant from = v.activated();
                    for (Visit.Suspension sp : v.suspensions()) {
                        suspended = suspended.plus(in.policy().measure(in.calendar(), sp.from(), sp.until().orElse(end)));
                        outside = outside.plus(in.policy().measure(in.calendar(), from, sp.from()));
                        from = sp.until().orElse(end);
                    }
                    outside = outside.plus(in.policy().measure(in.calendar(), from, end));
                    assertThat(s.suspended()).isEqualTo(suspended);
                    // the measure of the spans the case was not suspended in, each measured on its own
                    assertThat(s.elapsed()).isEqualTo(outside);
                    if (in.policy().equals(TimePolicy.workingMinutes()) || in.policy().equals(TimePolicy.calendarTime())) {
                        // measures exact to the nanosecond add up: the whole less the suspended time
                        assertThat(s.elapsed()).isEqualTo(
                                in.policy().measure(in.calendar(), v.activated(), end).minus(suspended));
                    }
                }
            });
        }

        @Test
        void the_due_instant_uses_up_the_standard_and_suspensions_only_move_it_later() {
            qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
                ComplianceReport r = in.report();
                SopDefinition d = in.run().definition();
                List<Visit> visits = reported(in.run());
                for (int i = 0; i < visits.size(); i++) {
                    StepCompliance s = r.steps().get(i);
                    Step step = d.step(s.step());
                    if (step.time().isEmpty()) {
                        assertThat(s.due()).isEmpty();
                        continue;
                    }
                    Instant plain = in.policy().due(in.calendar(), s.activated(), step.time().get());
                    assertThat(s.standard()).contains(in.policy().standard(in.calendar(), s.activated(), step.time().get()));
                    Visit v = visits.get(i);
                    if (v.suspensions().isEmpty()) {
                        assertThat(s.due()).contains(plain);
                        continue;
                    }
                    Instant due = s.due().orElseThrow();
                    assertThat(due).isAfterOrEqualTo(plain);
                    // Where the time counted outside the suspensions reaches the standard; a suspension not
                    // resumed yet counts as ending at the instant of the report. Working days are measured
                    // to the second, once for each piece the standard is used up in.
                    Instant end = v.completed().orElse(in.run().closedAt().orElse(in.asOf()));
                    Duration counted = in.policy().measure(in.calendar(), v.activated(), due);
                    for (Visit.Suspension sp : v.suspensions()) {
                        Instant until = sp.until().orElse(end);
                        if (sp.from().isBefore(due)) {
                            counted = counted.minus(in.policy().measure(in.calendar(), sp.from(),
                                    until.isBefore(due) ? until : due));
                        }
                    }
                    Duration slack = in.policy().equals(TimePolicy.calendarTime())
                            || in.policy().equals(TimePolicy.workingMinutes()) ? Duration.ZERO
                            : Duration.ofSeconds(v.suspensions().size() + 1);
                    assertThat(counted.minus(s.standard().get()).abs()).isLessThanOrEqualTo(slack);
                }
            });
        }

        @Test
        void statuses_fit_the_state_of_the_case_and_the_case_adds_up_its_visits() {
            qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
                ComplianceReport r = in.report();
                List<StepCompliance> steps = r.steps();
                Duration elapsed = Duration.ZERO;
                Duration suspended = Duration.ZERO;
                Duration standard = Duration.ZERO;
                boolean timed = true;
                for (int i = 0; i < steps.size(); i++) {
                    StepCompliance s = steps.get(i);
                    elapsed = elapsed.plus(s.elapsed());
                    suspended = suspended.plus(s.suspended());
                    standard = standard.plus(s.standard().orElse(Duration.ZERO));
                    timed &= s.standard().isPresent();
                    if (s.isCompleted()) {
                        assertThat(s.status()).isIn(ComplianceStatus.ON_TIME, ComplianceStatus.LATE, ComplianceStatus.UNTIMED);
                    } else {
                        assertThat(i).isEqualTo(steps.size() - 1);
                        assertThat(in.run().status().isOpen() || r.status() == ComplianceStatus.CANCELLED).isTrue();
                    }
                }
                assertThat(r.elapsed()).isEqualTo(elapsed);
                assertThat(r.suspended()).isEqualTo(suspended);
                assertThat(r.standard()).isEqualTo(timed ? java.util.Optional.of(standard) : java.util.Optional.empty());
                StepCompliance last = steps.get(steps.size() - 1);
                switch (in.run().status()) {
                    case CANCELLED -> {
                        assertThat(r.status()).isEqualTo(ComplianceStatus.CANCELLED);
                        assertThat(last.status()).isIn(ComplianceStatus.CANCELLED, ComplianceStatus.ON_TIME,
                                ComplianceStatus.LATE, ComplianceStatus.UNTIMED);
                    }
                    case ACTIVE, SUSPENDED -> {
                        assertThat(last.status()).isIn(ComplianceStatus.RUNNING, ComplianceStatus.OVERDUE,
                                ComplianceStatus.UNTIMED);
                        assertThat(r.status()).isEqualTo(last.status() == ComplianceStatus.OVERDUE
                                ? ComplianceStatus.OVERDUE : ComplianceStatus.RUNNING);
                    }
                    default -> {
                        assertThat(r.closedAt()).isPresent();
                        assertThat(r.status()).isIn(ComplianceStatus.ON_TIME, ComplianceStatus.LATE, ComplianceStatus.UNTIMED);
                    }
                }
            });
        }

        @Test
        void as_the_instant_grows_finished_visits_stay_and_the_open_one_only_grows() {
            qt().withExamples(EXAMPLES).forAll(inputs()).checkAssert(in -> {
                ComplianceReport now = in.report();
                ComplianceReport later = in.later();
                int n = now.steps().size();
                assertThat(later.steps()).hasSize(n);
                if (!in.run().status().isOpen()) {
                    assertThat(later.steps()).isEqualTo(now.steps());
                    assertThat(later.status()).isEqualTo(now.status());
                    return;
                }
                assertThat(later.steps().subList(0, n - 1)).isEqualTo(now.steps().subList(0, n - 1));
                StepCompliance a = now.steps().get(n - 1);
                StepCompliance b = later.steps().get(n - 1);
                assertThat(b.elapsed()).isGreaterThanOrEqualTo(a.elapsed());
                assertThat(b.suspended()).isGreaterThanOrEqualTo(a.suspended());
                assertThat(b.overrun()).isGreaterThanOrEqualTo(a.overrun());
                if (a.status() == ComplianceStatus.OVERDUE) {
                    assertThat(b.status()).isEqualTo(ComplianceStatus.OVERDUE);
                    assertThat(later.status()).isEqualTo(ComplianceStatus.OVERDUE);
                }
                if (in.run().status() != io.github.tertib.run.InstanceStatus.SUSPENDED) {
                    // Not suspended now: the due instant is known and stays. (A case suspended now may show no
                    // suspended time yet, when no working time has passed since it was suspended; its due
                    // instant still moves as the suspension lasts into working time.)
                    assertThat(b.due()).isEqualTo(a.due());
                }
            });
        }
    }

    @Nested
    class OverV4 extends Over {
        @Override
        Gen<Input> inputs() {
            return TertibGens.of(ComplianceProperties.inputs(RunGenerators.commands(PalangkaRaya.v4())));
        }
    }

    @Nested
    class OverGeneratedDefinitions extends Over {
        @Override
        Gen<Input> inputs() {
            return TertibGens.of(ComplianceProperties.inputs(RunGenerators.commands(SopGenerators.validDefinitions())));
        }
    }

    /** Cases of V.4 for a monitoring report, and the calendar, policy and instant to report with. */
    record Batch(List<SopInstance> runs, WorkCalendar calendar, TimePolicy policy, Instant asOf, long seed) {

        MonitoringReport report(List<SopInstance> cases) {
            return MonitoringReport.of(PalangkaRaya.v4(), cases, calendar, policy, asOf);
        }
    }

    static Gen<Batch> batches() {
        Generator<List<Scenario>> scenarios = RunGenerators.commands(PalangkaRaya.v4()).listOf(0, 8);
        Generator<WorkCalendar> calendars = CalendarGenerators.calendars();
        Generator<TimePolicy> policies = Generator.oneOf(POLICIES);
        Generator<Duration> durations = CalendarGenerators.durations(Duration.ofDays(20));
        return TertibGens.of(c -> {
            List<SopInstance> runs = new ArrayList<>();
            Instant last = RunGenerators.EPOCH;
            for (Scenario s : scenarios.generate(c)) {
                SopInstance run = s.run();
                runs.add(run);
                if (run.lastEvent().at().isAfter(last)) {
                    last = run.lastEvent().at();
                }
            }
            return new Batch(runs, calendars.generate(c), policies.generate(c), last.plus(durations.generate(c)),
                    c.choose(0, Long.MAX_VALUE - 1));
        });
    }

    @Test
    void a_monitoring_report_adds_up_its_cases_and_does_not_depend_on_their_order() {
        qt().withExamples(100).forAll(batches()).checkAssert(b -> {
            MonitoringReport m = b.report(b.runs());
            List<SopInstance> shuffled = new ArrayList<>(b.runs());
            Collections.shuffle(shuffled, new java.util.Random(new SplittableRandom(b.seed()).nextLong()));
            assertThat(b.report(shuffled)).isEqualTo(m);
            int visits = 0;
            int completed = 0;
            for (SopInstance run : b.runs()) {
                ComplianceReport r = ComplianceReport.of(run, b.calendar(), b.policy(), b.asOf());
                visits += r.steps().size();
                completed += r.closedAt().isPresent() && r.status() != ComplianceStatus.CANCELLED ? 1 : 0;
            }
            MonitoringReport.Counts n = m.counts();
            assertThat(n.started()).isEqualTo(b.runs().size());
            assertThat(n.completed()).isEqualTo(completed);
            assertThat(m.steps().stream().mapToInt(MonitoringReport.StepSummary::visits).sum()).isEqualTo(visits);
            for (MonitoringReport.StepSummary s : m.steps()) {
                assertThat(s.onTime()).isLessThanOrEqualTo(s.assessed());
                assertThat(s.assessed()).isLessThanOrEqualTo(s.visits());
                assertThat(s.loops()).isLessThanOrEqualTo(s.cases());
                assertThat(s.cases()).isLessThanOrEqualTo(n.started());
                if (s.median().isPresent()) {
                    assertThat(s.median().get()).isLessThanOrEqualTo(s.p90().orElseThrow());
                }
            }
            for (MonitoringReport.RoleSummary role : m.roles()) {
                assertThat(role.lateParts()).isLessThanOrEqualTo(role.partsDone());
            }
            boolean shortfall = m.steps().stream().anyMatch(s -> s.onTimeRate().isPresent()
                    && s.onTimeRate().getAsDouble() < m.threshold());
            assertThat(m.row().isGood()).isEqualTo(!shortfall && n.overdue() == 0);
            assertThat(m.toCsv().split("\r\n", -1)).allSatisfy(line -> assertThat(line.isEmpty()
                    || line.chars().filter(ch -> ch == '"').count() % 2 == 0).isTrue());
        });
    }
}
