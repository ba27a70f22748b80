package io.github.tertib.run;

import io.github.tertib.sop.Answer;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.MURNI;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    @Test
    void lets_threads_share_an_instance_and_each_build_its_own_successors() throws Exception {
        SopInstance shared = V4.atStep2();
        List<Event> before = List.copyOf(shared.events());
        int threads = 4;
        int rounds = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<SopInstance>> results = new ArrayList<>();
            for (int n = 0; n < threads; n++) {
                boolean rinaFirst = n % 2 == 0;
                results.add(pool.submit(() -> {
                    go.await();
                    SopInstance last = null;
                    for (int i = 0; i < rounds; i++) {
                        SopInstance run = rinaFirst
                                ? shared.complete(2, RINA, t(20)).complete(2, MURNI, t(30))
                                : shared.complete(2, MURNI, t(20)).complete(2, RINA, t(30));
                        run = run.decide(3, Answer.YES, BUDI, t(40));
                        if (last != null && !run.equals(last)) {
                            throw new AssertionError("two runs of the same commands differ");
                        }
                        SopInstance.replay(V4.SOP, run.events());
                        shared.allowedActions(RINA, t(20));
                        last = run;
                    }
                    return last;
                }));
            }
            go.countDown();
            List<SopInstance> finals = new ArrayList<>();
            for (Future<SopInstance> f : results) {
                finals.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(finals.get(0)).isEqualTo(finals.get(2)).isNotEqualTo(finals.get(1));
            assertThat(finals).allSatisfy(r -> assertThat(r.currentStep().number()).isEqualTo(4));
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.events()).isEqualTo(before);
        assertThat(shared.pendingParts()).hasSize(2);
    }

    @Test
    void lets_threads_race_to_compute_the_digests_commands_left_pending() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                // a fresh case each round: its digests are not yet computed when the threads start
                SopInstance run = V4.completed();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> logs = new ArrayList<>();
                for (int n = 0; n < 4; n++) {
                    logs.add(pool.submit(() -> {
                        go.await();
                        return EventLog.format(run.events()) + run.lastDigest();
                    }));
                }
                go.countDown();
                String first = logs.get(0).get(60, TimeUnit.SECONDS);
                for (Future<String> f : logs) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(first);
                }
                assertThat(first).isEqualTo(EventLog.format(V4.completed().events()) + V4.completed().lastDigest());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
