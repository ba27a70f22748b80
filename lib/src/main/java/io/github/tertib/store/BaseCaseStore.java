package io.github.tertib.store;

import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.internal.Instants;
import io.github.tertib.run.Actor;
import io.github.tertib.run.Event;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the database store and the memory store share: the revisions they know, how a case starts, the
 * rules a saved or updated case must follow, and the checks of a query's arguments.
 */
abstract sealed class BaseCaseStore implements CaseStore permits JdbcCaseStore, MemoryCaseStore {

    final StoreSettings settings;
    final Registry registry = new Registry();

    BaseCaseStore(StoreSettings settings) {
        this.settings = settings;
    }

    @Override
    public final SopInstance start(SopDefinition definition, String caseId, Actor actor, Instant at) {
        Objects.requireNonNull(definition, "definition");
        registry.require(definition);
        SopInstance c = SopInstance.start(definition, caseId, actor, at);
        return insertNew(c);
    }

    /** Stores a case the store must not have yet, or refuses it naming the id. */
    abstract SopInstance insertNew(SopInstance c);

    @Override
    public final List<Revision> revisions() {
        return registry.revisions();
    }

    @Override
    public final MonitoringReport monitoring(SopDefinition definition, Instant from, Instant until, Instant asOf) {
        return Monitoring.of(this, settings, registry.require(definition), from, until, asOf);
    }

    /** The arguments of {@code cases} and {@code instances}. */
    static void requirePeriod(String sop, Instant from, Instant until) {
        Objects.requireNonNull(sop, "sop");
        Instants.requireInRange(from, "from");
        Instants.requireInRange(until, "until");
    }

    static StoreException unknown(String caseId) {
        return new StoreException("there is no case " + caseId + " in the store: start it with store.start(...) first,"
                + " or check the id");
    }

    static void requireSuccessor(SopInstance before, SopInstance after) {
        List<Event> b = before.events();
        List<Event> a = after.events();
        if (!after.id().equals(before.id()) || a.size() < b.size() || !a.get(b.size() - 1).digest().equals(
                before.lastDigest())) {
            throw new IllegalArgumentException("the command given to update(\"" + before.id() + "\", ...) must return"
                    + " the case it was given or a case made from it by commands, not " + after);
        }
    }

    static void requireExtends(SopInstance stored, SopInstance instance) {
        List<Event> s = stored.events();
        List<Event> i = instance.events();
        int n = Math.min(s.size(), i.size());
        for (int k = 0; k < n; k++) {
            if (!s.get(k).digest().equals(i.get(k).digest())) {
                throw new StoreException("case " + stored.id() + " cannot be saved: its event " + (k + 1) + " differs"
                        + " from the stored one (digest " + i.get(k).digest() + ", stored " + s.get(k).digest() + "),"
                        + " so it does not extend the stored chain of " + s.size() + " events; load it with find(\""
                        + stored.id() + "\") and give the commands to that");
            }
        }
        if (i.size() < s.size()) {
            throw new StoreException("case " + stored.id() + " cannot be saved: it has " + i.size() + " events and the"
                    + " store already has " + s.size() + ", ending with digest " + stored.lastDigest() + "; load it"
                    + " with find(\"" + stored.id() + "\") and give the commands to that");
        }
    }

    static void requirePage(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page needs an offset of at least 0 and a limit of at least 1, not "
                    + offset + " and " + limit);
        }
    }
}
