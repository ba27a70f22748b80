package io.github.tertib.run;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Guard;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a case's commands, shared by the commands, {@link SopInstance#allowedActions} and
 * replay. Each answers an immutable {@link Verdict} or a {@link RejectionCode}; none changes anything.
 */
final class Checks {

    private Checks() {
    }

    /** The checks of the case and the step, before any check of the actor; {@code step} is the current one. */
    static RejectionCode gate(SopInstance run, Op op, Step step, int stepNo, Instant at) {
        Event last = run.last();
        if (last instanceof Event.Cancelled || step.kind() == StepKind.END) {
            return RejectionCode.INSTANCE_CLOSED;
        }
        if (at.isBefore(last.at())) {
            return RejectionCode.TIME_REVERSED;
        }
        boolean suspended = last instanceof Event.Suspended;
        boolean current = stepNo == step.number();
        return switch (op) {
            case COMPLETE -> suspended ? RejectionCode.INSTANCE_SUSPENDED
                    : !current ? RejectionCode.NOT_CURRENT_STEP
                    : step.kind() == StepKind.DECISION ? RejectionCode.DECISION_REQUIRED : null;
            case DECIDE -> suspended ? RejectionCode.INSTANCE_SUSPENDED
                    : !current ? RejectionCode.NOT_CURRENT_STEP
                    : step.kind() != StepKind.DECISION ? RejectionCode.NOT_A_DECISION : null;
            case SUSPEND -> !current ? RejectionCode.NOT_CURRENT_STEP
                    : suspended ? RejectionCode.INSTANCE_SUSPENDED
                    : step.isPausable() ? null : RejectionCode.NOT_PAUSABLE;
            case RESUME -> !current ? RejectionCode.NOT_CURRENT_STEP
                    : suspended ? null : RejectionCode.NOT_SUSPENDED;
            case CANCEL -> !current ? RejectionCode.NOT_CURRENT_STEP : null;
        };
    }

    /** The checks of complete and decide, with the actor's own authority; {@code step} is the current one. */
    static Verdict part(SopInstance run, Op op, Step step, int stepNo, Role role, Actor actor, Instant at) {
        RejectionCode c = gate(run, op, step, stepNo, at);
        if (c != null) {
            return Verdict.refuse(c, null, null);
        }
        List<Assignment> parts = step.parts();
        if (role != null) {
            if (partIndex(step, role) < 0) {
                return Verdict.refuse(RejectionCode.ROLE_NOT_IN_STEP, role, null);
            }
            return actorForPart(run, step, parts.get(partIndex(step, role)).role(), actor, at);
        }
        // Only the verdict returned is made: the loop keeps the first allowed part and the strongest refusal.
        int allowed = 0;
        Role allowedRole = null;
        Delegation allowedDelegation = null;
        RejectionCode best = null;
        Role bestRole = null;
        Delegation bestDelegation = null;
        for (int i = 0; i < parts.size(); i++) {
            Role r = parts.get(i).role();
            Delegation d = null;
            RejectionCode refusal;
            if (actor.holds(r, at)) {
                refusal = doing(run, step, r, actor.id(), Capacity.DEFINITIVE, at);
            } else if ((d = actor.validDelegation(r, at)) != null) {
                refusal = doing(run, step, r, actor.id(), d.capacity(), at);
            } else {
                d = actor.anyDelegation(r);
                refusal = d == null ? RejectionCode.ROLE_NOT_HELD : RejectionCode.DELEGATION_NOT_VALID;
            }
            if (refusal == null) {
                if (allowed++ == 0) {
                    allowedRole = r;
                    allowedDelegation = d;
                }
            } else if (best == null || refusal.compareTo(best) > 0) {
                best = refusal;
                bestRole = r;
                bestDelegation = d;
            }
        }
        if (allowed == 1) {
            return Verdict.allow(allowedRole, allowedDelegation);
        }
        if (allowed > 1) {
            return Verdict.refuse(RejectionCode.AMBIGUOUS_PART, null, null);
        }
        // With a single part the refusal names its role; with several, the sentence lists them.
        return Verdict.refuse(best, parts.size() == 1 || best != RejectionCode.ROLE_NOT_HELD ? bestRole : null,
                bestDelegation);
    }

    private static Verdict actorForPart(SopInstance run, Step step, Role role, Actor actor, Instant at) {
        Delegation d = null;
        if (!actor.holds(role, at)) {
            d = actor.validDelegation(role, at);
            if (d == null) {
                Delegation any = actor.anyDelegation(role);
                return Verdict.refuse(any == null ? RejectionCode.ROLE_NOT_HELD : RejectionCode.DELEGATION_NOT_VALID,
                        role, any);
            }
        }
        RejectionCode c = doing(run, step, role, actor.id(), d == null ? Capacity.DEFINITIVE : d.capacity(), at);
        return c == null ? Verdict.allow(role, d) : Verdict.refuse(c, role, d);
    }

    /** The checks of doing a part once the actor's authority is settled; shared with replay. */
    static RejectionCode doing(SopInstance run, Step step, Role role, String actorId, Capacity capacity,
            Instant at) {
        boolean separate = step.requiresSeparateActors();
        boolean sameActor = false;
        for (int i = run.nextPart(-1); i >= 0; i = run.nextPart(i)) {
            Event e = run.event(i);
            if (Actor.sameRole(e.role(), role)) {
                return RejectionCode.PART_ALREADY_DONE;
            }
            sameActor |= separate && e.actorId().equals(actorId);
        }
        if (capacity.isActing() && step.isDefinitiveOnly()) {
            return RejectionCode.DEFINITIVE_ONLY;
        }
        if (sameActor) {
            return RejectionCode.SAME_ACTOR;
        }
        return failingGuard(run, step, role, actorId, capacity, at) == null ? null : RejectionCode.GUARD;
    }

    /** The first custom guard of the step the attempt fails, or null. */
    static Guard failingGuard(SopInstance run, Step step, Role role, String actorId, Capacity capacity,
            Instant at) {
        List<Guard> guards = step.guards();
        if (guards.isEmpty()) {
            return null;
        }
        Map<Role, String> doneBy = new HashMap<>();
        for (int i = run.nextPart(-1); i >= 0; i = run.nextPart(i)) {
            doneBy.put(run.event(i).role(), run.event(i).actorId());
        }
        Guard.Attempt attempt = new Guard.Attempt(step, role, actorId, capacity, at, doneBy);
        for (Guard g : guards) {
            if (!g.permits(attempt)) {
                return g;
            }
        }
        return null;
    }

    /** The checks of suspend, resume and cancel, with the actor's own authority; {@code step} is the current one. */
    static Verdict other(SopInstance run, Op op, Step step, Actor actor, Instant at) {
        RejectionCode c = gate(run, op, step, step.number(), at);
        if (c != null) {
            return Verdict.refuse(c, null, null);
        }
        return op == Op.CANCEL ? authority(run.definition().cancelRoles(), actor, at, RejectionCode.CANCEL_NOT_ALLOWED)
                : authority(step.roles(), actor, at, RejectionCode.ROLE_NOT_HELD);
    }

    /**
     * The first of the roles the actor holds, else the first they act for now; else a refusal: the first
     * delegation that is not valid now, or {@code none}. For start, suspend, resume and cancel.
     */
    static Verdict authority(List<Role> roles, Actor actor, Instant at, RejectionCode none) {
        for (Role r : roles) {
            if (actor.holds(r, at)) {
                return Verdict.allow(r, null);
            }
        }
        for (Role r : roles) {
            Delegation d = actor.validDelegation(r, at);
            if (d != null) {
                return Verdict.allow(r, d);
            }
        }
        for (Role r : roles) {
            Delegation d = actor.anyDelegation(r);
            if (d != null) {
                return Verdict.refuse(RejectionCode.DELEGATION_NOT_VALID, r, d);
            }
        }
        return Verdict.refuse(none, null, null);
    }

    /** Whether the roles include the role, matched on its id. */
    static boolean names(List<Role> roles, Role role) {
        for (Role r : roles) {
            if (Actor.sameRole(r, role)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the step's part for the role (matched on its id), or -1. */
    static int partIndex(Step step, Role role) {
        List<Assignment> parts = step.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (Actor.sameRole(parts.get(i).role(), role)) {
                return i;
            }
        }
        return -1;
    }
}
