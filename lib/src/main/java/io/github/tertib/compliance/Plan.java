package io.github.tertib.compliance;

import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.time.TimePolicy;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a report needs of a definition, by step index, read once: each step's number, kind and count of
 * parts, and its standard under a policy where it does not depend on the activation. A pure
 * function of the definition and the policy, immutable once built; the last one built is kept for the
 * next report, which is usually of the same SOP.
 */
final class Plan {

    private static volatile Plan last;

    final SopDefinition definition;
    final TimePolicy policy;
    final int[] number;
    final boolean[] end;
    final int[] parts;
    final TimeStandard[] written;
    /** The standard under the policy when it is the same for every activation; else null. */
    final Duration[] fixed;

    private Plan(SopDefinition definition, TimePolicy policy, WorkCalendar calendar) {
        this.definition = definition;
        this.policy = policy;
        List<Step> steps = definition.steps();
        int n = steps.size();
        number = new int[n];
        end = new boolean[n];
        parts = new int[n];
        written = new TimeStandard[n];
        fixed = new Duration[n];
        boolean workingMinutes = policy.equals(TimePolicy.workingMinutes());
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            number[i] = s.number();
            end[i] = s.kind() == StepKind.END;
            parts[i] = s.parts().size();
            if (s.time().isPresent()) {
                TimeStandard t = s.time().get();
                written[i] = t;
                TimeStandard.Unit u = t.unit();
                // Bulan is a calendar month from the activation under every policy, and day-based units
                // under working minutes are as long as the working days that follow the activation.
                boolean varies = u == TimeStandard.Unit.MONTHS || workingMinutes && u.isDayBased();
                fixed[i] = varies ? null : policy.standard(calendar, Instant.EPOCH, t);
            }
        }
    }

    /** The plan of the definition under the policy; {@code calendar} is only passed to the policy, which does not use it for the standards kept. */
    static Plan of(SopDefinition definition, TimePolicy policy, WorkCalendar calendar) {
        Plan p = last;
        if (p != null && p.definition == definition && p.policy.equals(policy)) {
            return p;
        }
        p = new Plan(definition, policy, calendar);
        last = p;
        return p;
    }
}
