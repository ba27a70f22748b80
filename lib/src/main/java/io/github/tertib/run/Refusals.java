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

    /**
     * The refusal of a command by {@code actor}, as {@link #explain(SopInstance, Verdict, Op, int, Role, String,
     * String, Instant)} says it, and for a person whose roster appointment to the role is not in force, what
     * the roster says of it.
     */
    static Rejection explain(SopInstance run, Verdict v, Op op, int stepNo, Role role, Actor actor, Instant at) {
        String tenure = null;
        if (v.code() == RejectionCode.ROLE_NOT_HELD) {
            // without a named role, the first of the step's roles the roster ever gave them
            for (Role r : role != null ? List.of(role) : run.currentStep().roles()) {
                tenure = tenure != null ? tenure : actor.appointmentReason(r, at);
            }
        }
        return explain(run, v, op, stepNo, role, actor.toString(), actor.id(), at, tenure);
    }

    /** The refusal of a command on {@code run} that the checks gave {@code v}; {@code role} is the one to name. */
    static Rejection explain(SopInstance run, Verdict v, Op op, int stepNo, Role role, String who, String actorId,
            Instant at) {
        return explain(run, v, op, stepNo, role, who, actorId, at, null);
    }

    private static Rejection explain(SopInstance run, Verdict v, Op op, int stepNo, Role role, String who,
            String actorId, Instant at, String tenure) {
        RejectionCode code = v.code();
        String what = switch (op) {
            case COMPLETE, DECIDE -> (op == Op.COMPLETE ? "complete" : "decide") + " step " + stepNo + " of case "
                    + run.id() + (role != null ? " as " + role.title() : "");
            case SUSPEND, RESUME, CANCEL -> op.name().toLowerCase(Locale.ROOT) + " case " + run.id()
                    + (role != null && code != RejectionCode.DELEGATION_NOT_VALID ? " as " + role.title() : "");
        };
        StringBuilder b = new StringBuilder(who).append(" may not ").append(what).append(" at ").append(at)
                .append(": ");
        return new Rejection(code, b.append(tenure != null ? tenure : reason(run, v, stepNo, role, actorId, at))
                .toString());
    }

    /** Why the command is refused: the part of the sentence after the colon. */
    private static String reason(SopInstance run, Verdict v, int stepNo, Role role, String actorId, Instant at) {
        Step step = run.currentStep();
        SopDefinition definition = run.definition();
        Event last = run.last();
        return switch (v.code()) {
            case INSTANCE_CLOSED -> (last instanceof Event.Cancelled c
                    ? "the case was cancelled at " + last.at() + " by " + who(last) + " (\"" + c.reason() + "\")"
                    : "the case was completed at " + last.at() + " (step " + step.number() + ", END, was reached)")
                    + "; nothing more can be done in it";
            case TIME_REVERSED -> "that is earlier than the case's last event (" + kind(last) + " at " + last.at()
                    + "); give an instant at or after " + last.at();
            case INSTANCE_SUSPENDED -> "the case is suspended since " + last.at() + " (\""
                    + ((Event.Suspended) last).reason() + "\"); resume it first";
            case NOT_CURRENT_STEP -> (definition.indexOf(stepNo) < 0
                    ? "SOP " + definition.number() + " has no step " + stepNo + "; " : "")
                    + "the current step is " + step.number() + " (" + step.kind() + ", \""
                    + shortened(step.activity()) + "\")";
            case DECISION_REQUIRED -> "step " + stepNo + " is a decision: answer it with decide(" + stepNo
                    + ", Answer.YES or Answer.NO, actor, at)";
            case NOT_A_DECISION -> "step " + stepNo + " is a " + step.kind()
                    + " step, not a decision: do its part with complete(" + stepNo + ", actor, at)";
            case ROLE_NOT_IN_STEP -> "step " + stepNo + " has no part for " + role.title() + "; its parts are "
                    + titles(step.parts());
            case ROLE_NOT_HELD -> role != null
                    ? "they neither hold " + role.title() + " nor act for it as Plt. or Plh.; give the part to a "
                            + role.title() + ", or appoint an acting official with Actor.acting(...)"
                    : "they hold none of the roles of step " + step.number() + " (" + titles(step.parts())
                            + ") and act for none of them as Plt. or Plh.";
            case DELEGATION_NOT_VALID -> delegationReason(v.delegation(), at);
            case PART_ALREADY_DONE -> {
                Event done = run.event(donePart(run, role, null));
                yield "the part of " + role.title() + " in this visit of step " + stepNo + " was already done by "
                        + who(done) + " at " + done.at();
            }
            case DEFINITIVE_ONLY -> "step " + stepNo + " may only be done by definitive officials, and they act for "
                    + role.title() + " as " + v.capacity().abbreviation() + " only";
            case SAME_ACTOR -> {
                Event other = run.event(donePart(run, null, actorId));
                yield "step " + stepNo + " needs a different person for each part (four eyes), and they already did"
                        + " the part of " + other.role().title() + " at " + other.at();
            }
            case GUARD -> "step " + stepNo + " requires \""
                    + Checks.failingGuard(run, step, role, actorId, v.capacity(), at).description()
                    + "\", and this attempt does not meet it";
            case AMBIGUOUS_PART -> "they may do more than one part of step " + stepNo + " (" + titles(step.parts())
                    + "): name the role with complete(" + stepNo + ", role, actor, at)";
            case NOT_PAUSABLE -> "its current step " + step.number()
                    + " is not pausable; only a step marked pausable() may wait";
            case NOT_SUSPENDED -> "the case is not suspended (it is " + run.status() + " at step " + step.number()
                    + ")";
            case CANCEL_NOT_ALLOWED -> definition.cancelRoles().isEmpty()
                    ? "SOP " + definition.number() + " names no role that may cancel a case (SopBuilder.cancelledBy(...))"
                    : "only " + roleTitles(definition.cancelRoles()) + " may cancel cases of SOP "
                            + definition.number() + ", and they neither hold nor act for "
                            + (definition.cancelRoles().size() == 1 ? "that role" : "any of those roles");
        };

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
