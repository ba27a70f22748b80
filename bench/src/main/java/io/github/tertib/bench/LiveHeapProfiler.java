package io.github.tertib.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.tertib.bench.LiveHeapProfiler}) that reports
 * {@value #METRIC}: the most heap in use just after a garbage collection during an iteration, summed
 * over the heap's pools, so what the benchmark kept alive at its peak (garbage not yet collected is
 * not counted, as it would be by the pools' peak usage). Each iteration starts with a full
 * collection ({@code System.gc()}), so that the old generation holds no garbage of setup or of an
 * earlier iteration; what the benchmark promotes and drops during the iteration can still be counted
 * until the next old-generation collection, so the figure is an upper bound of its live set. An
 * iteration with no collection reports nothing. The maximum over iterations is the result.
 */
public final class LiveHeapProfiler implements InternalProfiler {

    /** The secondary metric's name in JMH's results. */
    public static final String METRIC = "heap.live.peak";

    /** The heap's pools (a GC also reports Metaspace and the code cache, which are not heap). */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final AtomicLong peak = new AtomicLong(-1);
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    @Override
    public String getDescription() {
        return "most heap in use after a GC during an iteration (peak live heap)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // A young collection leaves the old generation as it is, garbage included: start from a full
        // collection so that what setup or an earlier iteration left behind is not counted.
        System.gc();
        peak.set(-1);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to remove
            }
        }
        emitters.clear();
        long bytes = peak.get();
        if (bytes < 0) {
            return List.of();
        }
        return List.of(new ScalarResult(METRIC, bytes, "B", AggregationPolicy.MAX));
    }

    private void onGc(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        peak.accumulateAndGet(used, Math::max);
    }
}
