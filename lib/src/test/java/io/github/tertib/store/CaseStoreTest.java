package io.github.tertib.store;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Action;
import io.github.tertib.run.Actor;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.RejectedTransitionException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.WorkCalendar;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store's behaviour, the same on every kind of store, and its refusals. */
class CaseStoreTest {

    static final SopDefinition V4 = PalangkaRaya.v4();
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Actor BUDI = Actor.of("kasi-1", "Budi", KEPALA_SEKSI);
    static final Actor RINA = Actor.of("kabid-1", "Rina", KEPALA_BIDANG);
    static final Actor MURNI = Actor.of("kadin-1", "Murni", KEPALA_DINAS);
    /** A Pelaksana who is Plh. Kepala Dinas from 1 March until 7 March 2026. */
    static final Actor SARI = Actor.of("staf-7", "Sari", PELAKSANA)
            .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-07T00:00:00Z"));

    static Instant t(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static CaseStore withV4(Stores kind) {
        CaseStore s = kind.fresh();
        s.register(V4);
        return s;
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void keeps_a_case_through_its_life(Stores kind) {
        CaseStore store = withV4(kind);
        SopInstance started = store.start(V4, "2026/001", BUDI, t(0));
        store.update("2026/001", c -> c.complete(1, BUDI, t(10)));
        store.update("2026/001", c -> c.complete(2, RINA, t(20)));
        SopInstance atStep3 = store.update("2026/001", c -> c.complete(2, SARI, t(30)));
        assertThat(atStep3).isEqualTo(started.complete(1, BUDI, t(10)).complete(2, RINA, t(20)).complete(2, SARI, t(30)));
        assertThat(store.find("2026/001")).contains(atStep3);
        assertThat(store.worklist(BUDI, t(31))).singleElement().satisfies(w -> {
            assertThat(w.action()).isEqualTo(new Action(Action.Kind.DECIDE, 3, KEPALA_SEKSI, Capacity.DEFINITIVE));
            assertThat(w.caseId()).isEqualTo("2026/001");
            assertThat(w.label()).isEqualTo("Jika");
            assertThat(w.due()).contains(t(40));
        });
        assertThat(store.worklist(RINA, t(31))).isEmpty();
        store.update("2026/001", c -> c.decide(3, Answer.NO, BUDI, t(40)));
        assertThat(store.worklist(SARI, t(41))).singleElement()
                .satisfies(w -> assertThat(w.capacity()).isEqualTo(Capacity.PLH));
        // past the end of her delegation, the part is no longer hers
        assertThat(store.worklist(SARI, Instant.parse("2026-03-08T01:00:00Z"))).isEmpty();
        assertThat(store.overdue(t(54))).isEmpty();
        assertThat(store.overdue(t(56))).extracting(CaseSummary::caseId).containsExactly("2026/001");
        assertThat(store.dueBefore(t(60), 0, 10)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(InstanceStatus.ACTIVE);
            assertThat(c.step()).isEqualTo(2);
            assertThat(c.due()).contains(t(55));
            assertThat(c.events()).isEqualTo(5);
        });
        try (Stream<CaseSummary> cases = store.cases(V4.number(), InstanceStatus.ACTIVE, t(0), t(1))) {
            assertThat(cases).extracting(CaseSummary::caseId).containsExactly("2026/001");
        }
        try (Stream<SopInstance> cases = store.instances(V4.number(), t(0), t(1))) {
            assertThat(cases).containsExactly(store.find("2026/001").orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void lists_the_work_of_a_role_by_its_id_whatever_title_the_actor_was_given_as_allowed_actions_does(Stores kind) {
        CaseStore store = withV4(kind);
        store.start(V4, "2026/001", BUDI, t(0));
        store.update("2026/001", c -> c.complete(1, BUDI, t(10)));
        // the same posts as V.4's roles, written with other titles: she holds Kepala Bidang and is Plh. of
        // Kepala Dinas, so both of step 2's parts are hers
        Role kabid = Role.of(KEPALA_BIDANG.id(), "Kabid Pengelolaan Informasi");
        Actor tuti = Actor.of("kabid-2", "Tuti", kabid)
                .acting(Role.of(KEPALA_DINAS.id(), "Kadis"), Capacity.PLH, t(0), t(600));
        SopInstance c = store.find("2026/001").orElseThrow();
        assertThat(c.allowedActions(tuti, t(11)).actions()).filteredOn(a -> a.kind() == Action.Kind.COMPLETE)
                .extracting(a -> a.role().id()).containsExactlyInAnyOrder(KEPALA_BIDANG.id(), KEPALA_DINAS.id());
        assertThat(store.worklist(tuti, t(11))).extracting(w -> w.action().role().id())
                .containsExactlyInAnyOrder(KEPALA_BIDANG.id(), KEPALA_DINAS.id());
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void a_refused_command_changes_nothing(Stores kind) {
        CaseStore store = withV4(kind);
        SopInstance started = store.start(V4, "2026/001", BUDI, t(0));
        assertThatThrownBy(() -> store.update("2026/001", c -> c.complete(1, RINA, t(10))))
                .isInstanceOf(RejectedTransitionException.class);
        assertThat(store.find("2026/001")).contains(started);
        assertThat(store.worklist(BUDI, t(1))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void lists_only_the_work_that_allowed_actions_allows_definitive_only_four_eyes_and_guards(Stores kind) {
        Role kasi = KEPALA_SEKSI;
        Role kabid = KEPALA_BIDANG;
        SopDefinition d = Sop.define("X. 1", "Persetujuan berkas").roles(kasi, kabid)
                .start(1, "Menerima berkas").by(kasi, "Start").takes("15 Menit")
                .process(2, "Memeriksa berkas").by(kasi, "Periksa").by(kabid, "Setuju").takes("30 Menit").separateActors()
                .process(3, "Menandatangani").by(kabid, "Tanda tangan").takes("10 Menit").definitiveOnly()
                .guard("only before 12:00 UTC", a -> a.at().atZone(ZoneId.of("UTC")).getHour() < 12)
                .end(4, "Selesai").by(kasi, "Selesai")
                .build();
        CaseStore store = kind.fresh();
        store.register(d);
        Actor both = Actor.of("p1", "Dua Peran", kasi, kabid);
        Actor pltKabid = Actor.of("p2", "Plt", kasi).acting(kabid, Capacity.PLT, t(0), t(10_000));
        store.start(d, "A", both, t(0));
        store.update("A", c -> c.complete(1, both, t(1)));
        store.update("A", c -> c.complete(2, kasi, both, t(2)));
        List<SopInstance> cases = List.of(store.find("A").orElseThrow());
        for (Actor a : List.of(both, pltKabid)) {
            for (Instant at : List.of(t(3), t(600))) {
                assertAgrees(store, cases, a, at);
            }
        }
        // four eyes: Dua Peran did Kepala Seksi's part, so Kepala Bidang's part is not theirs
        assertThat(store.worklist(both, t(3))).isEmpty();
        assertThat(store.worklist(pltKabid, t(3))).singleElement()
                .satisfies(w -> assertThat(w.capacity()).isEqualTo(Capacity.PLT));
        store.update("A", c -> c.complete(2, kabid, pltKabid, t(4)));
        cases = List.of(store.find("A").orElseThrow());
        for (Actor a : List.of(both, pltKabid)) {
            for (Instant at : List.of(t(5), t(720))) {
                assertAgrees(store, cases, a, at);
            }
        }
        // step 3 is definitive only: not the Plt.'s; its guard refuses after 12:00 UTC
        assertThat(store.worklist(pltKabid, t(5))).isEmpty();
        assertThat(store.worklist(both, t(5))).hasSize(1);
        assertThat(store.worklist(both, t(720))).isEmpty();
    }

    private static void assertAgrees(CaseStore store, List<SopInstance> cases, Actor a, Instant at) {
        List<String> expected = cases.stream().flatMap(c -> c.allowedActions(a, at).actions().stream()
                .filter(x -> x.kind() == Action.Kind.COMPLETE || x.kind() == Action.Kind.DECIDE
                        || x.kind() == Action.Kind.RESUME).map(x -> c.id() + " " + x)).toList();
        assertThat(store.worklist(a, at)).extracting(w -> w.caseId() + " " + w.action())
                .as("the worklist of %s at %s", a, at).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void lists_a_suspended_case_for_those_who_may_resume_it(Stores kind) {
        CaseStore store = withV4(kind);
        store.start(V4, "2026/001", BUDI, t(0));
        store.update("2026/001", c -> c.complete(1, BUDI, t(10)).complete(2, RINA, t(20)).complete(2, MURNI, t(30))
                .suspend(BUDI, t(35), "menunggu kejelasan"));
        assertThat(store.worklist(BUDI, t(36))).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(Action.Kind.RESUME));
        assertThat(store.overdue(t(10_000))).as("a suspended case's clock stops").isEmpty();
        assertThat(store.find("2026/001").orElseThrow().status()).isEqualTo(InstanceStatus.SUSPENDED);
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void a_command_succeeds_when_the_calendar_cannot_answer_and_the_due_instant_is_computed_later(Stores kind) {
        SopDefinition slow = V4.toBuilder().identity(id -> id.revised(LocalDate.of(2026, 6, 1))).build();
        SopDefinition longStep = io.github.tertib.text.SopText.parse(io.github.tertib.text.SopText.format(slow)
                .replace("2400 Menit", "12 Bulan"));
        // holiday data that ends with 2026, so that the due instant (in 2027) is past it
        WorkCalendar cal = WorkCalendar.asn(java.time.ZoneId.of("Asia/Jakarta")).withHolidays(Holidays.of(
                Holidays.indonesia().all().stream().filter(h -> h.date().getYear() <= 2026).toList()));
        CaseStore store = kind == Stores.MEMORY ? CaseStore.inMemory(cal) : CaseStore.jdbc(kind == Stores.H2
                ? Databases.h2() : Databases.postgres(), cal);
        store.createSchema();
        store.register(longStep);
        store.start(longStep, "L", BUDI, t(0));
        store.update("L", c -> c.complete(1, BUDI, t(1)).complete(2, RINA, t(2)).complete(2, MURNI, t(3))
                .decide(3, Answer.YES, BUDI, t(4)));
        CaseSummary unknown = store.dueBefore(Instant.parse("9999-01-01T00:00:00Z"), 0, 10).stream().findFirst().orElse(null);
        assertThat(unknown).as("a case with an unknown due instant is never overdue").isNull();
        try (Stream<CaseSummary> s = store.cases(longStep.number(), InstanceStatus.ACTIVE, t(0), t(1))) {
            CaseSummary c = s.findFirst().orElseThrow();
            assertThat(c.due()).isEmpty();
            assertThat(c.dueUnknown()).hasValueSatisfying(why -> assertThat(why).contains("holiday data covers"));
        }
        assertThat(store.worklist(Actor.of("staf-3", "Andi", PELAKSANA), t(5))).singleElement()
                .satisfies(w -> assertThat(w.due()).isEmpty());
        if (kind == Stores.MEMORY) {
            return; // a memory store cannot change its calendar; the database stores show the recomputation
        }
        CaseStore later = CaseStore.jdbc(dataSourceOf(store), cal.withHolidays(Holidays.indonesia())
                .assumingNoHolidaysOutsideData());
        later.register(longStep);
        assertThat(later.recomputeDueInstants()).isEqualTo(1);
        assertThat(later.dueBefore(Instant.parse("2028-01-01T00:00:00Z"), 0, 10)).singleElement()
                .satisfies(c -> assertThat(c.dueUnknown()).isEmpty());
        assertThat(later.recomputeDueInstants()).isZero();
    }

    private static DataSource dataSourceOf(CaseStore store) {
        try {
            java.lang.reflect.Field f = JdbcCaseStore.class.getDeclaredField("dataSource");
            f.setAccessible(true);
            return (DataSource) f.get(store);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void reports_monitoring_from_the_stored_cases_one_at_a_time(Stores kind) {
        CaseStore store = withV4(kind);
        SopDefinition revised = V4.toBuilder().identity(id -> id.revised(LocalDate.of(2026, 4, 1))).build();
        store.register(revised);
        List<SopInstance> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "m/" + i;
            store.start(V4, id, BUDI, t(i));
            int steps = i % 4;
            if (steps >= 1) {
                store.update(id, c -> c.complete(1, BUDI, c.lastEvent().at().plus(Duration.ofMinutes(10))));
            }
            if (steps >= 2) {
                store.update(id, c -> c.complete(2, RINA, c.lastEvent().at().plus(Duration.ofMinutes(30)))
                        .complete(2, MURNI, c.lastEvent().at().plus(Duration.ofMinutes(40))));
            }
            if (steps >= 3) {
                store.update(id, c -> c.cancel(MURNI, c.lastEvent().at().plus(Duration.ofMinutes(5)), "dibatalkan"));
            }
            cases.add(store.find(id).orElseThrow());
        }
        store.start(revised, "m/lain", BUDI, t(3));
        Instant asOf = t(10_000);
        io.github.tertib.compliance.MonitoringReport expected = io.github.tertib.compliance.MonitoringReport.of(V4,
                cases, Stores.CALENDAR, asOf);
        io.github.tertib.compliance.MonitoringReport streamed = store.monitoring(V4, t(0), t(100), asOf);
        assertThat(streamed.counts()).isEqualTo(expected.counts());
        assertThat(streamed.steps()).isEqualTo(expected.steps());
        assertThat(streamed.counts().started()).isEqualTo(12);
    }

    // ------------------------------------------------------------------------------------ refusals

    @ParameterizedTest
    @EnumSource(Stores.class)
    void refuses_a_definition_that_is_not_registered(Stores kind) {
        CaseStore store = kind.fresh();
        assertThatThrownBy(() -> store.start(V4, "2026/001", BUDI, t(0))).isInstanceOf(StoreException.class)
                .hasMessage(V4.revision() + " is not registered with this store: call store.register(definition) once"
                        + " when the application starts");
        assertThat(store.find("2026/001")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void refuses_a_case_id_that_exists(Stores kind) {
        CaseStore store = withV4(kind);
        SopInstance first = store.start(V4, "2026/001", BUDI, t(0));
        assertThatThrownBy(() -> store.start(V4, "2026/001", BUDI, t(5))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("case 2026/001 already exists in the store");
        assertThat(store.find("2026/001")).contains(first);
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void refuses_an_unknown_case(Stores kind) {
        CaseStore store = withV4(kind);
        assertThat(store.find("2026/404")).isEmpty();
        assertThatThrownBy(() -> store.update("2026/404", c -> c.complete(1, BUDI, t(1))))
                .isInstanceOf(StoreException.class).hasMessage("there is no case 2026/404 in the store: start it with"
                        + " store.start(...) first, or check the id");
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void saves_only_a_case_that_extends_the_stored_chain(Stores kind) {
        CaseStore store = withV4(kind);
        SopInstance started = store.start(V4, "2026/001", BUDI, t(0));
        SopInstance longer = started.complete(1, BUDI, t(10)).complete(2, RINA, t(20));
        assertThat(store.save(longer)).isEqualTo(longer);
        assertThat(store.find("2026/001")).contains(longer);
        SopInstance other = started.complete(1, BUDI, t(11));
        assertThatThrownBy(() -> store.save(other)).isInstanceOf(StoreException.class)
                .hasMessageContaining("its event 2 differs from the stored one");
        assertThatThrownBy(() -> store.save(started)).isInstanceOf(StoreException.class)
                .hasMessageContaining("it has 1 events and the store already has 3");
        assertThat(store.find("2026/001")).contains(longer);
        SopInstance fresh = SopInstance.start(V4, "2026/002", BUDI, t(0)).complete(1, BUDI, t(3));
        assertThat(store.save(fresh)).isEqualTo(fresh);
        assertThat(store.find("2026/002")).contains(fresh);
    }

    @ParameterizedTest
    @EnumSource(Stores.class)
    void keeps_a_case_on_the_revision_it_began_on(Stores kind) {
        SopDefinition revised = V4.toBuilder().identity(id -> id.revised(LocalDate.of(2026, 4, 1))).build();
        CaseStore store = kind.fresh();
        store.register(V4);
        store.register(revised);
        SopInstance old = store.start(V4, "lama", BUDI, t(0));
        SopInstance now = store.start(revised, "baru", BUDI, t(0));
        assertThat(store.find("lama").orElseThrow().definition()).isEqualTo(V4);
        assertThat(store.find("baru").orElseThrow().definition()).isEqualTo(revised);
        assertThat(store.update("lama", c -> c.complete(1, BUDI, t(1))).definition()).isEqualTo(V4);
        assertThat(old).isNotEqualTo(now);
        assertThat(store.revisions()).containsExactly(V4.revision(), revised.revision());
        if (kind != Stores.MEMORY) {
            CaseStore onlyNew = CaseStore.jdbc(dataSourceOf(store), Stores.CALENDAR);
            onlyNew.register(revised);
            assertThatThrownBy(() -> onlyNew.find("lama")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("case lama runs SOP V. 4. with fingerprint " + V4.fingerprint()
                            + ", a revision not registered with this store");
        }
    }

    @Test
    void refuses_a_database_without_the_schema_or_with_another_version() throws SQLException {
        for (DataSource ds : List.of(Databases.h2(), Databases.postgres())) {
            CaseStore store = CaseStore.jdbc(ds, Stores.CALENDAR);
            assertThatThrownBy(() -> store.register(V4)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the database has no Tertib case store schema (no table tertib_schema):"
                            + " call store.createSchema(), or apply io/github/tertib/store/");
            store.createSchema();
            store.createSchema();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("UPDATE tertib_schema SET version = 2");
            }
            CaseStore other = CaseStore.jdbc(ds, Stores.CALENDAR);
            assertThatThrownBy(() -> other.find("2026/001")).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the database has version 2 of Tertib's case store schema, and this Tertib"
                            + " uses version 1");
            assertThatThrownBy(other::createSchema).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("the database has version 2");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Stores.class, names = {"H2", "POSTGRESQL"})
    void a_connection_dropped_in_the_middle_of_a_command_stores_nothing(Stores kind) {
        boolean pg = kind == Stores.POSTGRESQL;
        DataSource real = kind.database();
        CountingDataSource counting = new CountingDataSource(real, pg);
        CaseStore store = CaseStore.jdbc(counting.dataSource(), Stores.CALENDAR);
        store.createSchema();
        store.register(V4);
        SopInstance started = store.start(V4, "2026/001", BUDI, t(0));
        counting.beforeCommit(c -> drop(c, real, pg));
        assertThatThrownBy(() -> store.update("2026/001", x -> x.complete(1, BUDI, t(10))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("the case store lost its connection to the database while trying to change"
                        + " case 2026/001")
                .hasMessageContaining("nothing of it was stored");
        counting.beforeCommit(c -> { });
        assertThat(CaseStore.jdbc(real, Stores.CALENDAR)).satisfies(s -> {
            s.register(V4);
            assertThat(s.find("2026/001")).contains(started);
            assertThat(s.worklist(BUDI, t(1))).hasSize(1);
        });
    }

    /** Kills the connection's server process (PostgreSQL) or closes it under the store (H2). */
    private static void drop(Connection c, DataSource real, boolean pg) {
        try {
            if (pg) {
                int pid = c.unwrap(org.postgresql.PGConnection.class).getBackendPID();
                try (Connection admin = real.getConnection(); Statement s = admin.createStatement()) {
                    s.execute("SELECT pg_terminate_backend(" + pid + ")");
                }
            } else {
                c.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Stores.class, names = {"H2", "POSTGRESQL"})
    void a_command_costs_at_most_three_round_trips(Stores kind) {
        CountingDataSource counting = new CountingDataSource(kind.database(), kind == Stores.POSTGRESQL);
        CaseStore store = CaseStore.jdbc(counting.dataSource(), Stores.CALENDAR);
        store.createSchema();
        store.register(V4);
        store.start(V4, "2026/001", BUDI, t(0));
        List<java.util.function.UnaryOperator<SopInstance>> commands = List.of(c -> c.complete(1, BUDI, t(10)),
                c -> c.complete(2, RINA, t(20)), c -> c.complete(2, SARI, t(30)), c -> c.suspend(BUDI, t(35), "menunggu"),
                c -> c.resume(BUDI, t(36)), c -> c.decide(3, Answer.NO, BUDI, t(40)), c -> c.complete(2, RINA, t(50)),
                c -> c.complete(2, MURNI, t(60)), c -> c.decide(3, Answer.YES, BUDI, t(70)));
        int most = 0;
        for (var command : commands) {
            int before = counting.roundTrips.get();
            store.update("2026/001", command);
            int used = counting.roundTrips.get() - before;
            most = Math.max(most, used);
            assertThat(used).as("round trips of one command on %s", kind).isLessThanOrEqualTo(3);
        }
        int before = counting.roundTrips.get();
        store.start(V4, "2026/002", BUDI, t(0));
        int start = counting.roundTrips.get() - before;
        before = counting.roundTrips.get();
        store.worklist(RINA, t(100));
        int worklist = counting.roundTrips.get() - before;
        before = counting.roundTrips.get();
        store.overdue(t(100));
        int overdue = counting.roundTrips.get() - before;
        System.out.printf("%s: at most %d round trips per update, %d for a start, %d for a worklist, %d for overdue%n",
                kind, most, start, worklist, overdue);
        assertThat(most).isEqualTo(3);
        assertThat(start).isLessThanOrEqualTo(2);
        assertThat(worklist).isEqualTo(1);
        assertThat(overdue).isEqualTo(1);
    }
}
