package io.github.tertib.run;

import io.github.tertib.internal.Instants;
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
        // A case's own events() are its entries already: they are replayed without making the records
        // (made only to say which event is refused). Any other list is copied first, then read.
        Log log = events instanceof EventList own ? new Log(own.entries(), null)
                : new Log(null, events.toArray(new Event[0]));
        int n = log.entries.length;
        if (n == 0) {
            throw new InvalidEventLogException(0, "the event log is empty: a case's log starts with a Started event",
                    null);
        }
        Entry[] all = log.entries;
        Tape tape = new Tape(n);
        Chain chain = new Chain();
        SopInstance run = null;
        for (int i = 0; i < n; i++) {
            Entry x = log.entry(i);
            if (!chain.verify(i == 0 ? null : all[i - 1], x)) {
                throw log.bad(i, "its digest " + x.digest() + " does not match its content chained over "
                        + (i == 0 ? "the start of the log" : "event " + i) + ": the event was altered, or events"
                        + " were removed, added or reordered before it");
            }
            run = i == 0 ? started(definition, tape, log, (Entry.Started) x) : recorded(run, tape, log, x);
        }
        return run;
    }

    /**
     * The log being replayed: its entries, and the records it was given (null for a case's own events,
     * whose records are made only for a refusal).
     */
    private static final class Log {
        final Entry[] entries;
        final Event[] records;

        Log(Entry[] entries, Event[] records) {
            this.entries = entries != null ? entries : new Entry[records.length];
            this.records = records;
        }

        /** The entry of event {@code i}, made from its record when the log was given as records. */
        Entry entry(int i) {
            if (records == null) {
                Entry x = entries[i];
                if ((i == 0) != (x.kind() == Entry.STARTED)) {
                    throw bad(i, i == 0 ? FIRST : LATER);
                }
                return x;
            }
            Event e = Objects.requireNonNull(records[i], "event");
            if ((i == 0) != (e instanceof Event.Started)) {
                throw bad(i, i == 0 ? FIRST : LATER);
            }
            if (!Instants.inRange(e.at())) {
                throw bad(i, "its instant is outside the range Tertib accepts, " + Instants.MIN + " to "
                        + Instants.MAX + ": a case's events happen in the years 1 to 9999");
            }
            Entry x = Entry.of(e);
            entries[i] = x;
            return x;
        }

        InvalidEventLogException bad(int i, String reason) {
            return bad(i, reason, null);
        }

        InvalidEventLogException bad(int i, String reason, Rejection rejection) {
            return Replay.bad(records != null ? records[i] : entries[i].toEvent(), i, entries.length, reason,
                    rejection);
        }
    }

    private static final String FIRST = "a case's log starts with a Started event; events are missing before it";
    private static final String LATER = "a Started event may only come first";

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
        return bad(all[i], i, all.length, reason, null);
    }

    private static InvalidEventLogException bad(Event e, int i, int n, String reason, Rejection rejection) {
        return new InvalidEventLogException(i, "event " + (i + 1) + " of " + n + " (" + Refusals.kind(e)
                + ", step " + e.step() + ", " + Refusals.who(e) + " as " + e.signedAs() + " at " + e.at()
                + ") is refused: " + reason, rejection);
    }

    private static SopInstance started(SopDefinition definition, Tape tape, Log log, Entry.Started e) {
        Step start = definition.startStep();
        if (!e.sop.equals(definition.number())) {
            throw log.bad(0, "it starts a case of SOP " + e.sop + ", not of SOP " + definition.number());
        }
        if (e.revision != null && !e.revision.fingerprint().equals(definition.fingerprint())) {
            throw log.bad(0, "case " + e.id + " began on " + describe(e.revision)
                    + ", and this definition is " + describe(definition.revision()) + ", another revision: replay a"
                    + " case against the revision it began on");
        }
        if (e.step() != start.number()) {
            throw log.bad(0, "the START step of SOP " + definition.number() + " is step " + start.number());
        }
        if (Checks.partIndex(start, e.role) < 0) {
            throw log.bad(0, "the START step " + start.number() + " has no part for " + e.role.title()
                    + "; its parts are " + Refusals.titles(start.parts()));
        }
        if (e.delegation != null && !e.delegation.isValidAt(e.at())) {
            throw log.bad(0, Refusals.delegationReason(e.delegation, e.at()));
        }
        return SopInstance.first(definition, tape, log.entries);
    }

    private static String describe(Revision r) {
        return "SOP " + r.number() + " " + r.revised().map(d -> "of Tanggal Revisi " + d).orElse("without Tanggal Revisi")
                + " (fingerprint " + r.fingerprint() + ")";
    }

    /** The successor of {@code run} once the recorded event {@code e}, its next one, passes the commands' checks. */
    private static SopInstance recorded(SopInstance run, Tape tape, Log log, Entry e) {
        Op op = e.op();
        Delegation d = e.delegation;
        Instant at = e.at();
        Step step = run.currentStep();
        RejectionCode c = Checks.gate(run, op, step, e.step(), at);
        if (c == null) {
            if (op == Op.CANCEL) {
                if (!Checks.names(run.definition().cancelRoles(), e.role)) {
                    c = RejectionCode.CANCEL_NOT_ALLOWED;
                }
            } else if (Checks.partIndex(step, e.role) < 0) {
                c = RejectionCode.ROLE_NOT_IN_STEP;
            }
        }
        if (c == null && d != null && !d.isValidAt(at)) {
            c = RejectionCode.DELEGATION_NOT_VALID;
        }
        if (c == null && op.doesPart()) {
            c = Checks.doing(run, step, e.role, e.actorId(), d == null ? Capacity.DEFINITIVE : d.capacity(), at);
        }
        if (c != null) {
            Rejection r = Refusals.explain(run, Verdict.refuse(c, e.role, d), op, e.step(), e.role, e.actor, at);
            throw log.bad(run.eventCount(), r.message(), r);
        }
        return op.doesPart() ? run.afterPart(step, tape, log.entries, e.answer()) : run.after(tape, log.entries);
    }
}
