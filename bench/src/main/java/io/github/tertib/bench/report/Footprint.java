package io.github.tertib.bench.report;

import io.github.tertib.bench.peers.SpringStatemachineV4;
import io.github.tertib.bench.peers.SquirrelV4;
import io.github.tertib.bench.peers.Stateless4jV4;
import io.github.tertib.bench.peers.V4;
import io.github.tertib.bench.peers.V4Peer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures with JOL the memory a completed V.4 case retains on each peer and writes it as
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
    }

    /** The retained bytes of a completed case per peer, keyed as the report names them. */
    static Map<String, Long> measure() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        bytes.put("Footprint.stateless4j", perCompletedCase(new Stateless4jV4()));
        bytes.put("Footprint.squirrel", perCompletedCase(new SquirrelV4()));
        bytes.put("Footprint.springStatemachine", perCompletedCase(new SpringStatemachineV4()));
        return bytes;
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
