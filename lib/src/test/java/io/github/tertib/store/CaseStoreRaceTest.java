package io.github.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Actor;
import io.github.tertib.run.Event;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.StepKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two app servers (two stores, each on its own pool) with eight threads each give commands to the
 * same few cases at once on PostgreSQL. Afterwards every case replays, no event is lost or
 * duplicated, every accepted command is in exactly one case, and every race a command lost surfaced
 * as a retry or as the typed conflict.
 */
class CaseStoreRaceTest {

    private static final SopDefinition V4 = PalangkaRaya.v4();
    private static final Actor ALL = Actor.of("semua", "Semua Peran", V4.roles().toArray(new Role[0]));
    private static final int THREADS = 16;
    private static final int COMMANDS = 20;
    private static final List<String> CASES = List.of("balapan/1", "balapan/2", "balapan/3");

    /** The next thing to do to the case, with the command's mark as the remark: it loops 2, 3, 2, 3, ... */
    private static SopInstance next(SopInstance c, String mark) {
        Instant at = c.lastEvent().at().plusSeconds(60);
        if (c.currentStep().kind() == StepKind.DECISION) {
            return c.decide(c.currentStep().number(), Answer.NO, ALL, at, mark);
        }
        Assignment part = c.pendingParts().get(0);
        return c.complete(c.currentStep().number(), part.role(), ALL, at, mark);
    }

    @ParameterizedTest
    @ValueSource(strings = {"read committed", "serializable"})
    void two_app_servers_racing_on_a_few_cases_lose_nothing(String isolation) throws Exception {
        DataSource db = Databases.postgres(isolation);
        CaseStore setup = CaseStore.jdbc(db, Stores.CALENDAR);
        setup.createSchema();
        setup.register(V4);
        Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
        for (String id : CASES) {
            setup.start(V4, id, ALL, t0);
        }
        AtomicInteger retries = new AtomicInteger();
        List<CountingDataSource> counted = new ArrayList<>();
        List<CaseStore> servers = new ArrayList<>();
        List<Pool> pools = new ArrayList<>();
        for (int server = 0; server < 2; server++) {
            Pool pool = new Pool(db, 4);
            pools.add(pool);
            CountingDataSource counting = new CountingDataSource(pool, true);
            counted.add(counting);
            CaseStore store = CaseStore.builder(Stores.CALENDAR).onRetry((id, attempt, cause) -> retries.incrementAndGet())
                    .jdbc(counting.dataSource());
            store.register(V4);
            servers.add(store);
        }
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger conflictAttempts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        long began;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                CaseStore store = servers.get(t % 2);
                done.add(threads.submit(() -> {
                    go.await();
                    for (int k = 0; k < COMMANDS; k++) {
                        String mark = "t" + thread + "-" + k;
                        String id = CASES.get((thread + k) % CASES.size());
                        try {
                            store.update(id, c -> next(c, mark));
                            accepted.add(mark);
                        } catch (CaseConflictException e) {
                            assertThat(e.caseId()).isEqualTo(id);
                            assertThat(e.getMessage()).startsWith("case " + id + " was changed by someone else");
                            conflicts.incrementAndGet();
                            conflictAttempts.addAndGet(e.attempts());
                        }
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        for (Pool p : pools) {
            p.close();
        }
        // every case replays (find re-checks every rule and the digest chain against the stored last digest)
        Map<String, Integer> seen = new HashMap<>();
        int events = 0;
        for (String id : CASES) {
            SopInstance c = setup.find(id).orElseThrow();
            assertThat(SopInstance.replay(V4, c.events(), c.lastDigest())).isEqualTo(c);
            events += c.events().size();
            for (Event e : c.events().subList(1, c.events().size())) {
                seen.merge(e.remark().orElseThrow(), 1, Integer::sum);
            }
        }
        int lostRaces = counted.get(0).conflicts.get() + counted.get(1).conflicts.get();
        System.out.printf("PostgreSQL %s: %d threads on 2 pools, %d commands on %d cases in %d ms: %d accepted,"
                + " %d lost races, %d retried, %d gave up with CaseConflictException%n", isolation, THREADS,
                THREADS * COMMANDS, CASES.size(), millis, accepted.size(), lostRaces, retries.get(), conflicts.get());
        assertThat(seen.values()).as("no command's event is stored twice").allMatch(n -> n == 1);
        assertThat(seen.keySet()).as("every accepted command is in exactly one case, and nothing else is")
                .isEqualTo(new HashSet<>(accepted));
        assertThat(events).as("no event is lost or duplicated").isEqualTo(CASES.size() + accepted.size());
        assertThat(accepted.size() + conflicts.get()).isEqualTo(THREADS * COMMANDS);
        assertThat(lostRaces).as("every lost race surfaced as a retry or the typed conflict")
                .isEqualTo(retries.get() + conflicts.get());
        assertThat(conflictAttempts.get()).isEqualTo(conflicts.get() * 10);
        assertThat(lostRaces).as("the threads did race").isPositive();
    }
}
