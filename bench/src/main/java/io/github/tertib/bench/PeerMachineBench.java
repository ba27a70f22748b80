package io.github.tertib.bench;

import io.github.tertib.bench.peers.V4;
import io.github.tertib.bench.peers.V4Peer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The V.4 benchmarks every peer state machine runs; a subclass names the peer, and JMH reports
 * each benchmark under the subclass ({@code Stateless4jBench.guardedTransition}, ...).
 *
 * <ul>
 *   <li>{@code guardedTransition}: one guarded transition on a machine in the middle of a case.
 *       The machine sits at step 2; each invocation fires {@link V4#CONSULT_AGAIN} (Kepala
 *       Bidang's part, Kepala Dinas's part, "Tidak" at step 3), which brings it back to step 2,
 *       and the time is divided by those 3 transitions. No state is rebuilt between
 *       invocations, so nothing but transitions is timed.
 *   <li>{@code wholeCase}: a new case from the shared definition and {@link V4#HAPPY_PATH} to
 *       END (8 guarded transitions).
 *   <li>{@code newMachine}: a new case from the shared definition, ready for its first command.
 * </ul>
 *
 * @param <M> the peer's running machine
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public abstract class PeerMachineBench<M> {

    private static final int CONSULT_AGAIN_TRANSITIONS = 3;

    private V4Peer<M> peer;
    private M atStep2;

    /** Returns the peer under test, with its definition configured. */
    protected abstract V4Peer<M> newPeer();

    @Setup
    public void setUp() {
        if (V4.CONSULT_AGAIN.size() != CONSULT_AGAIN_TRANSITIONS) {
            throw new IllegalStateException("@OperationsPerInvocation must match V4.CONSULT_AGAIN");
        }
        peer = newPeer();
        atStep2 = peer.newCase();
        peer.fire(atStep2, V4.Trigger.START_1, V4.KASI);
        if (peer.state(atStep2) != V4.State.STEP_2) {
            throw new IllegalStateException(peer.name() + " did not reach step 2: " + peer.state(atStep2));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CONSULT_AGAIN_TRANSITIONS)
    public V4.State guardedTransition() {
        for (V4.Command command : V4.CONSULT_AGAIN) {
            peer.fire(atStep2, command.trigger(), command.actor());
        }
        return peer.state(atStep2);
    }

    @Benchmark
    public V4.State wholeCase() {
        M machine = peer.newCase();
        for (V4.Command command : V4.HAPPY_PATH) {
            peer.fire(machine, command.trigger(), command.actor());
        }
        return peer.state(machine);
    }

    @Benchmark
    public M newMachine() {
        return peer.newCase();
    }
}
