package io.github.tertib.run;

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

    static List<Visit> visits(SopDefinition definition, List<Event> all, int size) {
        List<Visit> out = new ArrayList<>();
        int[] count = new int[definition.steps().size()];
        List<Event> parts = new ArrayList<>(2);
        List<Visit.Suspension> suspensions = new ArrayList<>(0);
        CaseWalk.walk(definition, all, size, new CaseWalk.Visitor() {
            @Override
            public void part(int index) {
                parts.add(all.get(index));
            }

            @Override
            public void suspension(int from, int to) {
                suspensions.add(new Visit.Suspension(all.get(from).at(),
                        to < 0 ? Optional.empty() : Optional.of(all.get(to).at()),
                        ((Event.Suspended) all.get(from)).reason()));
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
                        all.get(entered).at(), left < 0 ? Optional.empty() : Optional.of(all.get(left).at()), parts,
                        answer, suspensions));
                parts.clear();
                suspensions.clear();
            }
        });
        return List.copyOf(out);
    }
}
