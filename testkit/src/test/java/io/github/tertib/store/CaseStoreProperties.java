package io.github.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.compliance.ComplianceReport;
import io.github.tertib.compliance.ComplianceStatus;
import io.github.tertib.compliance.StepCompliance;
import io.github.tertib.run.Action;
import io.github.tertib.run.Actor;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.RejectedTransitionException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Command;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.RunGenerators;
import io.github.tertib.catalog.Scenario;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.TimePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same generated command sequences, given through the in-memory store, H2 and PostgreSQL, leave
 * all three agreeing with {@link SopInstance} itself: the same cases, the same worklists as
 * {@code allowedActions}, the same overdue lists. A failure prints QuickTheories' seed and the
 * scenarios.
 */
class CaseStoreProperties {

    private static final Map<Stores, CaseStore> STORES = new EnumMap<>(Stores.class);
    private static final Map<Stores, DataSource> DATABASES = new EnumMap<>(Stores.class);

    @BeforeAll
    static void databases() throws java.sql.SQLException {
        for (Stores kind : Stores.values()) {
            if (kind != Stores.MEMORY) {
                // an app server's pool: the store takes a connection per operation
                DATABASES.put(kind, new Pool(kind.database(), 2));
            }
        }
    }

    @AfterAll
    static void forget() throws java.sql.SQLException {
        STORES.clear();
        for (DataSource ds : DATABASES.values()) {
            ((Pool) ds).close();
        }
        DATABASES.clear();
    }

    /** One to three cases of one generated SOP, each with its own people and commands, some refused. */
    private static Generator<List<Scenario>> cases() {
        return SopGenerators.validDefinitions().flatMap(d -> RunGenerators.arbitraryCommands(d).listOf(1, 2)
                .map(list -> {
                    List<Scenario> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Scenario s = list.get(i);
                        out.add(new Scenario(s.definition(), s.actors(), "kasus/" + (i + 1), s.starter(), s.startedAt()
                                .plus(Duration.ofMinutes(7L * i)), s.commands()));
                    }
                    return List.copyOf(out);
                }));
    }

    @Test
    void every_store_agrees_with_the_cases_themselves() {
        qt().withExamples(10).forAll(TertibGens.of(cases())).checkAssert(scenarios -> {
            SopDefinition d = scenarios.get(0).definition();
            Map<Stores, CaseStore> stores = new LinkedHashMap<>();
            for (Stores kind : Stores.values()) {
                CaseStore s;
                if (kind == Stores.MEMORY) {
                    s = CaseStore.inMemory(Stores.CALENDAR);
                } else {
                    DataSource ds = DATABASES.get(kind);
                    s = STORES.computeIfAbsent(kind, k -> {
                        CaseStore fresh = CaseStore.jdbc(ds, Stores.CALENDAR);
                        fresh.createSchema();
                        return fresh;
                    });
                    Stores.clear(ds);
                }
                s.register(d);
                stores.put(kind, s);
            }
            // the reference: the cases as SopInstance runs them, refusals and all
            Map<String, SopInstance> reference = new LinkedHashMap<>();
            for (Scenario sc : scenarios) {
                SopInstance run = sc.start();
                for (CaseStore s : stores.values()) {
                    assertThat(s.start(d, sc.instanceId(), sc.starter(), sc.startedAt())).isEqualTo(run);
                }
                for (Command c : sc.commands()) {
                    SopInstance next;
                    try {
                        next = c.applyTo(run);
                    } catch (RejectedTransitionException refused) {
                        next = null;
                    }
                    for (Map.Entry<Stores, CaseStore> s : stores.entrySet()) {
                        SopInstance stored;
                        try {
                            stored = s.getValue().update(sc.instanceId(), c::applyTo);
                        } catch (RejectedTransitionException refused) {
                            stored = null;
                        }
                        assertThat(stored).as("%s after %s", s.getKey(), c).isEqualTo(next);
                    }
                    if (next != null) {
                        run = next;
                    }
                }
                reference.put(sc.instanceId(), run);
            }
            List<Actor> people = new ArrayList<>();
            for (Scenario sc : scenarios) {
                people.addAll(sc.actors());
            }
            Set<Instant> instants = new TreeSet<>();
            Instant latest = RunGenerators.EPOCH;
            for (SopInstance c : reference.values()) {
                instants.add(c.lastEvent().at());
                latest = latest.isAfter(c.lastEvent().at()) ? latest : c.lastEvent().at();
            }
            instants.add(latest.plus(Duration.ofHours(30)));
            instants.add(RunGenerators.EPOCH);
            for (Map.Entry<Stores, CaseStore> e : stores.entrySet()) {
                CaseStore s = e.getValue();
                for (SopInstance c : reference.values()) {
                    assertThat(s.find(c.id())).as("%s case %s", e.getKey(), c.id()).contains(c);
                    CaseSummary summary;
                    try (java.util.stream.Stream<CaseSummary> all = s.cases(c.definition().number(), c.status(),
                            c.events().get(0).at(), c.events().get(0).at().plusNanos(1000))) {
                        summary = all.filter(x -> x.caseId().equals(c.id())).findFirst().orElseThrow();
                    }
                    assertThat(summary.due()).isEqualTo(due(c));
                    assertThat(summary.dueUnknown().isPresent()).as("%s: the due instant of %s is unknown", e.getKey(),
                            c.id()).isEqualTo(c.status() == InstanceStatus.ACTIVE && c.currentStep().time().isPresent()
                                    && due(c).isEmpty());
                }
                for (Instant at : instants) {
                    for (Actor a : people) {
                        assertWorklist(e.getKey(), s, reference, a, at);
                    }
                    assertOverdue(e.getKey(), s, reference, at);
                }
            }
        });
    }

    private static void assertWorklist(Stores kind, CaseStore s, Map<String, SopInstance> reference, Actor a,
            Instant at) {
        Set<String> expected = new HashSet<>();
        for (SopInstance c : reference.values()) {
            for (Action x : c.allowedActions(a, at).actions()) {
                if (x.kind() == Action.Kind.COMPLETE || x.kind() == Action.Kind.DECIDE
                        || x.kind() == Action.Kind.RESUME) {
                    expected.add(c.id() + " " + x);
                }
            }
        }
        List<WorkItem> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<WorkItem> got = s.worklist(a, at, page * 3, 3);
            items.addAll(got);
            if (got.size() < 3) {
                break;
            }
        }
        Set<String> actual = new HashSet<>();
        for (WorkItem w : items) {
            assertThat(actual.add(w.caseId() + " " + w.action())).as("%s lists %s once", kind, w).isTrue();
            assertThat(w.due()).isEqualTo(due(reference.get(w.caseId())));
        }
        assertThat(actual).as("%s: the worklist of %s at %s", kind, a, at).isEqualTo(expected);
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i - 1).due().orElse(Instant.MAX)).as("%s: most urgent first", kind)
                    .isBeforeOrEqualTo(items.get(i).due().orElse(Instant.MAX));
        }
    }

    /** The due instant of an active case's current visit as compliance computes it, to the microsecond. */
    private static Optional<Instant> due(SopInstance c) {
        if (c.status() != InstanceStatus.ACTIVE) {
            return Optional.empty();
        }
        try {
            ComplianceReport r = ComplianceReport.of(c, Stores.CALENDAR, TimePolicy.workingMinutes(),
                    c.lastEvent().at());
            return r.steps().get(r.steps().size() - 1).due().map(Projection::micros);
        } catch (OutsideHolidayDataException unknown) {
            return Optional.empty();
        }
    }

    private static void assertOverdue(Stores kind, CaseStore s, Map<String, SopInstance> reference, Instant asOf) {
        List<String> expected = reference.values().stream()
                .filter(c -> due(c).isPresent() && due(c).get().isBefore(asOf))
                .sorted(java.util.Comparator.comparing((SopInstance c) -> due(c).get()).thenComparing(SopInstance::id))
                .map(SopInstance::id).toList();
        assertThat(s.overdue(asOf)).extracting(CaseSummary::caseId).as("%s: overdue as of %s", kind, asOf)
                .isEqualTo(expected);
        for (SopInstance c : reference.values()) {
            if (c.status() == InstanceStatus.ACTIVE && !asOf.isBefore(c.lastEvent().at())) {
                List<StepCompliance> steps;
                try {
                    steps = ComplianceReport.of(c, Stores.CALENDAR, TimePolicy.workingMinutes(), asOf).steps();
                } catch (OutsideHolidayDataException unknown) {
                    continue;
                }
                if (steps.get(steps.size() - 1).status() == ComplianceStatus.OVERDUE) {
                    assertThat(expected).as("a case compliance calls overdue is listed").contains(c.id());
                }
            }
        }
    }
}
