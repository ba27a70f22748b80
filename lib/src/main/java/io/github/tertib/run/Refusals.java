package io.github.tertib.run;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The sentences of refusals: each names the actor, the command, the value and, where it helps, the fix. */
final class Refusals {

    private Refusals() {
    }

    /** The refusal of a command on {@code run} that the checks gave {@code v}; {@code role} is the one to name. */
    static Rejection explain(SopInstance run, Verdict v, Op op, int stepNo, Role role, String who, String actorId,
            Instant at) {
        RejectionCode code = v.code();
        Step step = run.currentStep();
        SopDefinition definition = run.definition();
        StringBuilder b = new StringBuilder(who).append(" may not ");
        switch (op) {
            case COMPLETE, DECIDE -> {
                b.append(op == Op.COMPLETE ? "complete" : "decide").append(" step ").append(stepNo)
                        .append(" of case ").append(run.id());
                if (role != null) {
                    b.append(" as ").append(role.title());
                }
            }
            case SUSPEND, RESUME, CANCEL -> {
                b.append(op.name().toLowerCase(Locale.ROOT)).append(" case ").append(run.id());
                if (role != null && code != RejectionCode.DELEGATION_NOT_VALID) {
                    b.append(" as ").append(role.title());
                }
            }
        }
        b.append(" at ").append(at).append(": ");
        Event last = run.last();
        switch (code) {
            case INSTANCE_CLOSED -> {
                if (last instanceof Event.Cancelled c) {
                    b.append("the case was cancelled at ").append(last.at()).append(" by ").append(who(last))
                            .append(" (\"").append(c.reason()).append("\")");
                } else {
                    b.append("the case was completed at ").append(last.at()).append(" (step ").append(step.number())
                            .append(", END, was reached)");
                }
                b.append("; nothing more can be done in it");
            }
            case TIME_REVERSED -> b.append("that is earlier than the case's last event (").append(kind(last))
                    .append(" at ").append(last.at()).append("); give an instant at or after ").append(last.at());
            case INSTANCE_SUSPENDED -> b.append("the case is suspended since ").append(last.at()).append(" (\"")
                    .append(((Event.Suspended) last).reason()).append("\"); resume it first");
            case NOT_CURRENT_STEP -> {
                if (definition.indexOf(stepNo) < 0) {
                    b.append("SOP ").append(definition.number()).append(" has no step ").append(stepNo).append("; ");
                }
                b.append("the current step is ").append(step.number()).append(" (").append(step.kind()).append(", \"")
                        .append(shortened(step.activity())).append("\")");
            }
            case DECISION_REQUIRED -> b.append("step ").append(stepNo).append(" is a decision: answer it with decide(")
                    .append(stepNo).append(", Answer.YES or Answer.NO, actor, at)");
            case NOT_A_DECISION -> b.append("step ").append(stepNo).append(" is a ").append(step.kind())
                    .append(" step, not a decision: do its part with complete(").append(stepNo).append(", actor, at)");
            case ROLE_NOT_IN_STEP -> b.append("step ").append(stepNo).append(" has no part for ").append(role.title())
                    .append("; its parts are ").append(titles(step.parts()));
            case ROLE_NOT_HELD -> {
                if (role != null) {
                    b.append("they neither hold ").append(role.title()).append(" nor act for it as Plt. or Plh.;")
                            .append(" give the part to a ").append(role.title())
                            .append(", or appoint an acting official with Actor.acting(...)");
                } else {
                    b.append("they hold none of the roles of step ").append(step.number()).append(" (")
                            .append(titles(step.parts())).append(") and act for none of them as Plt. or Plh.");
                }
            }
            case DELEGATION_NOT_VALID -> b.append(delegationReason(v.delegation(), at));
            case PART_ALREADY_DONE -> {
                Event done = run.event(donePart(run, role, null));
                b.append("the part of ").append(role.title()).append(" in this visit of step ").append(stepNo)
                        .append(" was already done by ").append(who(done)).append(" at ").append(done.at());
            }
            case DEFINITIVE_ONLY -> b.append("step ").append(stepNo)
                    .append(" may only be done by definitive officials, and they act for ").append(role.title())
                    .append(" as ").append(v.capacity().abbreviation()).append(" only");
            case SAME_ACTOR -> {
                Event other = run.event(donePart(run, null, actorId));
                b.append("step ").append(stepNo).append(" needs a different person for each part (four eyes), and")
                        .append(" they already did the part of ").append(other.role().title()).append(" at ")
                        .append(other.at());
            }
            case GUARD -> b.append("step ").append(stepNo).append(" requires \"")
                    .append(Checks.failingGuard(run, step, role, actorId, v.capacity(), at).description())
                    .append("\", and this attempt does not meet it");
            case AMBIGUOUS_PART -> b.append("they may do more than one part of step ").append(stepNo).append(" (")
                    .append(titles(step.parts())).append("): name the role with complete(").append(stepNo)
                    .append(", role, actor, at)");
            case NOT_PAUSABLE -> b.append("its current step ").append(step.number())
                    .append(" is not pausable; only a step marked pausable() may wait");
            case NOT_SUSPENDED -> b.append("the case is not suspended (it is ").append(run.status())
                    .append(" at step ").append(step.number()).append(")");
            case CANCEL_NOT_ALLOWED -> {
                if (definition.cancelRoles().isEmpty()) {
                    b.append("SOP ").append(definition.number())
                            .append(" names no role that may cancel a case (SopBuilder.cancelledBy(...))");
                } else {
                    b.append("only ").append(roleTitles(definition.cancelRoles())).append(" may cancel cases of SOP ")
                            .append(definition.number()).append(", and they neither hold nor act for ")
                            .append(definition.cancelRoles().size() == 1 ? "that role" : "any of those roles");
                }
            }
        }
        return new Rejection(code, b.toString());
    }

    /** The refusal to start a case: the actor may act for no part of the START step. */
    static Rejection start(SopDefinition definition, String id, Actor actor, Instant at, Verdict v) {
        Step start = definition.startStep();
        String reason = v.code() == RejectionCode.ROLE_NOT_HELD
                ? "they hold none of the roles of the START step " + start.number() + " (" + titles(start.parts())
                        + ") and act for none of them as Plt. or Plh."
                : delegationReason(v.delegation(), at);
        return new Rejection(v.code(), actor + " may not start case " + id + " of SOP " + definition.number() + " at "
                + at + ": " + reason);
    }

    /** The index of the first part done in this visit for the role (if given) or by the actor (if given). */
    private static int donePart(SopInstance run, Role role, String actorId) {
        for (int i = run.nextPart(-1); i >= 0; i = run.nextPart(i)) {
            Event e = run.event(i);
            if (role != null ? Actor.sameRole(e.role(), role) : e.actorId().equals(actorId)) {
                return i;
            }
        }
        throw new AssertionError(role + " " + actorId);
    }

    static String delegationReason(Delegation d, Instant at) {
        return "their " + d.capacity().abbreviation() + " delegation for " + d.role().title() + " runs from " + d.from()
                + " until " + d.until() + (at.isBefore(d.from()) ? ", and has not begun" : ", and has ended");
    }

    static String who(Event e) {
        return e.actor().toString();
    }

    static String kind(Event e) {
        return e.getClass().getSimpleName();
    }

    private static String shortened(String s) {
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }

    static String titles(List<Assignment> parts) {
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
}
