package io.github.tertib.run;

import io.github.tertib.internal.Instants;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of an SOP: its events so far, and the step it stands at. Every command returns a new
 * instance and leaves this one as it was; a refused command throws {@link RejectedTransitionException}
 * and changes nothing.
 *
 * <pre>{@code
 * SopInstance run = SopInstance.start(v4, "2026/001", kasi, t0);   // step 1 becomes current
 * run = run.complete(1, kasi, t1);                                  // step 2 becomes current
 * run = run.complete(2, kabid, t2).complete(2, sari, t3);          // Sari as Plh. Kepala Dinas
 * run = run.decide(3, Answer.NO, kasi, t4);                         // back to step 2
 * run.pendingParts();        // [Kepala Bidang: Proses, Kepala Dinas: Proses]
 * SopInstance.replay(v4, run.events()).equals(run);                 // true
 * }</pre>
 *
 * <p>The rules (the user guide's "Running a case" tells them with examples): one step is current at a time; its parts may be done in any
 * order, and it is done when all are; START and PROCESS steps then go to their next step, a DECISION
 * to its "Ya" or "Tidak" target; reaching an END completes the case at that instant. Commands are
 * checked before they change anything: the case is open, the instant is not earlier than the last
 * event, the step is current, the actor may act for the part's role at that instant (holding it, or
 * under a valid Plt./Plh. {@link Delegation}), the part is not done yet, and the step's flags and
 * custom guards allow it.
 *
 * <p>Immutable and thread-safe: share instances freely; two threads giving commands to the same
 * instance get two different successors.
 */
public final class SopInstance {

    private final SopDefinition definition;
    // entries[0, size) are this case's events, in the dense form a case keeps (see Entry). The array may
    // be longer: the instances built one from another share it through their tape (see Tape), and each
    // reads only its own first entries.
    private final Tape tape;
    private final Entry[] entries;
    private final int size;
    private final int current;
    private final int visitStart;

    private SopInstance(SopDefinition definition, Tape tape, Entry[] entries, int size, int current, int visitStart) {
        this.definition = definition;
        this.tape = tape;
        this.entries = entries;
        this.size = size;
        this.current = current;
        this.visitStart = visitStart;
    }

    /** The case of one Started event, {@code all[0]}, on the tape that holds {@code all}. */
    static SopInstance first(SopDefinition definition, Tape tape, Entry[] all) {
        return new SopInstance(definition, tape, all, 1, definition.indexOf(definition.startStep().number()), 0);
    }

    // ---------------------------------------------------------------------------------------- start

    /**
     * Starts a case: its START step becomes current. The actor must be able to act for a part of the
     * START step; starting does not do that part (use {@link #complete(int, Actor, Instant)} next).
     *
     * @param definition the SOP
     * @param id the case's id, such as {@code "2026/001"}; not blank
     * @param actor who starts it
     * @param at when
     * @return the new case
     * @throws RejectedTransitionException with ROLE_NOT_HELD or DELEGATION_NOT_VALID if the actor may
     *     not act for any part of the START step at {@code at}
     */
    public static SopInstance start(SopDefinition definition, String id, Actor actor, Instant at) {
        return start(definition, id, actor, at, null, false);
    }

    /**
     * Starts a case with a remark recorded in its {@link Event.Started} event.
     *
     * @param definition the SOP
     * @param id the case's id; not blank
     * @param actor who starts it
     * @param at when
     * @param remark the remark; not blank
     * @return the new case
     * @throws RejectedTransitionException as {@link #start(SopDefinition, String, Actor, Instant)}
     */
    public static SopInstance start(SopDefinition definition, String id, Actor actor, Instant at, String remark) {
        return start(definition, id, actor, at, remark, true);
    }

    private static SopInstance start(SopDefinition definition, String id, Actor actor, Instant at, String remark,
            boolean hasRemark) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        checkText(remark, hasRemark, "remark");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a case needs a non-blank id, such as \"2026/001\"");
        }
        Instants.requireInRange(at, "the instant of the command");
        Step start = definition.startStep();
        Verdict v = Checks.authority(start.roles(), actor, at, RejectionCode.ROLE_NOT_HELD);
        if (!v.allowed()) {
            throw new RejectedTransitionException(Refusals.start(definition, id, actor, at, v));
        }
        Entry e = new Entry.Started(id, definition.number(), definition.revision(), start.number(), v.role(),
                actor.person(), v.delegation(), actor.decree(v.role(), v.delegation(), at).orElse(null), at, remark);
        Entry[] all = {e};
        return first(definition, new Tape(1), all);
    }

    // ------------------------------------------------------------------------------------- commands

    /**
     * Does the actor's part of the current START or PROCESS step. When the actor could do more than one
     * pending part, name the role with {@link #complete(int, Role, Actor, Instant)}.
     *
     * @param step the number of the current step
     * @param actor who does it
     * @param at when
     * @return the case after the part is done; if it was the step's last part, the next step is
     *     current (an END completes the case at {@code at})
     * @throws RejectedTransitionException if a check refuses it (AMBIGUOUS_PART if the actor could do
     *     several parts)
     */
    public SopInstance complete(int step, Actor actor, Instant at) {
        return part(Op.COMPLETE, step, null, null, actor, at, null, false);
    }

    /**
     * Does the actor's part of the current START or PROCESS step, with a remark.
     *
     * @param step the number of the current step
     * @param actor who does it
     * @param at when
     * @param remark the remark recorded in the event; not blank
     * @return the case after the part is done
     * @throws RejectedTransitionException if a check refuses it
     */
    public SopInstance complete(int step, Actor actor, Instant at, String remark) {
        return part(Op.COMPLETE, step, null, null, actor, at, remark, true);
    }

    /**
     * Does the part of the given role of the current START or PROCESS step.
     *
     * @param step the number of the current step
     * @param role the role of the part
     * @param actor who does it, holding the role or acting for it
     * @param at when
     * @return the case after the part is done
     * @throws RejectedTransitionException if a check refuses it
     */
    public SopInstance complete(int step, Role role, Actor actor, Instant at) {
        return part(Op.COMPLETE, step, Objects.requireNonNull(role, "role"), null, actor, at, null, false);
    }

    /**
     * Does the part of the given role of the current START or PROCESS step, with a remark.
     *
     * @param step the number of the current step
     * @param role the role of the part
     * @param actor who does it
     * @param at when
     * @param remark the remark recorded in the event; not blank
     * @return the case after the part is done
     * @throws RejectedTransitionException if a check refuses it
     */
    public SopInstance complete(int step, Role role, Actor actor, Instant at, String remark) {
        return part(Op.COMPLETE, step, Objects.requireNonNull(role, "role"), null, actor, at, remark, true);
    }

    /**
     * Answers the current DECISION step: the case goes to its "Ya" or "Tidak" target.
     *
     * @param step the number of the current step
     * @param answer {@link Answer#YES} or {@link Answer#NO}
     * @param actor who decides, holding the deciding role or acting for it
     * @param at when
     * @return the case at the target step
     * @throws RejectedTransitionException if a check refuses it (NOT_A_DECISION on other kinds)
     */
    public SopInstance decide(int step, Answer answer, Actor actor, Instant at) {
        return part(Op.DECIDE, step, null, Objects.requireNonNull(answer, "answer"), actor, at, null, false);
    }

    /**
     * Answers the current DECISION step, with a remark.
     *
     * @param step the number of the current step
     * @param answer the answer
     * @param actor who decides
     * @param at when
     * @param remark the remark recorded in the event; not blank
     * @return the case at the target step
     * @throws RejectedTransitionException if a check refuses it
     */
    public SopInstance decide(int step, Answer answer, Actor actor, Instant at, String remark) {
        return part(Op.DECIDE, step, null, Objects.requireNonNull(answer, "answer"), actor, at, remark, true);
    }

    /**
     * Suspends (menunda) the case while its current step is pausable, for instance to wait for
     * missing information. The actor must be able to act for a part of the current step.
     *
     * @param actor who suspends it
     * @param at when
     * @param reason why the case waits; not blank
     * @return the suspended case
     * @throws RejectedTransitionException if a check refuses it (NOT_PAUSABLE, INSTANCE_SUSPENDED, ...)
     */
    public SopInstance suspend(Actor actor, Instant at, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        checkText(reason, true, "reason");
        return other(Op.SUSPEND, actor, at, reason);
    }

    /**
     * Resumes a suspended case. The actor must be able to act for a part of the current step.
     *
     * @param actor who resumes it
     * @param at when
     * @return the active case
     * @throws RejectedTransitionException if a check refuses it (NOT_SUSPENDED, ...)
     */
    public SopInstance resume(Actor actor, Instant at) {
        return other(Op.RESUME, actor, at, null);
    }

    /**
     * Resumes a suspended case, with a remark.
     *
     * @param actor who resumes it
     * @param at when
     * @param remark the remark recorded in the event; not blank
     * @return the active case
     * @throws RejectedTransitionException if a check refuses it
     */
    public SopInstance resume(Actor actor, Instant at, String remark) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        checkText(remark, true, "remark");
        return other(Op.RESUME, actor, at, remark);
    }

    /**
     * Cancels an active or suspended case. Only the roles the definition names may
     * ({@link SopDefinition#cancelRoles()}; for SOP V.4, the Kepala Dinas), holding the role or acting
     * for it.
     *
     * @param actor who cancels it
     * @param at when
     * @param reason why; not blank
     * @return the cancelled case
     * @throws RejectedTransitionException if a check refuses it (CANCEL_NOT_ALLOWED, ...)
     */
    public SopInstance cancel(Actor actor, Instant at, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        checkText(reason, true, "reason");
        return other(Op.CANCEL, actor, at, reason);
    }

    private static void checkText(String text, boolean given, String what) {
        if (given && Objects.requireNonNull(text, what).isBlank()) {
            throw new IllegalArgumentException("a " + what + " must not be blank"
                    + (what.equals("remark") ? ": leave it out instead" : ": say why, such as \"menunggu kejelasan\""));
        }
    }

    private SopInstance part(Op op, int stepNo, Role role, Answer answer, Actor actor, Instant at, String remark,
            boolean hasRemark) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        checkText(remark, hasRemark, "remark");
        Instants.requireInRange(at, "the instant of the command");
        Step step = step();
        long outcome = Checks.part(this, op, step, stepNo, role, actor, at);
        if (!Checks.allowed(outcome)) {
            Verdict v = Checks.verdict(outcome, step, actor);
            throw new RejectedTransitionException(Refusals.explain(this, v, op, stepNo, role != null ? role : v.role(),
                    actor, at));
        }
        Role done = Checks.role(outcome, step);
        Delegation delegation = Checks.delegation(outcome, actor);
        Entry e = new Entry(op == Op.DECIDE ? Entry.DECIDED : Entry.PART, answer, stepNo, done, actor.person(),
                delegation, actor.decree(done, delegation, at).orElse(null), at, remark);
        Entry[] all = tape.append(entries, size, e);
        if (all == null) {
            return afterPart(step, new Tape(size + 1), branch(e), answer == null ? Answer.YES : answer);
        }
        return afterPart(step, tape, all, answer == null ? Answer.YES : answer);
    }

    private SopInstance other(Op op, Actor actor, Instant at, String text) {
        Instants.requireInRange(at, "the instant of the command");
        Step step = step();
        Verdict v = Checks.other(this, op, step, actor, at);
        int stepNo = step.number();
        if (!v.allowed()) {
            throw new RejectedTransitionException(Refusals.explain(this, v, op, stepNo, v.role(), actor, at));
        }
        int kind = switch (op) {
            case SUSPEND -> Entry.SUSPENDED;
            case RESUME -> Entry.RESUMED;
            case CANCEL -> Entry.CANCELLED;
            case COMPLETE, DECIDE -> throw new IllegalArgumentException(op + " does a part: see part(...)");
        };
        Entry e = new Entry(kind, null, stepNo, v.role(), actor.person(), v.delegation(),
                actor.decree(v.role(), v.delegation(), at).orElse(null), at, text);
        Entry[] all = tape.append(entries, size, e);
        return all == null ? after(new Tape(size + 1), branch(e)) : after(tape, all);
    }

    /** A copy of this case's events followed by {@code e}, for a command on a case that has successors. */
    private Entry[] branch(Entry e) {
        Entry[] all = Arrays.copyOf(entries, Math.max(4, size + (size >> 1)));
        all[size] = e;
        return all;
    }

    /** The successor once the event at {@code all[size]}, neither a part nor a start, is recorded. */
    SopInstance after(Tape tape, Entry[] all) {
        return new SopInstance(definition, tape, all, size + 1, current, visitStart);
    }

    /** The successor once the part event at {@code all[size]} is recorded. */
    SopInstance afterPart(Step step, Tape tape, Entry[] all, Answer answer) {
        int done = 1;
        for (int i = nextPart(-1); i >= 0; i = nextPart(i)) {
            done++;
        }
        if (done < step.parts().size()) {
            return new SopInstance(definition, tape, all, size + 1, current, visitStart);
        }
        return new SopInstance(definition, tape, all, size + 1, definition.targetIndex(current, answer), size);
    }

    /**
     * Returns the index of the next part done in the current visit after index {@code after} (-1 for the
     * first), or -1 if there is none: the one scan of the parts done in this visit.
     */
    int nextPart(int after) {
        for (int i = Math.max(after, visitStart) + 1; i < size; i++) {
            if (entries[i].isPart()) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the entry at the index, below {@link #eventCount()}: for the checks, without computing digests. */
    Entry entry(int index) {
        return entries[index];
    }

    /** Returns the latest entry, without computing digests. */
    Entry lastEntry() {
        return entries[size - 1];
    }

    /** Returns the event at the index, below {@link #eventCount()}, as its record: for refusals. */
    Event event(int index) {
        return digested()[index].toEvent();
    }

    /** Returns the latest event as its record: for refusals. */
    Event last() {
        return event(size - 1);
    }

    /** Returns how many events the case has. */
    int eventCount() {
        return size;
    }

    // --------------------------------------------------------------------------------------- replay

    /**
     * Rebuilds a case from its events, re-running every check of the commands and verifying the digest
     * chain. The result equals the case that recorded the events.
     *
     * <p>This cannot tell a log that lost events at its end; store {@link #lastDigest()} beside the log
     * and use {@link #replay(SopDefinition, List, Digest)} for that.
     *
     * @param definition the SOP the case runs
     * @param events the events, oldest first
     * @return the case
     * @throws InvalidEventLogException naming the first event whose digest, order, step or authority is
     *     broken
     */
    public static SopInstance replay(SopDefinition definition, List<Event> events) {
        return Replay.of(definition, events);
    }

    /**
     * Rebuilds a case from its events as {@link #replay(SopDefinition, List)} does, and also checks that
     * the last event's digest is the one the host application stored, so that a log that lost events
     * at its end is refused too.
     *
     * @param definition the SOP the case runs
     * @param events the events, oldest first
     * @param expectedLastDigest the digest stored for the last event
     * @return the case
     * @throws InvalidEventLogException naming the first bad event, or the last event if the log does not
     *     end with the expected digest
     */
    public static SopInstance replay(SopDefinition definition, List<Event> events, Digest expectedLastDigest) {
        return Replay.of(definition, events, expectedLastDigest);
    }

    /**
     * Rebuilds a case from its events as {@link #replay(SopDefinition, List)} does, and also refuses the
     * first event whose actor did not hold its role, definitively or as a valid Plt. or Plh., at its
     * instant according to the roster, whatever the log says about them.
     *
     * @param definition the SOP the case runs
     * @param events the events, oldest first
     * @param roster the record of who held which office when
     * @return the case
     * @throws InvalidEventLogException naming the first bad event and, for an actor the roster does not
     *     bear out, what the roster says about them
     */
    public static SopInstance replay(SopDefinition definition, List<Event> events, Roster roster) {
        return RosterReplay.replay(definition, events, roster);
    }

    // -------------------------------------------------------------------------------------- queries

    /** Returns the SOP this case runs. */
    public SopDefinition definition() {
        return definition;
    }

    /** Returns the case's id, as given to {@link #start(SopDefinition, String, Actor, Instant)}. */
    public String id() {
        return ((Entry.Started) entries[0]).id;
    }

    /** Returns where the case stands: ACTIVE, SUSPENDED, COMPLETED or CANCELLED. */
    public InstanceStatus status() {
        int last = entries[size - 1].kind();
        if (last == Entry.CANCELLED) {
            return InstanceStatus.CANCELLED;
        }
        if (last == Entry.SUSPENDED) {
            return InstanceStatus.SUSPENDED;
        }
        return step().kind() == StepKind.END ? InstanceStatus.COMPLETED : InstanceStatus.ACTIVE;
    }

    boolean isOpen() {
        return entries[size - 1].kind() != Entry.CANCELLED && step().kind() != StepKind.END;
    }

    Step step() {
        return definition.steps().get(current);
    }

    /**
     * Returns the current step: the one waiting for its parts; for a completed case the END step
     * reached; for a cancelled case the step it was cancelled at.
     *
     * @return the step
     */
    public Step currentStep() {
        return step();
    }

    /**
     * Returns the parts of the current step not yet done in this visit, in the step's order; none when
     * the case is completed or cancelled.
     *
     * @return the pending parts
     */
    public List<Assignment> pendingParts() {
        if (!isOpen()) {
            return List.of();
        }
        List<Assignment> pending = new ArrayList<>(2);
        for (Assignment a : step().parts()) {
            if (!isDone(a.role())) {
                pending.add(a);
            }
        }
        return List.copyOf(pending);
    }

    private boolean isDone(Role role) {
        for (int i = nextPart(-1); i >= 0; i = nextPart(i)) {
            if (Actor.sameRole(entries[i].role, role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the events so far, oldest first, with their digests. The list is unmodifiable and cheap to
     * take; the first time it is taken after commands, the digests of their events are computed.
     *
     * @return the events
     */
    public List<Event> events() {
        return list();
    }

    private EventList list() {
        return new EventList(digested(), size);
    }

    /** Returns the latest event. */
    public Event lastEvent() {
        return digested()[size - 1].toEvent();
    }

    /** Returns the digest of the latest event: store it with the log to detect a truncated log on replay. */
    public Digest lastDigest() {
        return digested()[size - 1].digest();
    }

    /**
     * Returns the events after computing the digests that commands left pending. Commands do not hash
     * (a transition costs no SHA-256); the digests are computed here, oldest first, once. Threads that
     * race here compute the same values.
     */
    private Entry[] digested() {
        Entry[] all = entries;
        if (all[size - 1].isDigested()) {
            return all;
        }
        int first = size - 1;
        while (first > 0 && !all[first - 1].isDigested()) {
            first--;
        }
        Chain chain = new Chain();
        for (int i = first; i < size; i++) {
            chain.fill(i == 0 ? null : all[i - 1], all[i]);
        }
        return all;
    }

    /** Returns the instant the case was completed or cancelled; empty while it is open. */
    public Optional<Instant> closedAt() {
        return isOpen() ? Optional.empty() : Optional.of(entries[size - 1].at());
    }

    /**
     * Returns the visits so far, in order: for each step that became current, when it did, when its
     * last part was done, who did its parts, and the spans the case was suspended in it. Computed from
     * the events in one pass.
     *
     * @return the visits, the current one last
     */
    public List<Visit> visits() {
        return Projection.visits(definition, list(), size);
    }

    /**
     * Answers what the person may do to the case at the instant, without trying: the commands that
     * would succeed, and for each part of the current step and for suspending, resuming and cancelling
     * that would not, the rejection it would meet. Uses the very checks of the commands.
     *
     * @param actor the person
     * @param at the instant
     * @return the allowed actions and the refusals
     */
    public AllowedActions allowedActions(Actor actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Instants.requireInRange(at, "the instant of the question");
        return Allowed.of(this, actor, at);
    }

    /** Two cases are equal when they run equal definitions and have equal events. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SopInstance x && x.size == size
                && (x.definition == definition || x.definition.equals(definition)))) {
            return false;
        }
        Entry[] mine = digested();
        Entry[] theirs = x.digested();
        for (int i = size - 1; i >= 0; i--) {
            if (mine[i] != theirs[i] && !mine[i].sameAs(theirs[i])) {
                return false;
            }
        }
        return true;
    }

    /** A hash of the count and the last digest, which chains over every event before it. */
    @Override
    public int hashCode() {
        return 31 * size + digested()[size - 1].digestHash();
    }

    /** Returns a summary such as {@code case 2026/001 of SOP V. 4.: ACTIVE at step 2, pending [Kepala Dinas: Proses], 4 events}. */
    @Override
    public String toString() {
        return "case " + id() + " of SOP " + definition.number() + ": " + status() + " at step " + step().number()
                + (isOpen() ? ", pending " + pendingParts() : "") + ", " + size + (size == 1 ? " event" : " events");
    }
}
