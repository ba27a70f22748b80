package io.github.tertib.run;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.time.ZoneId;
import io.github.tertib.internal.Messages;

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
        return explain(run, v, op, stepNo, role, actor.person(), at, tenure);
    }

    /** The refusal of a command on {@code run} that the checks gave {@code v}; {@code role} is the one to name. */
    static Rejection explain(SopInstance run, Verdict v, Op op, int stepNo, Role role, Person who, Instant at) {
        return explain(run, v, op, stepNo, role, who, at, null);
    }

    private static Rejection explain(SopInstance run, Verdict v, Op op, int stepNo, Role role, Person who,
            Instant at, String tenure) {
        RejectionCode code = v.code();
        String actorId = who.id();
        String what = switch (op) {
            case COMPLETE, DECIDE -> (op == Op.COMPLETE ? "complete" : "decide") + " step " + stepNo + " of case "
                    + run.id() + (role != null ? " as " + role.title() : "");
            case SUSPEND, RESUME, CANCEL -> op.name().toLowerCase(Locale.ROOT) + " case " + run.id()
                    + (role != null && code != RejectionCode.DELEGATION_NOT_VALID ? " as " + role.title() : "");
        };
        StringBuilder b = new StringBuilder(who.toString()).append(" may not ").append(what).append(" at ").append(at)
                .append(": ");
        String message = b.append(tenure != null ? tenure : reason(run, v, stepNo, role, actorId, at)).toString();
        Step step = run.currentStep();
        Event last = run.last();
        Optional<Event> cause = switch (code) {
            case INSTANCE_CLOSED, TIME_REVERSED, INSTANCE_SUSPENDED -> Optional.of(last);
            case PART_ALREADY_DONE -> Optional.of(run.event(donePart(run, role, null)));
            case SAME_ACTOR -> Optional.of(run.event(donePart(run, null, actorId)));
            case NOT_CURRENT_STEP, DECISION_REQUIRED, NOT_A_DECISION, ROLE_NOT_IN_STEP, ROLE_NOT_HELD,
                    DELEGATION_NOT_VALID, DEFINITIVE_ONLY, GUARD, AMBIGUOUS_PART, NOT_PAUSABLE, NOT_SUSPENDED,
                    CANCEL_NOT_ALLOWED -> Optional.empty();
        };
        List<Role> roles = switch (code) {
            case ROLE_NOT_IN_STEP, ROLE_NOT_HELD, AMBIGUOUS_PART -> step.roles();
            case CANCEL_NOT_ALLOWED -> run.definition().cancelRoles();
            case INSTANCE_CLOSED, TIME_REVERSED, INSTANCE_SUSPENDED, NOT_CURRENT_STEP, DECISION_REQUIRED,
                    NOT_A_DECISION, DELEGATION_NOT_VALID, PART_ALREADY_DONE, DEFINITIVE_ONLY, SAME_ACTOR, GUARD,
                    NOT_PAUSABLE, NOT_SUSPENDED -> List.of();
        };
        Optional<String> guard = code == RejectionCode.GUARD
                ? Optional.of(Checks.failingGuard(run, step, role, actorId, v.capacity(), at).description())
                : Optional.empty();
        Optional<Assignment> part = Optional.empty();
        if (role != null && stepNo == step.number() && Checks.partIndex(step, role) >= 0) {
            part = Optional.of(step.parts().get(Checks.partIndex(step, role)));
        }
        Optional<Delegation> d = Optional.ofNullable(v.delegation());
        return new Rejection(code, Optional.of(kind(op)), run.id(), who, Optional.ofNullable(role), stepNo, part, at, d,
                code == RejectionCode.DELEGATION_NOT_VALID ? Rejection.Lapse.of(v.delegation(), at) : Optional.empty(),
                cause, step.number(), roles, guard, message);
    }

    private static Action.Kind kind(Op op) {
        return switch (op) {
            case COMPLETE -> Action.Kind.COMPLETE;
            case DECIDE -> Action.Kind.DECIDE;
            case SUSPEND -> Action.Kind.SUSPEND;
            case RESUME -> Action.Kind.RESUME;
            case CANCEL -> Action.Kind.CANCEL;
        };
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
        String message = actor + " may not start case " + id + " of SOP " + definition.number() + " at " + at + ": "
                + reason;
        boolean lapsed = v.code() == RejectionCode.DELEGATION_NOT_VALID;
        return new Rejection(v.code(), Optional.empty(), id, actor.person(), Optional.ofNullable(v.role()),
                start.number(), Optional.empty(), at, Optional.ofNullable(v.delegation()),
                lapsed ? Rejection.Lapse.of(v.delegation(), at) : Optional.empty(), Optional.empty(), start.number(),
                lapsed ? List.of() : start.roles(), Optional.empty(), message);
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

    /** The refusal as a sentence for the official, in the locale's language, instants in the zone. */
    static String say(Rejection r, Locale locale, ZoneId zone) {
        Object[] facts = {"actor", r.actor(), "case", r.caseId(), "step", r.step(), "current", r.currentStep(),
                "at", Messages.dateTime(r.at(), zone, locale), "role", r.role().map(Role::title).orElse(""),
                "roles", list(r.roles(), locale, r.code() == RejectionCode.ROLE_NOT_IN_STEP
                        || r.code() == RejectionCode.AMBIGUOUS_PART ? "word.and" : "word.or")};
        // as the developer sentence: a part names its role; suspend, resume and cancel name it unless a delegation failed
        boolean named = r.role().isPresent() && r.command().isPresent()
                && (r.command().get() == Action.Kind.COMPLETE || r.command().get() == Action.Kind.DECIDE
                        || r.code() != RejectionCode.DELEGATION_NOT_VALID);
        String as = named ? " " + Messages.format(locale, "refusal.as", facts) : "";
        String head = r.command().map(k -> "refusal." + k.name().toLowerCase(Locale.ROOT)).orElse("refusal.start");
        return Messages.format(locale, head, with(facts, "as", as)) + ": " + sayReason(r, locale, zone, facts);
    }

    private static String sayReason(Rejection r, Locale locale, ZoneId zone, Object[] facts) {
        String key = "reason." + r.code().name();
        Object[] f = facts;
        if (r.cause().isPresent()) {
            Event e = r.cause().get();
            f = with(with(with(f, "when", Messages.dateTime(e.at(), zone, locale)), "by", e.actor()), "other",
                    e.role().title());
            if (e instanceof Event.Cancelled c) {
                f = with(f, "reason", c.reason());
            } else if (e instanceof Event.Suspended s) {
                f = with(f, "reason", s.reason());
            }
        }
        if (r.delegation().isPresent()) {
            Delegation d = r.delegation().get();
            f = with(with(with(with(f, "capacity", d.capacity().abbreviation()), "from",
                    Messages.dateTime(d.from(), zone, locale)), "until", Messages.dateTime(d.until(), zone, locale)),
                    "role", d.role().title());
        }
        f = with(f, "guard", r.guard().orElse(""));
        String variant = switch (r.code()) {
            case INSTANCE_CLOSED -> r.cause().filter(e -> e instanceof Event.Cancelled).isPresent() ? ".cancelled"
                    : ".completed";
            case DELEGATION_NOT_VALID -> r.lapse().orElse(Rejection.Lapse.ENDED) == Rejection.Lapse.NOT_BEGUN
                    ? ".notBegun" : ".ended";
            case ROLE_NOT_HELD -> {
                if (r.role().isEmpty() && r.roles().size() == 1) {
                    f = with(f, "role", r.roles().get(0).title());
                }
                yield r.role().isPresent() || r.roles().size() == 1 ? ".role" : ".roles";
            }
            case CANCEL_NOT_ALLOWED -> r.roles().isEmpty() ? ".none" : ".roles";
            case DEFINITIVE_ONLY -> {
                f = with(f, "capacity", r.delegation().map(d -> d.capacity().abbreviation()).orElse("Plt./Plh."));
                yield "";
            }
            case TIME_REVERSED, INSTANCE_SUSPENDED, NOT_CURRENT_STEP, DECISION_REQUIRED, NOT_A_DECISION,
                    ROLE_NOT_IN_STEP, PART_ALREADY_DONE, SAME_ACTOR, GUARD, AMBIGUOUS_PART, NOT_PAUSABLE,
                    NOT_SUSPENDED -> "";
        };
        return Messages.format(locale, key + variant, f);
    }

    private static Object[] with(Object[] facts, String name, Object value) {
        Object[] more = java.util.Arrays.copyOf(facts, facts.length + 2);
        more[facts.length] = name;
        more[facts.length + 1] = value;
        return more;
    }

    /** Role titles joined as a sentence lists them: {@code A, B atau C} (or {@code dan}: the word's key). */
    private static String list(List<Role> roles, Locale locale, String word) {
        String or = " " + Messages.format(locale, word) + " ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < roles.size(); i++) {
            b.append(i == 0 ? "" : i == roles.size() - 1 ? or : ", ").append(roles.get(i).title());
        }
        return b.toString();
    }
}
