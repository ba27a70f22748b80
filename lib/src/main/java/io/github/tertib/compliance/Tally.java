package io.github.tertib.compliance;

import io.github.tertib.compliance.MonitoringReport.Counts;
import io.github.tertib.compliance.MonitoringReport.DecisionSummary;
import io.github.tertib.compliance.MonitoringReport.RoleSummary;
import io.github.tertib.compliance.MonitoringReport.StepSummary;
import io.github.tertib.internal.CaseEvents;
import io.github.tertib.internal.CaseWalk;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Gathers the figures of a monitoring report case by case, keeping only counts and elapsed times. */
final class Tally {
    final SopDefinition definition;
    final Meter meter;
    final Instant asOf;
    final List<Role> roleList;
    final int n;
    int started;
    /** The cases in each {@link ComplianceStatus}, by ordinal. */
    private final int[] byStatus = new int[ComplianceStatus.values().length];
    /** The cases in each {@link Phase}, by ordinal. */
    private final int[] byPhase = new int[Phase.values().length];
    final int[] visits;
    final int[] cases;
    final int[] loops;
    final int[] onTimeVisits;
    final int[] assessed;
    final long[][] elapsed;
    final int[] elapsedCount;
    final Duration[] worst;
    final int[] overdueAt;
    final int[] answered;
    final int[] no;
    final int[] parts;
    final int[] lateParts;
    final int[] seen;

    Tally(SopDefinition definition, Meter meter, Instant asOf) {
        this.definition = definition;
        this.meter = meter;
        this.asOf = asOf;
        roleList = definition.roles();
        n = definition.steps().size();
        visits = new int[n];
        cases = new int[n];
        loops = new int[n];
        onTimeVisits = new int[n];
        assessed = new int[n];
        elapsed = new long[n][];
        elapsedCount = new int[n];
        worst = new Duration[n];
        Arrays.fill(worst, Duration.ZERO);
        overdueAt = new int[n];
        answered = new int[n];
        no = new int[n];
        parts = new int[roleList.size()];
        lateParts = new int[roleList.size()];
        seen = new int[n];
        for (int i = 0; i < n; i++) {
            elapsed[i] = new long[16];
        }
    }

    /** The last year of holiday data some case was measured past, assuming no holidays there; null if none. */
    private java.time.Year assumedAfter;

    /** Returns the last year of holiday data some case was measured past, or empty. */
    java.util.Optional<java.time.Year> assumedNoHolidaysAfter() {
        return java.util.Optional.ofNullable(assumedAfter);
    }

    void add(SopInstance instance) {
        SopDefinition d = instance.definition();
        if (d != definition && !d.equals(definition)) {
            throw new IllegalArgumentException("case " + instance.id() + " runs SOP " + d.number() + ", not "
                    + definition.number() + ": a monitoring report covers the cases of one SOP");
        }
        ComplianceReport r = ComplianceReport.measure(instance, meter, asOf);
        if (assumedAfter == null && meter.calendar.isAssumingNoHolidaysOutsideData()) {
            assumedAfter = r.assumedNoHolidaysAfter().orElse(null);
        }
        started++;
        byStatus[r.status().ordinal()]++;
        byPhase[Phase.of(r.status()).ordinal()]++;
        Arrays.fill(seen, 0);
        List<StepCompliance> ss = r.steps();
        CaseEvents events = CaseEvents.of(instance.events());
        for (int k = 0, count = ss.size(); k < count; k++) {
            StepCompliance s = ss.get(k);
            int i = r.stepIndexes[k];
            visits[i]++;
            if (++seen[i] == 1) {
                cases[i]++;
            } else if (seen[i] == 2) {
                loops[i]++;
            }
            ComplianceStatus status = s.status();
            if (status == ComplianceStatus.ON_TIME || status.isPastStandard()) {
                assessed[i]++;
                if (status == ComplianceStatus.ON_TIME) {
                    onTimeVisits[i]++;
                }
            }
            if (status == ComplianceStatus.OVERDUE) {
                overdueAt[i]++;
            }
            if (s.isCompleted()) {
                if (elapsedCount[i] == elapsed[i].length) {
                    elapsed[i] = Arrays.copyOf(elapsed[i], elapsed[i].length * 2);
                }
                elapsed[i][elapsedCount[i]++] = s.elapsed().toNanos();
            }
            if (s.overrun().compareTo(worst[i]) > 0) {
                worst[i] = s.overrun();
            }
        }
        CaseWalk.walk(definition, events, events.size(), new Parts(ss, r.stepIndexes, events));
    }

    /**
     * Counts the parts done in each visit of one case, late or not, and its decisions' answers, from the
     * one walk of its events; {@code steps} are the case's measured visits, in the walk's order.
     */
    private final class Parts implements CaseWalk.Visitor {
        private final List<StepCompliance> steps;
        private final int[] stepIndexes;
        private final CaseEvents events;
        private int visit;
        // Suspended spans so far in the visit, for the time counted when a late part was done. A part is
        // never done while the case is suspended, so every span before a part is closed.
        private List<Instant[]> spans;

        Parts(List<StepCompliance> steps, int[] stepIndexes, CaseEvents events) {
            this.stepIndexes = stepIndexes;
            this.steps = steps;
            this.events = events;
        }

        @Override
        public void part(int index) {
            StepCompliance s = steps.get(visit);
            int role = roleIndex(events.role(index));
            parts[role]++;
            if (!s.overrun().isZero() && isLate(s, events.at(index), spans, null)) {
                lateParts[role]++;
            }
            Answer answer = events.answer(index);
            if (answer != null) {
                int stepIndex = stepIndexes[visit];
                answered[stepIndex]++;
                if (answer == Answer.NO) {
                    no[stepIndex]++;
                }
            }
        }

        @Override
        public void suspension(int from, int to) {
            if (to >= 0) {
                if (spans == null) {
                    spans = new ArrayList<>(2);
                }
                spans.add(new Instant[] {events.at(from), events.at(to)});
            }
        }

        @Override
        public void visit(int stepIndex, int entered, int left) {
            visit++;
            spans = null;
        }
    }

    /** Whether the time the visit counted by {@code at} exceeds its standard. */
    private boolean isLate(StepCompliance s, Instant at, List<Instant[]> spans, Instant suspendedAt) {
        if (s.due().isEmpty() || !at.isAfter(s.due().get())) {
            return false;
        }
        Duration counted = meter.measure(s.activated(), at);
        if (spans != null) {
            for (Instant[] span : spans) {
                counted = counted.minus(meter.measure(span[0], span[1]));
            }
        }
        if (suspendedAt != null) {
            counted = counted.minus(meter.measure(suspendedAt, at));
        }
        return counted.compareTo(s.standard().get()) > 0;
    }

    private int roleIndex(Role role) {
        for (int i = 0; i < roleList.size(); i++) {
            Role r = roleList.get(i);
            if (r == role || r.id().equals(role.id())) {
                return i;
            }
        }
        throw new IllegalStateException("a checked case acts only in its SOP's roles, not " + role);
    }

    Counts counts() {
        return new Counts(started, byPhase[Phase.COMPLETED.ordinal()], byStatus[ComplianceStatus.ON_TIME.ordinal()],
                byStatus[ComplianceStatus.LATE.ordinal()], byPhase[Phase.CANCELLED.ordinal()],
                byPhase[Phase.OPEN.ordinal()], byStatus[ComplianceStatus.OVERDUE.ordinal()]);
    }

    List<StepSummary> steps() {
        List<StepSummary> out = new ArrayList<>(n);
        List<Step> all = definition.steps();
        for (int i = 0; i < n; i++) {
            Step s = all.get(i);
            if (s.kind() == StepKind.END) {
                continue;
            }
            // nearest ranks, selected rather than sorted: the 90th percentile first, then the median
            // among the values it left before it
            long[] values = Arrays.copyOf(elapsed[i], elapsedCount[i]);
            int m = values.length;
            int k90 = (int) ((9L * m + 9) / 10) - 1;
            Optional<Duration> p90 = m == 0 ? Optional.empty()
                    : Optional.of(Duration.ofNanos(Select.nth(values, 0, m, k90)));
            Optional<Duration> median = m == 0 ? Optional.empty()
                    : Optional.of(Duration.ofNanos(Select.nth(values, 0, k90 + 1, (m + 1) / 2 - 1)));
            out.add(new StepSummary(s.number(), s.activity(), visits[i], cases[i], loops[i], onTimeVisits[i],
                    assessed[i], overdueAt[i], median, p90, worst[i]));
        }
        return List.copyOf(out);
    }

    List<RoleSummary> roles() {
        List<RoleSummary> out = new ArrayList<>(roleList.size());
        for (int i = 0; i < roleList.size(); i++) {
            out.add(new RoleSummary(roleList.get(i), parts[i], lateParts[i]));
        }
        return List.copyOf(out);
    }

    List<DecisionSummary> decisions() {
        List<DecisionSummary> out = new ArrayList<>();
        List<Step> all = definition.steps();
        for (int i = 0; i < n; i++) {
            Step s = all.get(i);
            if (s.kind() == StepKind.DECISION) {
                out.add(new DecisionSummary(s.number(), s.activity(), answered[i], no[i]));
            }
        }
        return List.copyOf(out);
    }

    /** Where a case stands in a monitoring report's counts: every status is in exactly one. */
    private enum Phase {
        OPEN, COMPLETED, CANCELLED;

        static Phase of(ComplianceStatus status) {
            return switch (status) {
                case RUNNING, OVERDUE -> OPEN;
                case ON_TIME, LATE, UNTIMED -> COMPLETED;
                case CANCELLED -> CANCELLED;
            };
        }
    }
}
