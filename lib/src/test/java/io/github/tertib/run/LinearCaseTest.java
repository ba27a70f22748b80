package io.github.tertib.run;

import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.MURNI;
import static io.github.tertib.run.V4.RINA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.sop.Answer;
import java.lang.reflect.Method;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Building a case command by command, and replaying it, cost in proportion to its events. The work is
 * counted as the bytes the building thread allocates, not timed: a case three times as long allocates
 * about three times as much (a copy of the events on every command would make it nine).
 */
class LinearCaseTest {

    // The tests compile inside the module io.github.tertib, which reads no management module (the
    // library must not require one), so the JDK's per-thread allocation counter is reached reflectively.
    private static final Object THREADS;
    private static final Method ALLOCATED;

    static {
        try {
            THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Class<?> bean = Class.forName("com.sun.management.ThreadMXBean");
            bean.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(THREADS, true);
            ALLOCATED = bean.getMethod("getThreadAllocatedBytes", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A case of V.4 looping through steps 2 and 3 until it has at least {@code events} events. */
    private static SopInstance looping(int events, Instant[] at) {
        SopInstance run = V4.started().complete(1, BUDI, at[0]);
        int i = 1;
        while (run.eventCount() < events) {
            run = run.complete(2, RINA, at[i]).complete(2, MURNI, at[i]).decide(3, Answer.NO, BUDI, at[i]);
            i++;
        }
        return run;
    }

    private static long allocated() throws ReflectiveOperationException {
        return (Long) ALLOCATED.invoke(THREADS, Thread.currentThread().getId());
    }

    private static long allocatedBy(Runnable work) throws ReflectiveOperationException {
        long before = allocated();
        work.run();
        return allocated() - before;
    }

    @Test
    void building_and_replaying_a_case_three_times_as_long_costs_about_three_times_as_much()
            throws ReflectiveOperationException {
        assertThat(allocated()).isPositive();
        Instant[] at = new Instant[110_000];
        for (int i = 0; i < at.length; i++) {
            at[i] = V4.t(i);
        }
        SopInstance[] built = new SopInstance[1];
        looping(100_000, at); // warm up
        long small = allocatedBy(() -> built[0] = looping(100_000, at));
        long large = allocatedBy(() -> built[0] = looping(300_000, at));
        assertThat((double) large / small).as("allocated %d then %d bytes", small, large).isBetween(2.0, 4.5);

        SopInstance small1 = looping(100_000, at);
        SopInstance large1 = looping(300_000, at);
        SopInstance.replay(V4.SOP, small1.events()); // warm up, and digests computed outside the count
        large1.events();
        long replaySmall = allocatedBy(() -> built[0] = SopInstance.replay(V4.SOP, small1.events()));
        long replayLarge = allocatedBy(() -> built[0] = SopInstance.replay(V4.SOP, large1.events()));
        assertThat((double) replayLarge / replaySmall).as("replay allocated %d then %d bytes", replaySmall,
                replayLarge).isBetween(2.0, 4.5);
        assertThat(built[0]).isEqualTo(large1);
    }
}
