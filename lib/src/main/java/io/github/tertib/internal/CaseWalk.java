package io.github.tertib.internal;

import io.github.tertib.sop.Answer;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.util.List;

/**
 * Walks a case's events into the visits of its steps and the spans it was suspended in: the one place
 * the rule is written. A visit starts when its step becomes current and ends when the step's last part
 * is done; its step's target for the answer then becomes current, and reaching an END closes the walk
 * with a visit of the END step. A suspension runs from a Suspended event to the next Resumed or
 * Cancelled one.
 *
 * <pre>{@code
 * CaseWalk.walk(definition, CaseEvents.of(run.events()), run.events().size(), new CaseWalk.Visitor() {
 *     public void visit(int stepIndex, int entered, int left) { ... }
 * });
 * }</pre>
 *
 * <p>The walk allocates nothing per event: it reports event indexes to the visitor, which reads what it
 * needs. Running cases, compliance reports and case stores share it. Stateless and thread-safe.
 */
public final class CaseWalk {

    private CaseWalk() {
    }

    /**
     * Receives the walk's findings, in the order of the events: the parts and suspensions of a visit
     * come before the visit itself.
     */
    public interface Visitor {

        /**
         * Receives a part of the current visit, done by the event at {@code index}.
         *
         * @param index the PartCompleted or Decided event
         */
        default void part(int index) {
        }

        /**
         * Receives a span the case was suspended in during the current visit.
         *
         * @param from the index of the Suspended event
         * @param to the index of the Resumed or Cancelled event that ended it, or -1 if the case is still
         *     suspended at the end of the walk
         */
        default void suspension(int from, int to) {
        }

        /**
         * Receives a visit of a step.
         *
         * @param stepIndex the index of the step in {@link SopDefinition#steps()}
         * @param entered the index of the event at which the step became current
         * @param left the index of the event that did its last part (for an END step, {@code entered}),
         *     or -1 if the step is still current at the end of the walk (or the case was cancelled in it)
         */
        void visit(int stepIndex, int entered, int left);
    }

    /**
     * Walks the first {@code size} events of a case of the definition, which must be a valid log (as a
     * running or replayed case holds).
     *
     * @param definition the SOP the case runs
     * @param events the events, oldest first, starting with Started
     * @param size how many of them to walk
     * @param visitor what receives the visits
     */
    public static void walk(SopDefinition definition, CaseEvents events, int size, Visitor visitor) {
        List<Step> steps = definition.steps();
        int index = definition.indexOf(definition.startStep().number());
        Step step = steps.get(index);
        int entered = 0;
        int done = 0;
        Answer answer = Answer.YES;
        int suspendedAt = -1;
        for (int i = 1; i < size; i++) {
            if (events.isPart(i)) {
                visitor.part(i);
                Answer given = events.answer(i);
                if (given != null) {
                    answer = given;
                }
                if (++done == step.parts().size()) {
                    visitor.visit(index, entered, i);
                    index = definition.targetIndex(index, answer);
                    step = steps.get(index);
                    entered = i;
                    done = 0;
                    answer = Answer.YES;
                    if (step.kind() == StepKind.END) {
                        visitor.visit(index, i, i);
                        return;
                    }
                }
            } else if (events.isSuspended(i)) {
                suspendedAt = i;
            } else if (suspendedAt >= 0) {
                visitor.suspension(suspendedAt, i);
                suspendedAt = -1;
            }
        }
        if (suspendedAt >= 0) {
            visitor.suspension(suspendedAt, -1);
        }
        visitor.visit(index, entered, -1);
    }
}
