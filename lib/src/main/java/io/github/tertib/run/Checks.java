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
        Entry last = run.lastEntry();
        if (last.kind() == Entry.CANCELLED || step.kind() == StepKind.END) {
            return RejectionCode.INSTANCE_CLOSED;
        }
        if (last.isAfter(at)) {
            return RejectionCode.TIME_REVERSED;
        }
        boolean suspended = last.kind() == Entry.SUSPENDED;
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

    // The outcome of the checks of a part in one long, so that an accepted command allocates no
    // verdict: bits 0-7 the refusal (0 when allowed, else the code's ordinal + 1), bits 8-31 the part
    // (its index in the step's parts + 1; 0 when no role is settled), bits 32-62 the delegation (its
    // index among the actor's + 1; 0 when they act as definitive holder or none is named).
    private static final RejectionCode[] CODES = RejectionCode.values();

    private static long outcome(RejectionCode code, int part, int delegation) {
        return (code == null ? 0 : code.ordinal() + 1) | (long) (part + 1) << 8 | (long) (delegation + 1) << 32;
    }

    /** Whether the outcome of {@link #part} allows the command. */
    static boolean allowed(long outcome) {
        return (outcome & 0xff) == 0;
    }

    /** The role of the outcome of {@link #part} on the step, or null. */
    static Role role(long outcome, Step step) {
        int p = (int) (outcome >>> 8 & 0xff_ffff) - 1;
        return p < 0 ? null : step.parts().get(p).role();
    }

    /** The delegation of the outcome of {@link #part} for the actor, or null. */
    static Delegation delegation(long outcome, Actor actor) {
        int d = (int) (outcome >>> 32) - 1;
        return d < 0 ? null : actor.delegation(d);
    }

    /** The outcome of {@link #part} as a verdict: for refusals and {@link SopInstance#allowedActions}. */
    static Verdict verdict(long outcome, Step step, Actor actor) {
        int c = (int) (outcome & 0xff);
        return new Verdict(c == 0 ? null : CODES[c - 1], role(outcome, step), delegation(outcome, actor));
    }

    /**
     * The checks of complete and decide, with the actor's own authority; {@code step} is the current one.
     * Returns the outcome encoded as above: read it with {@link #allowed}, {@link #role}, {@link #delegation}
     * or {@link #verdict}.
     */
    static long part(SopInstance run, Op op, Step step, int stepNo, Role role, Actor actor, Instant at) {
        RejectionCode c = gate(run, op, step, stepNo, at);
        if (c != null) {
            return outcome(c, -1, -1);
        }
        List<Assignment> parts = step.parts();
        if (role != null) {
            int p = partIndex(step, role);
            if (p < 0) {
                return outcome(RejectionCode.ROLE_NOT_IN_STEP, -1, -1);
            }
            return actorForPart(run, step, p, actor, at);
        }
        // The loop keeps the first allowed part and the strongest refusal.
        int allowed = 0;
        int allowedPart = -1;
        int allowedDelegation = -1;
        RejectionCode best = null;
        int bestPart = -1;
        int bestDelegation = -1;
        for (int i = 0; i < parts.size(); i++) {
            Role r = parts.get(i).role();
            int d = -1;
            RejectionCode refusal;
            if (actor.holds(r, at)) {
                refusal = doing(run, step, r, actor.id(), Capacity.DEFINITIVE, at);
            } else if ((d = actor.validDelegationIndex(r, at)) >= 0) {
                refusal = doing(run, step, r, actor.id(), actor.delegation(d).capacity(), at);
            } else {
                d = actor.anyDelegationIndex(r);
                refusal = d < 0 ? RejectionCode.ROLE_NOT_HELD : RejectionCode.DELEGATION_NOT_VALID;
            }
            if (refusal == null) {
                if (allowed++ == 0) {
                    allowedPart = i;
                    allowedDelegation = d;
                }
            } else if (best == null || refusal.compareTo(best) > 0) {
                best = refusal;
                bestPart = i;
                bestDelegation = d;
            }
        }
        if (allowed == 1) {
            return outcome(null, allowedPart, allowedDelegation);
        }
        if (allowed > 1) {
            return outcome(RejectionCode.AMBIGUOUS_PART, -1, -1);
        }
        // With a single part the refusal names its role; with several, the sentence lists them.
        return outcome(best, parts.size() == 1 || best != RejectionCode.ROLE_NOT_HELD ? bestPart : -1,
                bestDelegation);
    }

    private static long actorForPart(SopInstance run, Step step, int part, Actor actor, Instant at) {
        Role role = step.parts().get(part).role();
        int d = -1;
        if (!actor.holds(role, at)) {
            d = actor.validDelegationIndex(role, at);
            if (d < 0) {
                int any = actor.anyDelegationIndex(role);
                return outcome(any < 0 ? RejectionCode.ROLE_NOT_HELD : RejectionCode.DELEGATION_NOT_VALID, part, any);
            }
        }
        RejectionCode c = doing(run, step, role, actor.id(),
                d < 0 ? Capacity.DEFINITIVE : actor.delegation(d).capacity(), at);
        return outcome(c, part, d);
    }

    /** The checks of doing a part once the actor's authority is settled; shared with replay. */
    static RejectionCode doing(SopInstance run, Step step, Role role, String actorId, Capacity capacity,
            Instant at) {
        boolean separate = step.requiresSeparateActors();
        boolean sameActor = false;
        for (int i = run.nextPart(-1); i >= 0; i = run.nextPart(i)) {
            Entry e = run.entry(i);
            if (Actor.sameRole(e.role, role)) {
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
            doneBy.put(run.entry(i).role, run.entry(i).actorId());
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
