package io.github.tertib.run;

import io.github.tertib.internal.CaseEvents;
import io.github.tertib.internal.CaseWalk;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.SopDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The visits of a case, made from the one walk of its events ({@link CaseWalk}). */
final class Projection {

    private Projection() {
    }

    static List<Visit> visits(SopDefinition definition, CaseEvents all, int size) {
        List<Visit> out = new ArrayList<>();
        int[] count = new int[definition.steps().size()];
        List<Event> parts = new ArrayList<>(2);
        List<Visit.Suspension> suspensions = new ArrayList<>(0);
        CaseWalk.walk(definition, all, size, new CaseWalk.Visitor() {
            @Override
            public void part(int index) {
                parts.add(all.event(index));
            }

            @Override
            public void suspension(int from, int to) {
                suspensions.add(new Visit.Suspension(all.at(from),
                        to < 0 ? Optional.empty() : Optional.of(all.at(to)),
                        ((Event.Suspended) all.event(from)).reason()));
            }

            @Override
            public void visit(int stepIndex, int entered, int left) {
                Optional<Answer> answer = Optional.empty();
                for (Event e : parts) {
                    if (e instanceof Event.Decided d) {
                        answer = Optional.of(d.answer());
                    }
                }
                out.add(new Visit(definition.steps().get(stepIndex).number(), ++count[stepIndex],
                        all.at(entered), left < 0 ? Optional.empty() : Optional.of(all.at(left)), parts,
                        answer, suspensions));
                parts.clear();
                suspensions.clear();
            }
        });
        return List.copyOf(out);
    }
}
