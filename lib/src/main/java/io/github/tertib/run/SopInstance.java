package io.github.tertib.run;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Guard;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

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

    /** The commands, for the checks and the sentences they share. */
    private enum Op {
        COMPLETE, DECIDE, SUSPEND, RESUME, CANCEL
    }

    /** What the checks of one command found: a refusal code, or the role and delegation to act in. */
    private static final class Verdict {
        RejectionCode code;
        Role role;
        Delegation delegation;

        Verdict refuse(RejectionCode c, Role r, Delegation d) {
            code = c;
            role = r;
            delegation = d;
            return this;
        }

        Verdict allow(Role r, Delegation d) {
            return refuse(null, r, d);
        }
    }

    private final SopDefinition definition;
    // events[0, size) are this case's events. Only replay leaves events longer than size, in the
    // intermediate instances that share its one array and never escape it.
    private final Event[] events;
    private final int size;
    private final int current;
    private final int visitStart;

    private SopInstance(SopDefinition definition, Event[] events, int size, int current, int visitStart) {
        this.definition = definition;
        this.events = events;
        this.size = size;
        this.current = current;
        this.visitStart = visitStart;
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
        Step start = definition.startStep();
        Verdict v = resolve(new Verdict(), start.parts(), actor, at);
        if (v.code != null) {
            String reason = v.code == RejectionCode.ROLE_NOT_HELD
                    ? "they hold none of the roles of the START step " + start.number() + " (" + titles(start.parts())
                            + ") and act for none of them as Plt. or Plh."
                    : delegationReason(v.delegation, at);
            throw new RejectedTransitionException(new Rejection(v.code, actor + " may not start case " + id
                    + " of SOP " + definition.number() + " at " + at + ": " + reason));
        }
        Event e = new Event.Started(id, definition.number(), Optional.of(definition.revision()), start.number(), v.role,
                actor.person(),
                Optional.ofNullable(v.delegation), at, Optional.ofNullable(remark), Digest.pending());
        return new SopInstance(definition, new Event[] {e}, 1, definition.indexOf(start.number()), 0);
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
     * @param reason why the case waits; not blank
     * @param at when
     * @return the suspended case
     * @throws RejectedTransitionException if a check refuses it (NOT_PAUSABLE, INSTANCE_SUSPENDED, ...)
     */
    public SopInstance suspend(Actor actor, String reason, Instant at) {
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
        checkText(remark, true, "remark");
        return other(Op.RESUME, actor, at, remark);
    }

    /**
     * Cancels an active or suspended case. Only the roles the definition names may
     * ({@link SopDefinition#cancelRoles()}; for SOP V.4, the Kepala Dinas), holding the role or acting
     * for it.
     *
     * @param actor who cancels it
     * @param reason why; not blank
     * @param at when
     * @return the cancelled case
     * @throws RejectedTransitionException if a check refuses it (CANCEL_NOT_ALLOWED, ...)
     */
    public SopInstance cancel(Actor actor, String reason, Instant at) {
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
        Step step = step();
        Verdict v = checkPart(new Verdict(), op, step, stepNo, role, actor, at);
        if (v.code != null) {
            throw new RejectedTransitionException(explain(v, op, stepNo, role != null ? role : v.role, actor.toString(),
                    actor.id(), at));
        }
        Optional<Delegation> d = Optional.ofNullable(v.delegation);
        Optional<String> r = Optional.ofNullable(remark);
        Event e = op == Op.DECIDE
                ? new Event.Decided(stepNo, answer, v.role, actor.person(), d, at, r, Digest.pending())
                : new Event.PartCompleted(stepNo, v.role, actor.person(), d, at, r, Digest.pending());
        return afterPart(step, appended(e), answer);
    }

    private SopInstance other(Op op, Actor actor, Instant at, String text) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Step step = step();
        Verdict v = checkOther(new Verdict(), op, step, actor, at);
        int stepNo = step.number();
        if (v.code != null) {
            throw new RejectedTransitionException(explain(v, op, stepNo, v.role, actor.toString(), actor.id(), at));
        }
        Optional<Delegation> d = Optional.ofNullable(v.delegation);
        Person who = actor.person();
        Event e;
        switch (op) {
            case SUSPEND:
                e = new Event.Suspended(stepNo, v.role, who, d, at, text, Digest.pending());
                break;
            case RESUME:
                e = new Event.Resumed(stepNo, v.role, who, d, at, Optional.ofNullable(text), Digest.pending());
                break;
            default:
                e = new Event.Cancelled(stepNo, v.role, who, d, at, text, Digest.pending());
                break;
        }
        return new SopInstance(definition, appended(e), size + 1, current, visitStart);
    }

    private Event[] appended(Event e) {
        Event[] more = Arrays.copyOf(events, size + 1);
        more[size] = e;
        return more;
    }

    /** The successor once the part event at {@code all[size]} is recorded. */
    private SopInstance afterPart(Step step, Event[] all, Answer answer) {
        int done = 1;
        for (int i = visitStart + 1; i < size; i++) {
            if (isPart(events[i])) {
                done++;
            }
        }
        if (done < step.parts().size()) {
            return new SopInstance(definition, all, size + 1, current, visitStart);
        }
        int target = step.kind() == StepKind.DECISION
                ? (answer == Answer.YES ? step.ifYes() : step.ifNo()).getAsInt()
                : step.next().getAsInt();
        return new SopInstance(definition, all, size + 1, definition.indexOf(target), size);
    }

    private static boolean isPart(Event e) {
        return e instanceof Event.PartCompleted || e instanceof Event.Decided;
    }

    // --------------------------------------------------------------------------------------- checks

    /** The checks of the case and the step, before any check of the actor; {@code step} is {@link #step()}. */
    private RejectionCode gate(Op op, Step step, int stepNo, Instant at) {
        Event last = events[size - 1];
        if (last instanceof Event.Cancelled || step.kind() == StepKind.END) {
            return RejectionCode.INSTANCE_CLOSED;
        }
        if (at.isBefore(last.at())) {
            return RejectionCode.TIME_REVERSED;
        }
        boolean suspended = last instanceof Event.Suspended;
        switch (op) {
            case COMPLETE:
            case DECIDE:
                if (suspended) {
                    return RejectionCode.INSTANCE_SUSPENDED;
                }
                if (stepNo != step.number()) {
                    return RejectionCode.NOT_CURRENT_STEP;
                }
                if (op == Op.COMPLETE && step.kind() == StepKind.DECISION) {
                    return RejectionCode.DECISION_REQUIRED;
                }
                if (op == Op.DECIDE && step.kind() != StepKind.DECISION) {
                    return RejectionCode.NOT_A_DECISION;
                }
                return null;
            case SUSPEND:
                if (stepNo != step.number()) {
                    return RejectionCode.NOT_CURRENT_STEP;
                }
                if (suspended) {
                    return RejectionCode.INSTANCE_SUSPENDED;
                }
                return step.isPausable() ? null : RejectionCode.NOT_PAUSABLE;
            case RESUME:
                if (stepNo != step.number()) {
                    return RejectionCode.NOT_CURRENT_STEP;
                }
                return suspended ? null : RejectionCode.NOT_SUSPENDED;
            default:
                return stepNo != step.number() ? RejectionCode.NOT_CURRENT_STEP : null;
        }
    }

    /** The checks of complete and decide, with the actor's own authority; {@code step} is {@link #step()}. */
    private Verdict checkPart(Verdict v, Op op, Step step, int stepNo, Role role, Actor actor, Instant at) {
        RejectionCode c = gate(op, step, stepNo, at);
        if (c != null) {
            return v.refuse(c, null, null);
        }
        List<Assignment> parts = step.parts();
        if (role != null) {
            if (partIndex(step, role) < 0) {
                return v.refuse(RejectionCode.ROLE_NOT_IN_STEP, role, null);
            }
            return checkActorForPart(v, step, role, actor, at);
        }
        int allowed = 0;
        Role allowedRole = null;
        Delegation allowedDelegation = null;
        RejectionCode best = null;
        Role bestRole = null;
        Delegation bestDelegation = null;
        for (int i = 0; i < parts.size(); i++) {
            Role r = parts.get(i).role();
            checkActorForPart(v, step, r, actor, at);
            if (v.code == null) {
                if (allowed++ == 0) {
                    allowedRole = r;
                    allowedDelegation = v.delegation;
                }
            } else if (best == null || v.code.compareTo(best) > 0) {
                best = v.code;
                bestRole = r;
                bestDelegation = v.delegation;
            }
        }
        if (allowed == 1) {
            return v.allow(allowedRole, allowedDelegation);
        }
        if (allowed > 1) {
            return v.refuse(RejectionCode.AMBIGUOUS_PART, null, null);
        }
        // With a single part the refusal names its role; with several, the sentence lists them.
        return v.refuse(best, parts.size() == 1 || best != RejectionCode.ROLE_NOT_HELD ? bestRole : null,
                bestDelegation);
    }

    private Verdict checkActorForPart(Verdict v, Step step, Role role, Actor actor, Instant at) {
        Delegation d = null;
        if (!actor.holds(role)) {
            d = actor.validDelegation(role, at);
            if (d == null) {
                Delegation any = actor.anyDelegation(role);
                return v.refuse(any == null ? RejectionCode.ROLE_NOT_HELD : RejectionCode.DELEGATION_NOT_VALID, role,
                        any);
            }
        }
        RejectionCode c = checkDoing(step, role, actor.id(), d != null, at);
        return c == null ? v.allow(role, d) : v.refuse(c, role, d);
    }

    /** The checks of doing a part once the actor's authority is settled; shared with replay. */
    private RejectionCode checkDoing(Step step, Role role, String actorId, boolean acting, Instant at) {
        boolean separate = step.requiresSeparateActors();
        boolean sameActor = false;
        for (int i = visitStart + 1; i < size; i++) {
            Event e = events[i];
            if (isPart(e)) {
                Role done = e.role();
                if (done == role || done.equals(role)) {
                    return RejectionCode.PART_ALREADY_DONE;
                }
                sameActor |= separate && e.actorId().equals(actorId);
            }
        }
        if (acting && step.isDefinitiveOnly()) {
            return RejectionCode.DEFINITIVE_ONLY;
        }
        if (sameActor) {
            return RejectionCode.SAME_ACTOR;
        }
        return failingGuard(step, role, actorId, acting, at) == null ? null : RejectionCode.GUARD;
    }

    private Guard failingGuard(Step step, Role role, String actorId, boolean acting, Instant at) {
        List<Guard> guards = step.guards();
        if (guards.isEmpty()) {
            return null;
        }
        Map<Role, String> doneBy = new HashMap<>();
        for (int i = visitStart + 1; i < size; i++) {
            if (isPart(events[i])) {
                doneBy.put(events[i].role(), events[i].actorId());
            }
        }
        Guard.Attempt attempt = new Guard.Attempt(step, role, actorId, acting, at, doneBy);
        for (Guard g : guards) {
            if (!g.permits(attempt)) {
                return g;
            }
        }
        return null;
    }

    /** The checks of suspend, resume and cancel, with the actor's own authority; {@code step} is {@link #step()}. */
    private Verdict checkOther(Verdict v, Op op, Step step, Actor actor, Instant at) {
        RejectionCode c = gate(op, step, step.number(), at);
        if (c != null) {
            return v.refuse(c, null, null);
        }
        if (op != Op.CANCEL) {
            return resolve(v, step.parts(), actor, at);
        }
        List<Role> roles = definition.cancelRoles();
        for (Role r : roles) {
            if (actor.holds(r)) {
                return v.allow(r, null);
            }
        }
        for (Role r : roles) {
            Delegation d = actor.validDelegation(r, at);
            if (d != null) {
                return v.allow(r, d);
            }
        }
        for (Role r : roles) {
            Delegation d = actor.anyDelegation(r);
            if (d != null) {
                return v.refuse(RejectionCode.DELEGATION_NOT_VALID, r, d);
            }
        }
        return v.refuse(RejectionCode.CANCEL_NOT_ALLOWED, null, null);
    }

    /** The first part's role the actor holds, else the first they act for now: for start, suspend, resume. */
    private static Verdict resolve(Verdict v, List<Assignment> parts, Actor actor, Instant at) {
        for (Assignment p : parts) {
            if (actor.holds(p.role())) {
                return v.allow(p.role(), null);
            }
        }
        for (Assignment p : parts) {
            Delegation d = actor.validDelegation(p.role(), at);
            if (d != null) {
                return v.allow(p.role(), d);
            }
        }
        for (Assignment p : parts) {
            Delegation d = actor.anyDelegation(p.role());
            if (d != null) {
                return v.refuse(RejectionCode.DELEGATION_NOT_VALID, p.role(), d);
            }
        }
        return v.refuse(RejectionCode.ROLE_NOT_HELD, null, null);
    }

    private static int partIndex(Step step, Role role) {
        List<Assignment> parts = step.parts();
        for (int i = 0; i < parts.size(); i++) {
            Role r = parts.get(i).role();
            if (r == role || r.equals(role)) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------ sentences

    private Rejection explain(Verdict v, Op op, int stepNo, Role role, String who, String actorId, Instant at) {
        RejectionCode code = v.code;
        Step step = step();
        StringBuilder b = new StringBuilder(who).append(" may not ");
        switch (op) {
            case COMPLETE:
            case DECIDE:
                b.append(op == Op.COMPLETE ? "complete" : "decide").append(" step ").append(stepNo).append(" of case ")
                        .append(id());
                if (role != null) {
                    b.append(" as ").append(role.title());
                }
                break;
            default:
                b.append(op.name().toLowerCase(java.util.Locale.ROOT)).append(" case ").append(id());
                if (role != null && code != RejectionCode.DELEGATION_NOT_VALID) {
                    b.append(" as ").append(role.title());
                }
                break;
        }
        b.append(" at ").append(at).append(": ");
        Event last = events[size - 1];
        switch (code) {
            case INSTANCE_CLOSED:
                if (last instanceof Event.Cancelled) {
                    b.append("the case was cancelled at ").append(last.at()).append(" by ").append(who(last))
                            .append(" (\"").append(((Event.Cancelled) last).reason()).append("\")");
                } else {
                    b.append("the case was completed at ").append(last.at()).append(" (step ").append(step.number())
                            .append(", END, was reached)");
                }
                b.append("; nothing more can be done in it");
                break;
            case TIME_REVERSED:
                b.append("that is earlier than the case's last event (").append(kind(last)).append(" at ")
                        .append(last.at()).append("); give an instant at or after ").append(last.at());
                break;
            case INSTANCE_SUSPENDED:
                b.append("the case is suspended since ").append(last.at()).append(" (\"")
                        .append(((Event.Suspended) last).reason()).append("\"); resume it first");
                break;
            case NOT_CURRENT_STEP:
                if (definition.indexOf(stepNo) < 0) {
                    b.append("SOP ").append(definition.number()).append(" has no step ").append(stepNo).append("; ");
                }
                b.append("the current step is ").append(step.number()).append(" (").append(step.kind()).append(", \"")
                        .append(shortened(step.activity())).append("\")");
                break;
            case DECISION_REQUIRED:
                b.append("step ").append(stepNo).append(" is a decision: answer it with decide(").append(stepNo)
                        .append(", Answer.YES or Answer.NO, actor, at)");
                break;
            case NOT_A_DECISION:
                b.append("step ").append(stepNo).append(" is a ").append(step.kind())
                        .append(" step, not a decision: do its part with complete(").append(stepNo)
                        .append(", actor, at)");
                break;
            case ROLE_NOT_IN_STEP:
                b.append("step ").append(stepNo).append(" has no part for ").append(role.title())
                        .append("; its parts are ").append(titles(step.parts()));
                break;
            case ROLE_NOT_HELD:
                if (role != null) {
                    b.append("they neither hold ").append(role.title()).append(" nor act for it as Plt. or Plh.;")
                            .append(" give the part to a ").append(role.title())
                            .append(", or appoint an acting official with Actor.acting(...)");
                } else {
                    b.append("they hold none of the roles of step ").append(step.number()).append(" (")
                            .append(titles(step.parts())).append(") and act for none of them as Plt. or Plh.");
                }
                break;
            case DELEGATION_NOT_VALID:
                b.append(delegationReason(v.delegation, at));
                break;
            case PART_ALREADY_DONE: {
                Event done = doneEvent(role);
                b.append("the part of ").append(role.title()).append(" in this visit of step ").append(stepNo)
                        .append(" was already done by ").append(who(done)).append(" at ").append(done.at());
                break;
            }
            case DEFINITIVE_ONLY:
                b.append("step ").append(stepNo).append(" may only be done by definitive officials, and they act for ")
                        .append(role.title()).append(" as ").append(v.delegation.capacity().abbreviation())
                        .append(" only");
                break;
            case SAME_ACTOR: {
                Event other = doneBy(actorId);
                b.append("step ").append(stepNo).append(" needs a different person for each part (four eyes), and")
                        .append(" they already did the part of ").append(other.role().title()).append(" at ")
                        .append(other.at());
                break;
            }
            case GUARD:
                b.append("step ").append(stepNo).append(" requires \"")
                        .append(failingGuard(step, role, actorId, v.delegation != null, at).description())
                        .append("\", and this attempt does not meet it");
                break;
            case AMBIGUOUS_PART:
                b.append("they may do more than one part of step ").append(stepNo).append(" (")
                        .append(titles(step.parts())).append("): name the role with complete(").append(stepNo)
                        .append(", role, actor, at)");
                break;
            case NOT_PAUSABLE:
                b.append("its current step ").append(step.number())
                        .append(" is not pausable; only a step marked pausable() may wait");
                break;
            case NOT_SUSPENDED:
                b.append("the case is not suspended (it is ").append(status()).append(" at step ")
                        .append(step.number()).append(")");
                break;
            case CANCEL_NOT_ALLOWED:
                if (definition.cancelRoles().isEmpty()) {
                    b.append("SOP ").append(definition.number())
                            .append(" names no role that may cancel a case (SopBuilder.cancelledBy(...))");
                } else {
                    b.append("only ").append(roleTitles(definition.cancelRoles())).append(" may cancel cases of SOP ")
                            .append(definition.number()).append(", and they neither hold nor act for ")
                            .append(definition.cancelRoles().size() == 1 ? "that role" : "any of those roles");
                }
                break;
            default:
                throw new AssertionError(code);
        }
        return new Rejection(code, b.toString());
    }

    private static String delegationReason(Delegation d, Instant at) {
        return "their " + d.capacity().abbreviation() + " delegation for " + d.role().title() + " runs from " + d.from()
                + " until " + d.until() + (at.isBefore(d.from()) ? ", and has not begun" : ", and has ended");
    }

    private Event doneEvent(Role role) {
        for (int i = visitStart + 1; i < size; i++) {
            if (isPart(events[i]) && events[i].role().equals(role)) {
                return events[i];
            }
        }
        throw new AssertionError(role);
    }

    private Event doneBy(String actorId) {
        for (int i = visitStart + 1; i < size; i++) {
            if (isPart(events[i]) && events[i].actorId().equals(actorId)) {
                return events[i];
            }
        }
        throw new AssertionError(actorId);
    }

    private static String who(Event e) {
        return e.actor().toString();
    }

    private static String kind(Event e) {
        return e.getClass().getSimpleName();
    }

    private static String shortened(String s) {
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }

    private static String titles(List<Assignment> parts) {
        StringBuilder b = new StringBuilder();
        for (Assignment a : parts) {
            b.append(b.length() == 0 ? "" : ", ").append(a);
        }
        return b.toString();
    }

    private static String roleTitles(List<Role> roles) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < roles.size(); i++) {
            b.append(i == 0 ? "" : i == roles.size() - 1 ? " or " : ", ").append(roles.get(i).title());
        }
        return b.toString();
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
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(events, "events");
        Event[] all = events.toArray(new Event[0]);
        if (all.length == 0) {
            throw new InvalidEventLogException(0, "the event log is empty: a case's log starts with a Started event",
                    null);
        }
        Chain chain = new Chain();
        Digest previous = Digest.ZERO;
        SopInstance run = null;
        for (int i = 0; i < all.length; i++) {
            Event e = Objects.requireNonNull(all[i], "event");
            if ((i == 0) != (e instanceof Event.Started)) {
                throw bad(all, i, i == 0 ? "a case's log starts with a Started event; events are missing before it"
                        : "a Started event may only come first");
            }
            if (!chain.verify(previous, e)) {
                throw bad(all, i, "its digest " + e.digest() + " does not match its content chained over "
                        + (i == 0 ? "the start of the log" : "event " + i) + ": the event was altered, or events"
                        + " were removed, added or reordered before it");
            }
            run = i == 0 ? started(definition, all, (Event.Started) e) : run.recorded(all, e);
            previous = e.digest();
        }
        return run;
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
        Objects.requireNonNull(expectedLastDigest, "expectedLastDigest");
        SopInstance run = replay(definition, events);
        if (!run.lastDigest().equals(expectedLastDigest)) {
            int n = run.size;
            int match = -1;
            for (int i = 0; i < n; i++) {
                if (run.events[i].digest().equals(expectedLastDigest)) {
                    match = i;
                }
            }
            throw new InvalidEventLogException(n - 1, "the log ends with event " + n + " of " + n + " (" + kind(
                    run.events[n - 1]) + " at " + run.events[n - 1].at() + ") whose digest is " + run.lastDigest()
                    + ", but the stored last digest is " + expectedLastDigest + (match >= 0
                            ? ", which is that of event " + (match + 1) + ": the log has events after the stored end"
                            : ": events are missing from its end, or it is not the stored log"), null);
        }
        return run;
    }

    private static InvalidEventLogException bad(Event[] all, int i, String reason) {
        return bad(all, i, reason, null);
    }

    private static InvalidEventLogException bad(Event[] all, int i, String reason, Rejection rejection) {
        Event e = all[i];
        return new InvalidEventLogException(i, "event " + (i + 1) + " of " + all.length + " (" + kind(e) + ", step "
                + e.step() + ", " + who(e) + " as " + e.signedAs() + " at " + e.at() + ") is refused: " + reason,
                rejection);
    }

    private static SopInstance started(SopDefinition definition, Event[] all, Event.Started e) {
        Step start = definition.startStep();
        if (!e.sop().equals(definition.number())) {
            throw bad(all, 0, "it starts a case of SOP " + e.sop() + ", not of SOP " + definition.number());
        }
        if (e.revision().isPresent() && !e.revision().get().fingerprint().equals(definition.fingerprint())) {
            Revision began = e.revision().get();
            Revision given = definition.revision();
            throw bad(all, 0, "case " + e.instanceId() + " began on " + describe(began) + ", and this definition is "
                    + describe(given) + ", another revision: replay a case against the revision it began on");
        }
        if (e.step() != start.number()) {
            throw bad(all, 0, "the START step of SOP " + definition.number() + " is step " + start.number());
        }
        if (partIndex(start, e.role()) < 0) {
            throw bad(all, 0, "the START step " + start.number() + " has no part for " + e.role().title()
                    + "; its parts are " + titles(start.parts()));
        }
        if (e.delegation().isPresent() && !e.delegation().get().isValidAt(e.at())) {
            throw bad(all, 0, delegationReason(e.delegation().get(), e.at()));
        }
        return new SopInstance(definition, all, 1, definition.indexOf(start.number()), 0);
    }

    private static String describe(Revision r) {
        return "SOP " + r.number() + " " + r.revised().map(d -> "of Tanggal Revisi " + d).orElse("without Tanggal Revisi")
                + " (fingerprint " + r.fingerprint() + ")";
    }

    /** The successor once the recorded event {@code all[size]} passes the commands' checks. */
    private SopInstance recorded(Event[] all, Event e) {
        Op op;
        if (e instanceof Event.PartCompleted) {
            op = Op.COMPLETE;
        } else if (e instanceof Event.Decided) {
            op = Op.DECIDE;
        } else if (e instanceof Event.Suspended) {
            op = Op.SUSPEND;
        } else if (e instanceof Event.Resumed) {
            op = Op.RESUME;
        } else {
            op = Op.CANCEL;
        }
        Delegation d = e.delegation().orElse(null);
        Instant at = e.at();
        Step step = step();
        RejectionCode c = gate(op, step, e.step(), at);
        if (c == null) {
            if (op == Op.CANCEL) {
                if (!definition.cancelRoles().contains(e.role())) {
                    c = RejectionCode.CANCEL_NOT_ALLOWED;
                }
            } else if (partIndex(step, e.role()) < 0) {
                c = RejectionCode.ROLE_NOT_IN_STEP;
            }
        }
        if (c == null && d != null && !d.isValidAt(at)) {
            c = RejectionCode.DELEGATION_NOT_VALID;
        }
        if (c == null && (op == Op.COMPLETE || op == Op.DECIDE)) {
            c = checkDoing(step, e.role(), e.actorId(), d != null, at);
        }
        if (c != null) {
            Verdict v = new Verdict().refuse(c, e.role(), d);
            Rejection r = explain(v, op, e.step(), e.role(), who(e), e.actorId(), at);
            throw bad(all, size, r.message(), r);
        }
        if (op == Op.COMPLETE || op == Op.DECIDE) {
            return afterPart(step, all, op == Op.DECIDE ? ((Event.Decided) e).answer() : null);
        }
        return new SopInstance(definition, all, size + 1, current, visitStart);
    }

    // -------------------------------------------------------------------------------------- queries

    /** Returns the SOP this case runs. */
    public SopDefinition definition() {
        return definition;
    }

    /** Returns the case's id, as given to {@link #start(SopDefinition, String, Actor, Instant)}. */
    public String id() {
        return ((Event.Started) events[0]).instanceId();
    }

    /** Returns where the case stands: ACTIVE, SUSPENDED, COMPLETED or CANCELLED. */
    public InstanceStatus status() {
        Event last = events[size - 1];
        if (last instanceof Event.Cancelled) {
            return InstanceStatus.CANCELLED;
        }
        if (last instanceof Event.Suspended) {
            return InstanceStatus.SUSPENDED;
        }
        return step().kind() == StepKind.END ? InstanceStatus.COMPLETED : InstanceStatus.ACTIVE;
    }

    private boolean isOpen() {
        return !(events[size - 1] instanceof Event.Cancelled) && step().kind() != StepKind.END;
    }

    private Step step() {
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
        for (int i = visitStart + 1; i < size; i++) {
            if (isPart(events[i]) && events[i].role().equals(role)) {
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
        return new EventList(digested(), size);
    }

    /** Returns the latest event. */
    public Event lastEvent() {
        return digested()[size - 1];
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
    private Event[] digested() {
        Event[] all = events;
        if (all[size - 1].digest().isKnown()) {
            return all;
        }
        int first = size - 1;
        while (first > 0 && !all[first - 1].digest().isKnown()) {
            first--;
        }
        Chain chain = new Chain();
        Digest previous = first == 0 ? Digest.ZERO : all[first - 1].digest();
        for (int i = first; i < size; i++) {
            chain.fill(previous, all[i]);
            previous = all[i].digest();
        }
        return all;
    }

    /** Returns the instant the case was completed or cancelled; empty while it is open. */
    public Optional<Instant> closedAt() {
        return isOpen() ? Optional.empty() : Optional.of(events[size - 1].at());
    }

    /**
     * Returns the visits so far, in order: for each step that became current, when it did, when its
     * last part was done, who did its parts, and the spans the case was suspended in it. Computed from
     * the events in one pass.
     *
     * @return the visits, the current one last
     */
    public List<Visit> visits() {
        Event[] events = digested();
        List<Visit> out = new ArrayList<>();
        int[] count = new int[definition.steps().size()];
        Step step = null;
        Instant activated = null;
        List<Event> parts = new ArrayList<>(2);
        Answer answer = null;
        List<Visit.Suspension> suspensions = new ArrayList<>(0);
        Event suspendedBy = null;
        for (int i = 0; i < size; i++) {
            Event e = events[i];
            if (e instanceof Event.Started) {
                step = definition.startStep();
                activated = e.at();
            } else if (isPart(e)) {
                parts.add(e);
                if (e instanceof Event.Decided d) {
                    answer = d.answer();
                }
                if (parts.size() == step.parts().size()) {
                    out.add(new Visit(step.number(), ++count[definition.indexOf(step.number())], activated,
                            Optional.of(e.at()), parts, Optional.ofNullable(answer), suspensions));
                    int target = step.kind() == StepKind.DECISION
                            ? (answer == Answer.YES ? step.ifYes() : step.ifNo()).getAsInt()
                            : step.next().getAsInt();
                    step = definition.step(target);
                    activated = e.at();
                    parts.clear();
                    answer = null;
                    suspensions.clear();
                    if (step.kind() == StepKind.END) {
                        out.add(new Visit(target, ++count[definition.indexOf(target)], activated,
                                Optional.of(activated), List.of(), Optional.empty(), List.of()));
                        return List.copyOf(out);
                    }
                }
            } else if (e instanceof Event.Suspended) {
                suspendedBy = e;
            } else if (suspendedBy != null) {
                suspensions.add(new Visit.Suspension(suspendedBy.at(), Optional.of(e.at()),
                        ((Event.Suspended) suspendedBy).reason()));
                suspendedBy = null;
            }
        }
        if (suspendedBy != null) {
            suspensions.add(new Visit.Suspension(suspendedBy.at(), Optional.empty(),
                    ((Event.Suspended) suspendedBy).reason()));
        }
        out.add(new Visit(step.number(), ++count[definition.indexOf(step.number())], activated, Optional.empty(), parts,
                Optional.ofNullable(answer), suspensions));
        return List.copyOf(out);
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
        List<Action> actions = new ArrayList<>();
        List<AllowedActions.Refusal> refusals = new ArrayList<>();
        Step step = step();
        Verdict v = new Verdict();
        if (step.kind() != StepKind.END) {
            boolean decision = step.kind() == StepKind.DECISION;
            Op op = decision ? Op.DECIDE : Op.COMPLETE;
            Action.Kind kind = decision ? Action.Kind.DECIDE : Action.Kind.COMPLETE;
            for (Assignment p : step.parts()) {
                // decide names no role: ask as the command does, so that the sentence is the same
                Role named = decision ? null : p.role();
                checkPart(v, op, step, step.number(), named, actor, at);
                if (v.code == null) {
                    actions.add(new Action(kind, step.number(), p.role(), capacity(v.delegation)));
                } else {
                    refusals.add(new AllowedActions.Refusal(kind, step.number(), Optional.of(p.role()),
                            explain(v, op, step.number(), named != null ? named : v.role, actor.toString(), actor.id(),
                                    at)));
                }
            }
        }
        Op[] others = {Op.SUSPEND, Op.RESUME, Op.CANCEL};
        Action.Kind[] kinds = {Action.Kind.SUSPEND, Action.Kind.RESUME, Action.Kind.CANCEL};
        for (int k = 0; k < others.length; k++) {
            checkOther(v, others[k], step, actor, at);
            if (v.code == null) {
                actions.add(new Action(kinds[k], step.number(), v.role, capacity(v.delegation)));
            } else {
                refusals.add(new AllowedActions.Refusal(kinds[k], step.number(), Optional.ofNullable(v.role),
                        explain(v, others[k], step.number(), v.role, actor.toString(), actor.id(), at)));
            }
        }
        return new AllowedActions(actor.id(), at, actions, refusals);
    }

    private static Capacity capacity(Delegation d) {
        return d == null ? Capacity.DEFINITIVE : d.capacity();
    }

    /** Two cases are equal when they run equal definitions and have equal events. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SopInstance)) {
            return false;
        }
        SopInstance x = (SopInstance) o;
        return x.size == size && Arrays.equals(x.digested(), 0, x.size, digested(), 0, size)
                && (x.definition == definition || x.definition.equals(definition));
    }

    @Override
    public int hashCode() {
        Event[] events = digested();
        int h = 1;
        for (int i = 0; i < size; i++) {
            h = 31 * h + events[i].hashCode();
        }
        return h;
    }

    /** Returns a summary such as {@code case 2026/001 of SOP V. 4.: ACTIVE at step 2, pending [Kepala Dinas: Proses], 4 events}. */
    @Override
    public String toString() {
        return "case " + id() + " of SOP " + definition.number() + ": " + status() + " at step " + step().number()
                + (isOpen() ? ", pending " + pendingParts() : "") + ", " + size + (size == 1 ? " event" : " events");
    }

    /** An unmodifiable view of the first {@code size} events. */
    private static final class EventList extends AbstractList<Event> implements RandomAccess {
        private final Event[] events;
        private final int size;

        EventList(Event[] events, int size) {
            this.events = events;
            this.size = size;
        }

        @Override
        public Event get(int index) {
            Objects.checkIndex(index, size);
            return events[index];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(events, size, Object[].class);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] a) {
            if (a.length < size) {
                return (T[]) Arrays.copyOf(events, size, a.getClass());
            }
            System.arraycopy(events, 0, a, 0, size);
            if (a.length > size) {
                a[size] = null;
            }
            return a;
        }
    }
}
