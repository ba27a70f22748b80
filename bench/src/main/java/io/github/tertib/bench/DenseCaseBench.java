package io.github.tertib.bench;

import static io.github.tertib.bench.TertibV4.DEFINITION;
import static io.github.tertib.bench.TertibV4.KABID;
import static io.github.tertib.bench.TertibV4.KADIN;
import static io.github.tertib.bench.TertibV4.KASI;

import io.github.tertib.run.Event;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Answer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dense case: V.4 looping through steps 2 and 3 ("Tidak") until it has {@code events} events, built
 * command by command ({@code build}) and rebuilt from its events ({@code replay}). Both must grow in
 * proportion to the events: 300,000 about three times 100,000 (a copy of the events on every command
 * made it 65 times).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class DenseCaseBench {

    /** How many events the case reaches. */
    @Param({"100000", "300000"})
    public int events;

    private Instant[] at;
    private List<Event> log;

    @Setup
    public void setUp() {
        at = new Instant[events / 3 + 2];
        for (int i = 0; i < at.length; i++) {
            at[i] = TertibV4.at(TertibV4.T0, i);
        }
        SopInstance built = build();
        log = built.events(); // the digests are computed here, as for a stored log
        if (!SopInstance.replay(DEFINITION, log).equals(built)) {
            throw new IllegalStateException("the replay of the dense case differs from it");
        }
    }

    @Benchmark
    public SopInstance build() {
        SopInstance run = TertibV4.start("2026/dense", TertibV4.T0).complete(1, KASI, at[0]);
        for (int i = 1, size = 2; size < events; i++, size += 3) {
            run = run.complete(2, KABID, at[i]).complete(2, KADIN, at[i]).decide(3, Answer.NO, KASI, at[i]);
        }
        return run;
    }

    @Benchmark
    public SopInstance replay() {
        return SopInstance.replay(DEFINITION, log);
    }
}
