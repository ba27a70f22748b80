package io.github.tertib.bench.report;

import io.github.tertib.bench.TertibV4;
import io.github.tertib.bench.peers.SpringStatemachineV4;
import io.github.tertib.bench.peers.SquirrelV4;
import io.github.tertib.bench.peers.Stateless4jV4;
import io.github.tertib.bench.peers.V4;
import io.github.tertib.bench.peers.V4Peer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures with JOL the memory a completed V.4 case retains on each peer and on Tertib, and writes it as
 * tab-separated {@code name bytes} lines, which {@link PerformanceReport} reads.
 *
 * <p>What is counted: the bytes that one more completed case adds to the heap, i.e. the object
 * graph reachable from two completed cases less the graph reachable from one. What cases share
 * (the definition, enum constants, actors, library singletons) is in both and cancels out;
 * everything a case owns is charged to it.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.tertib.bench.report.Footprint OUT.tsv}
 */
public final class Footprint {

    private Footprint() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Footprint OUT.tsv");
            System.exit(2);
        }
        Map<String, Long> bytes = measure();
        Path out = Path.of(args[0]);
        try (PrintStream print = new PrintStream(Files.newOutputStream(out), true, "UTF-8")) {
            bytes.forEach((name, size) -> print.println(name + "\t" + size));
        }
        bytes.forEach((name, size) -> System.out.println(name + ": " + size + " bytes"));
        System.out.println("Footprint.tertib by class (what one more completed case adds):");
        System.out.print(tertibBreakdown());
    }

    /** JOL's class histogram of what one more completed happy-path Tertib case adds to the heap. */
    static String tertibBreakdown() {
        SopInstance first = TertibV4.completed("V4/2026/001", TertibV4.T0);
        SopInstance second = TertibV4.completed("V4/2026/002", TertibV4.T0.plusSeconds(86_400));
        first.lastDigest();
        second.lastDigest();
        return GraphLayout.parseInstance(first, second).subtract(GraphLayout.parseInstance(first)).toFootprint();
    }

    /** The retained bytes of a completed case per peer, keyed as the report names them. */
    static Map<String, Long> measure() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put("Footprint.stateless4j", perCompletedCase(new Stateless4jV4()));
        bytes.put("Footprint.squirrel", perCompletedCase(new SquirrelV4()));
        bytes.put("Footprint.springStatemachine", perCompletedCase(new SpringStatemachineV4()));
        bytes.put("Footprint.tertib", perCompletedTertibCase(TertibV4::completed, TertibV4.HAPPY_PATH_EVENTS));
        bytes.put("Footprint.tertibWithLoop", perCompletedTertibCase(Footprint::completedWithLoop, 12));
        return bytes;
    }

    /**
     * The bytes one more completed Tertib case keeps, by the peers' method: the graph of two
     * completed cases less that of one. The cases share the definition and the actors (so their
     * {@code Person}s and {@code Role}s), as a host's cases do; each has its own id and its own
     * instants (a host stamps every command with the clock), which are charged to it. Counted: the
     * {@code SopInstance}, its event array, the events, their instants and digests, the id.
     * Shared, so not counted: the definition, actors, roles, {@code Optional.empty()}.
     * The digests are computed first ({@code lastDigest()}), as for a case whose log was stored.
     *
     * @param events the number of events the case must have
     */
    static long perCompletedTertibCase(BiFunction<String, Instant, SopInstance> completed, int events) {
        SopInstance first = TertibV4.requireCompleted(completed.apply("V4/2026/001", TertibV4.T0),
                events);
        SopInstance second = TertibV4.requireCompleted(
                completed.apply("V4/2026/002", TertibV4.T0.plusSeconds(86_400)), events);
        first.lastDigest();
        second.lastDigest();
        long one = GraphLayout.parseInstance(first).totalSize();
        long two = GraphLayout.parseInstance(first, second).totalSize();
        return two - one;
    }

    /** The happy path with one "Tidak" at step 3 first: 12 events. */
    static SopInstance completedWithLoop(String id, Instant t0) {
        SopInstance run = TertibV4.consultAgain(TertibV4.atStep2(id, t0), TertibV4.at(t0, 2), TertibV4.at(t0, 3),
                TertibV4.at(t0, 4));
        return run.complete(2, TertibV4.KABID, TertibV4.at(t0, 5))
                .complete(2, TertibV4.KADIN, TertibV4.at(t0, 6))
                .decide(3, Answer.YES, TertibV4.KASI, TertibV4.at(t0, 7))
                .complete(4, TertibV4.STAF, TertibV4.at(t0, 8))
                .complete(5, TertibV4.TIM, TertibV4.at(t0, 9))
                .complete(6, TertibV4.STAF, TertibV4.at(t0, 10))
                .complete(6, TertibV4.KASI, TertibV4.at(t0, 11));
    }

    static <M> long perCompletedCase(V4Peer<M> peer) {
        M first = completed(peer);
        M second = completed(peer);
        long one = GraphLayout.parseInstance(first).totalSize();
        long two = GraphLayout.parseInstance(first, second).totalSize();
        return two - one;
    }

    private static <M> M completed(V4Peer<M> peer) {
        M machine = peer.newCase();
        for (V4.Command command : V4.HAPPY_PATH) {
            peer.fire(machine, command.trigger(), command.actor());
        }
        if (peer.state(machine) != V4.State.END) {
            throw new IllegalStateException(peer.name() + " did not complete the case: " + peer.state(machine));
        }
        return machine;
    }
}
