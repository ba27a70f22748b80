package io.github.tertib.run;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer to {@link SopInstance#allowedActions}: the very checks of every command the actor could
 * give now, each part of the current step and suspend, resume and cancel, without trying them.
 */
final class Allowed {

    private Allowed() {
    }

    static AllowedActions of(SopInstance run, Actor actor, Instant at) {
        List<Action> actions = new ArrayList<>();
        List<AllowedActions.Refusal> refusals = new ArrayList<>();
        Step step = run.currentStep();
        if (step.kind() != StepKind.END) {
            boolean decision = step.kind() == StepKind.DECISION;
            Op op = decision ? Op.DECIDE : Op.COMPLETE;
            Action.Kind kind = decision ? Action.Kind.DECIDE : Action.Kind.COMPLETE;
            for (Assignment p : step.parts()) {
                // decide names no role: ask as the command does, so that the sentence is the same
                Role named = decision ? null : p.role();
                Verdict v = Checks.verdict(Checks.part(run, op, step, step.number(), named, actor, at), step, actor);
                if (v.allowed()) {
                    actions.add(new Action(kind, step.number(), p.role(), v.capacity()));
                } else {
                    refusals.add(new AllowedActions.Refusal(kind, step.number(), Optional.of(p.role()),
                            Refusals.explain(run, v, op, step.number(), named != null ? named : v.role(), actor,
                                    at)));
                }
            }
        }
        for (Op op : List.of(Op.SUSPEND, Op.RESUME, Op.CANCEL)) {
            Action.Kind kind = switch (op) {
                case SUSPEND -> Action.Kind.SUSPEND;
                case RESUME -> Action.Kind.RESUME;
                case CANCEL -> Action.Kind.CANCEL;
                case COMPLETE, DECIDE -> throw new AssertionError(op);
            };
            Verdict v = Checks.other(run, op, step, actor, at);
            if (v.allowed()) {
                actions.add(new Action(kind, step.number(), v.role(), v.capacity()));
            } else {
                refusals.add(new AllowedActions.Refusal(kind, step.number(), Optional.ofNullable(v.role()),
                        Refusals.explain(run, v, op, step.number(), v.role(), actor, at)));
            }
        }
        return new AllowedActions(actor.id(), at, actions, refusals);
    }
}
