package io.github.tertib.run;

import io.github.tertib.internal.Instants;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Rebuilds a case from its events, re-running the commands' checks on each and verifying the digest
 * chain, in one pass: each event costs the checks of one command, so replay is linear in the events.
 */
final class Replay {

    private Replay() {
    }

    static SopInstance of(SopDefinition definition, List<Event> events) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(events, "events");
        Event[] records = events.toArray(new Event[0]);
        if (records.length == 0) {
            throw new InvalidEventLogException(0, "the event log is empty: a case's log starts with a Started event",
                    null);
        }
        Entry[] all = new Entry[records.length];
        Tape tape = new Tape(records.length);
        Chain chain = new Chain();
        SopInstance run = null;
        for (int i = 0; i < records.length; i++) {
            Event e = Objects.requireNonNull(records[i], "event");
            if ((i == 0) != (e instanceof Event.Started)) {
                throw bad(records, i, i == 0 ? "a case's log starts with a Started event; events are missing before it"
                        : "a Started event may only come first");
            }
            if (!Instants.inRange(e.at())) {
                throw bad(records, i, "its instant is outside the range Tertib accepts, " + Instants.MIN + " to "
                        + Instants.MAX + ": a case's events happen in the years 1 to 9999");
            }
            Entry x = Entry.of(e);
            all[i] = x;
            if (!chain.verify(i == 0 ? null : all[i - 1], x)) {
                throw bad(records, i, "its digest " + e.digest() + " does not match its content chained over "
                        + (i == 0 ? "the start of the log" : "event " + i) + ": the event was altered, or events"
                        + " were removed, added or reordered before it");
            }
            run = i == 0 ? started(definition, tape, all, records, (Event.Started) e)
                    : recorded(run, tape, all, records, e);
        }
        return run;
    }

    static SopInstance of(SopDefinition definition, List<Event> events, Digest expectedLastDigest) {
        Objects.requireNonNull(expectedLastDigest, "expectedLastDigest");
        SopInstance run = of(definition, events);
        if (!run.lastDigest().equals(expectedLastDigest)) {
            List<Event> all = run.events();
            int n = all.size();
            int match = -1;
            for (int i = 0; i < n; i++) {
                if (all.get(i).digest().equals(expectedLastDigest)) {
                    match = i;
                }
            }
            Event last = all.get(n - 1);
            throw new InvalidEventLogException(n - 1, "the log ends with event " + n + " of " + n + " ("
                    + Refusals.kind(last) + " at " + last.at() + ") whose digest is " + run.lastDigest()
                    + ", but the stored last digest is " + expectedLastDigest + (match >= 0
                            ? ", which is that of event " + (match + 1) + ": the log has events after the stored end"
                            : ": events are missing from its end, or it is not the stored log"), null);
        }
        return run;
    }

    /** The refusal of event {@code i} of {@code all}: for replay against a roster too. */
    static InvalidEventLogException bad(Event[] all, int i, String reason) {
        return bad(all, i, reason, null);
    }

    private static InvalidEventLogException bad(Event[] all, int i, String reason, Rejection rejection) {
        Event e = all[i];
        return new InvalidEventLogException(i, "event " + (i + 1) + " of " + all.length + " (" + Refusals.kind(e)
                + ", step " + e.step() + ", " + Refusals.who(e) + " as " + e.signedAs() + " at " + e.at()
                + ") is refused: " + reason, rejection);
    }

    private static SopInstance started(SopDefinition definition, Tape tape, Entry[] entries, Event[] all,
            Event.Started e) {
        Step start = definition.startStep();
        if (!e.sop().equals(definition.number())) {
            throw bad(all, 0, "it starts a case of SOP " + e.sop() + ", not of SOP " + definition.number());
        }
        if (e.revision().isPresent() && !e.revision().get().fingerprint().equals(definition.fingerprint())) {
            throw bad(all, 0, "case " + e.instanceId() + " began on " + describe(e.revision().get())
                    + ", and this definition is " + describe(definition.revision()) + ", another revision: replay a"
                    + " case against the revision it began on");
        }
        if (e.step() != start.number()) {
            throw bad(all, 0, "the START step of SOP " + definition.number() + " is step " + start.number());
        }
        if (Checks.partIndex(start, e.role()) < 0) {
            throw bad(all, 0, "the START step " + start.number() + " has no part for " + e.role().title()
                    + "; its parts are " + Refusals.titles(start.parts()));
        }
        if (e.delegation().isPresent() && !e.delegation().get().isValidAt(e.at())) {
            throw bad(all, 0, Refusals.delegationReason(e.delegation().get(), e.at()));
        }
        return SopInstance.first(definition, tape, entries);
    }

    private static String describe(Revision r) {
        return "SOP " + r.number() + " " + r.revised().map(d -> "of Tanggal Revisi " + d).orElse("without Tanggal Revisi")
                + " (fingerprint " + r.fingerprint() + ")";
    }

    /** The successor of {@code run} once the recorded event {@code e}, its next one, passes the commands' checks. */
    private static SopInstance recorded(SopInstance run, Tape tape, Entry[] entries, Event[] all, Event e) {
        Op op = Op.of(e);
        Delegation d = e.delegation().orElse(null);
        Instant at = e.at();
        Step step = run.currentStep();
        RejectionCode c = Checks.gate(run, op, step, e.step(), at);
        if (c == null) {
            if (op == Op.CANCEL) {
                if (!Checks.names(run.definition().cancelRoles(), e.role())) {
                    c = RejectionCode.CANCEL_NOT_ALLOWED;
                }
            } else if (Checks.partIndex(step, e.role()) < 0) {
                c = RejectionCode.ROLE_NOT_IN_STEP;
            }
        }
        if (c == null && d != null && !d.isValidAt(at)) {
            c = RejectionCode.DELEGATION_NOT_VALID;
        }
        if (c == null && op.doesPart()) {
            c = Checks.doing(run, step, e.role(), e.actorId(), d == null ? Capacity.DEFINITIVE : d.capacity(), at);
        }
        if (c != null) {
            Rejection r = Refusals.explain(run, Verdict.refuse(c, e.role(), d), op, e.step(), e.role(), e.actor(),
                    at);
            throw bad(all, run.eventCount(), r.message(), r);
        }
        return op.doesPart() ? run.afterPart(step, tape, entries, e instanceof Event.Decided x ? x.answer() : Answer.YES)
                : run.after(tape, entries);
    }
}
