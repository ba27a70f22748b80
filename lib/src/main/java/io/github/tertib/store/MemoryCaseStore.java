package io.github.tertib.store;

import io.github.tertib.internal.Instants;
import io.github.tertib.run.Actor;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The store in this JVM's memory: the same projections and the same rules as the database store,
 * applied in Java. A command on a case runs under that case's lock, so it never loses a race.
 */
final class MemoryCaseStore extends BaseCaseStore {

    private record Stored(SopInstance instance, Projection projection) {
    }

    private final Map<String, Stored> cases = new ConcurrentSkipListMap<>();

    MemoryCaseStore(StoreSettings settings) {
        super(settings);
    }

    @Override
    public void createSchema() {
        // nothing to create in memory
    }

    @Override
    public Revision register(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        registry.add(definition);
        return definition.revision();
    }

    private Stored stored(SopInstance c) {
        return new Stored(c, Projection.of(c, settings.calendar(), settings.policy()));
    }

    @Override
    SopInstance insertNew(SopInstance c) {
        Stored s = stored(c);
        if (cases.putIfAbsent(c.id(), s) != null) {
            throw new StoreException("case " + c.id() + " already exists in the store: give the new case another id, or"
                    + " act on the stored one with update(\"" + c.id() + "\", ...)");
        }
        return c;
    }

    @Override
    public Optional<SopInstance> find(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        Stored s = cases.get(caseId);
        return s == null ? Optional.empty() : Optional.of(s.instance);
    }

    @Override
    public SopInstance save(SopInstance instance) {
        Objects.requireNonNull(instance, "instance");
        registry.require(instance.definition());
        Stored[] result = new Stored[1];
        cases.compute(instance.id(), (id, s) -> {
            if (s != null) {
                requireExtends(s.instance, instance);
            }
            result[0] = s != null && s.instance.events().size() == instance.events().size() ? s : stored(instance);
            return result[0];
        });
        return result[0].instance;
    }

    @Override
    public SopInstance update(String caseId, UnaryOperator<SopInstance> command) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(command, "command");
        Stored[] result = new Stored[1];
        cases.compute(caseId, (id, s) -> {
            if (s == null) {
                throw unknown(caseId);
            }
            SopInstance after = Objects.requireNonNull(command.apply(s.instance), "the command returned null");
            requireSuccessor(s.instance, after);
            result[0] = after.events().size() == s.instance.events().size() ? s : stored(after);
            return result[0];
        });
        return result[0].instance;
    }

    private record Candidate(Projection projection, Projection.Work work) {
    }

    @Override
    public List<WorkItem> worklist(Actor actor, Instant at, int offset, int limit) {
        Objects.requireNonNull(actor, "actor");
        Instants.requireInRange(at, "the instant of the worklist");
        requirePage(offset, limit);
        List<Candidate> all = new ArrayList<>();
        for (Stored s : cases.values()) {
            for (Projection.Work w : Worklists.candidates(s.projection, actor, at)) {
                all.add(new Candidate(s.projection, w));
            }
        }
        all.sort(Comparator.comparing((Candidate c) -> c.projection.due().orElse(Instant.MAX))
                .thenComparing(c -> c.projection.caseId()).thenComparingInt(c -> c.work.part()));
        List<WorkItem> out = new ArrayList<>();
        for (Candidate c : all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit))) {
            Projection p = c.projection;
            SopDefinition d = c.work.guarded() ? registry.forCase(p.caseId(), p.sop(), p.fingerprint()) : null;
            Worklists.item(p.caseId(), p.sop(), d, c.work, p.done(), p.due(), actor, at).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public List<CaseSummary> dueBefore(Instant instant, int offset, int limit) {
        Instants.requireInRange(instant, "the instant cases are due before");
        requirePage(offset, limit);
        return cases.values().stream().map(Stored::projection)
                .filter(p -> p.status() == InstanceStatus.ACTIVE && p.due().isPresent() && p.due().get().isBefore(instant))
                .sorted(Comparator.comparing((Projection p) -> p.due().get()).thenComparing(Projection::caseId))
                .skip(offset).limit(limit).map(CaseSummary::of).toList();
    }

    @Override
    public Stream<CaseSummary> cases(String sop, InstanceStatus status, Instant from, Instant until) {
        Objects.requireNonNull(sop, "sop");
        Objects.requireNonNull(status, "status");
        requirePeriod(sop, from, until);
        return started(sop, from, until).filter(s -> s.projection.status() == status).map(s -> CaseSummary.of(
                s.projection));
    }

    @Override
    public Stream<SopInstance> instances(String sop, Instant from, Instant until) {
        requirePeriod(sop, from, until);
        return started(sop, from, until).map(Stored::instance);
    }

    private Stream<Stored> started(String sop, Instant from, Instant until) {
        return List.copyOf(cases.values()).stream()
                .filter(s -> s.projection.sop().equals(sop) && !s.projection.startedAt().isBefore(from)
                        && s.projection.startedAt().isBefore(until))
                .sorted(Comparator.comparing((Stored s) -> s.projection.startedAt()).thenComparing(s -> s.projection
                        .caseId()));
    }

    @Override
    public int recomputeDueInstants() {
        int changed = 0;
        for (String id : List.copyOf(cases.keySet())) {
            boolean[] moved = {false};
            cases.computeIfPresent(id, (k, s) -> {
                if (s.projection.status() != InstanceStatus.ACTIVE) {
                    return s;
                }
                Stored again = stored(s.instance);
                moved[0] = !again.projection.due().equals(s.projection.due())
                        || !again.projection.dueUnknown().equals(s.projection.dueUnknown());
                return again;
            });
            if (moved[0]) {
                changed++;
            }
        }
        return changed;
    }
}
