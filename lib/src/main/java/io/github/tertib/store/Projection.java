package io.github.tertib.store;

import io.github.tertib.TertibException;
import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.compliance.StepCompliance;
import io.github.tertib.run.Event;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.run.Visit;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the store keeps beside a case's events so that queries never replay: the case row, the work
 * waiting in it, who did the parts of its current visit, and the compliance of its closed visits. A
 * pure function of the case, the calendar and the policy; both stores write exactly this.
 */
record Projection(String caseId, String sop, String fingerprint, InstanceStatus status, int step, Instant startedAt,
        Instant activatedAt, Instant lastAt, Optional<Instant> closedAt, int events, String lastDigest,
        Optional<Instant> due, Optional<String> dueUnknown, List<Work> work, List<Done> done, List<ClosedVisit> visits) {

    /** The kinds of work a worklist lists: what the COMPLETE, DECIDE and RESUME actions do. */
    enum Kind {
        COMPLETE, DECIDE, RESUME
    }

    /**
     * One piece of work waiting in an open case: a pending part to complete or decide, or (for a
     * suspended case) a part of the current step whose role may resume it.
     */
    record Work(Kind kind, int step, int part, String roleId, String roleTitle, String label, boolean definitiveOnly,
            boolean separateActors, boolean guarded) {
    }

    /** A part done in the current visit: its role and who did it (for four eyes and custom guards). */
    record Done(String roleId, String roleTitle, String actorId) {
    }

    /** A closed visit of a step with its compliance; the compliance is empty when the calendar cannot answer. */
    record ClosedVisit(int step, int visit, Instant activated, Instant closed, Optional<Duration> standard,
            Optional<Duration> elapsed, Optional<Duration> suspended, Optional<Instant> due,
            Optional<ComplianceStatus> status, Optional<Duration> overrun, Optional<String> unknown) {
    }

    static Projection of(SopInstance c, WorkCalendar calendar, TimePolicy policy) {
        List<Event> events = c.events();
        Event last = events.get(events.size() - 1);
        InstanceStatus status = c.status();
        Step step = c.currentStep();
        List<Visit> visits = c.visits();
        Visit current = visits.get(visits.size() - 1);
        ComplianceReport report = null;
        String unknown = null;
        try {
            report = ComplianceReport.of(c, calendar, policy, last.at());
        } catch (TertibException e) {
            // A calendar past its holiday data cannot measure; the command still stands.
            unknown = e.getMessage();
        }
        Optional<Instant> due = Optional.empty();
        Optional<String> dueUnknown = Optional.empty();
        if (status == InstanceStatus.ACTIVE && step.time().isPresent()) {
            if (report == null) {
                dueUnknown = Optional.of(bounded(unknown));
            } else {
                List<StepCompliance> steps = report.steps();
                due = steps.get(steps.size() - 1).due().map(Projection::micros);
            }
        }
        List<Work> work = new ArrayList<>();
        List<Done> done = new ArrayList<>();
        if (status == InstanceStatus.ACTIVE || status == InstanceStatus.SUSPENDED) {
            for (Event e : current.parts()) {
                done.add(new Done(e.role().id(), e.role().title(), e.actorId()));
            }
            List<Assignment> parts = step.parts();
            List<Assignment> pending = c.pendingParts();
            for (int i = 0; i < parts.size(); i++) {
                Assignment a = parts.get(i);
                if (status == InstanceStatus.SUSPENDED) {
                    work.add(new Work(Kind.RESUME, step.number(), i, a.role().id(), a.role().title(), a.label(), false,
                            false, false));
                } else if (pending.contains(a)) {
                    work.add(new Work(step.kind() == StepKind.DECISION ? Kind.DECIDE : Kind.COMPLETE, step.number(), i,
                            a.role().id(), a.role().title(), a.label(), step.isDefinitiveOnly(),
                            step.requiresSeparateActors(), !step.guards().isEmpty()));
                }
            }
        }
        List<ClosedVisit> closed = new ArrayList<>();
        if (report != null) {
            for (StepCompliance s : report.steps()) {
                if (s.completed().isPresent() || s.status() == ComplianceStatus.CANCELLED) {
                    closed.add(new ClosedVisit(s.step(), s.visit(), micros(s.activated()),
                            micros(s.completed().orElse(c.closedAt().orElse(last.at()))), s.standard(), Optional.of(s.elapsed()),
                            Optional.of(s.suspended()), s.due().map(Projection::micros), Optional.of(s.status()),
                            Optional.of(s.overrun()), Optional.empty()));
                }
            }
        } else {
            for (Visit v : visits) {
                boolean cancelledHere = v == current && status == InstanceStatus.CANCELLED;
                boolean endVisit = c.definition().step(v.step()).kind() == StepKind.END;
                if ((v.completed().isPresent() && !endVisit) || cancelledHere) {
                    closed.add(new ClosedVisit(v.step(), v.ordinal(), micros(v.activated()),
                            micros(v.completed().orElse(last.at())), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(bounded(unknown))));
                }
            }
        }
        Event.Started started = (Event.Started) events.get(0);
        return new Projection(c.id(), started.sop(), c.definition().fingerprint().toString(), status, step.number(),
                micros(events.get(0).at()), micros(current.activated()), ceilMicros(last.at()),
                c.closedAt().map(Projection::micros), events.size(),
                c.lastDigest().toString(), due, dueUnknown, List.copyOf(work), List.copyOf(done), List.copyOf(closed));
    }

    /** Databases keep instants to the microsecond; so does the store, in memory too, for one meaning. */
    static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    /** The last event's instant rounded up, so that "no earlier than the last event" stays exact to the microsecond. */
    static Instant ceilMicros(Instant t) {
        Instant down = micros(t);
        return down.equals(t) ? t : down.plusNanos(1000);
    }

    /** The notes are kept to 2000 characters, as their columns are. */
    static String bounded(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }

    /** Whether the case is still open (active or suspended). */
    boolean isOpen() {
        return status == InstanceStatus.ACTIVE || status == InstanceStatus.SUSPENDED;
    }
}
