package io.github.tertib.store;

import io.github.tertib.run.Action;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Guard;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that make a worklist agree with {@code allowedActions}, written once: the database query
 * applies the same conditions in SQL (WorklistQuery), the in-memory store applies them here, and
 * both leave custom guards and the capacity to this class.
 */
final class Worklists {

    /** Most urgent first: due instant (none last), then case, then part. */
    static final Comparator<WorkItem> ORDER = Comparator
            .comparing((WorkItem w) -> w.due().orElse(Instant.MAX))
            .thenComparing(WorkItem::caseId)
            .thenComparingInt(w -> w.kind().ordinal());

    private Worklists() {
    }

    static boolean holds(Actor actor, Projection.Work w) {
        return actor.holds(Role.of(w.roleId(), w.roleTitle()));
    }

    static boolean actsFor(Actor actor, Projection.Work w, Instant at) {
        return actor.delegationFor(Role.of(w.roleId(), w.roleTitle()), at).isPresent();
    }

    /** The work of one case waiting for the actor, without custom guards: the conditions the SQL query has. */
    static List<Projection.Work> candidates(Projection p, Actor actor, Instant at) {
        List<Projection.Work> out = new ArrayList<>();
        if (!p.isOpen() || p.lastAt().isAfter(at)) {
            return out;
        }
        Projection.Work resume = null;
        boolean resumeHeld = false;
        for (Projection.Work w : p.work()) {
            boolean held = holds(actor, w);
            boolean acting = !held && actsFor(actor, w, at);
            if (w.kind() == Projection.Kind.RESUME) {
                // resume acts in the first part's role held, else the first acted for (SopInstance.resolve)
                if (held && !resumeHeld) {
                    resume = w;
                    resumeHeld = true;
                } else if (acting && resume == null) {
                    resume = w;
                }
                continue;
            }
            if (!held && !(acting && !w.definitiveOnly())) {
                continue;
            }
            if (w.separateActors() && p.done().stream().anyMatch(d -> d.actorId().equals(actor.id()))) {
                continue;
            }
            out.add(w);
        }
        if (resume != null) {
            out.add(resume);
        }
        return out;
    }

    /** The item for a candidate the query returned, or empty if a custom guard of its step refuses it. */
    static Optional<WorkItem> item(String caseId, String sop, SopDefinition d, Projection.Work w, List<Projection.Done> done,
            Optional<Instant> due, Actor actor, Instant at) {
        Role role = Role.of(w.roleId(), w.roleTitle());
        Capacity capacity = actor.capacityFor(role, at).orElseThrow();
        if (w.guarded()) {
            Step step = d.step(w.step());
            Map<Role, String> doneBy = new HashMap<>();
            for (Projection.Done x : done) {
                doneBy.put(Role.of(x.roleId(), x.roleTitle()), x.actorId());
            }
            Guard.Attempt attempt = new Guard.Attempt(step, role, actor.id(), capacity, at,
                    doneBy);
            for (Guard g : step.guards()) {
                if (!g.permits(attempt)) {
                    return Optional.empty();
                }
            }
        }
        Action.Kind kind = switch (w.kind()) {
            case COMPLETE -> Action.Kind.COMPLETE;
            case DECIDE -> Action.Kind.DECIDE;
            case RESUME -> Action.Kind.RESUME;
        };
        return Optional.of(new WorkItem(caseId, sop, kind, w.step(), role, w.label(), capacity, due));
    }
}
