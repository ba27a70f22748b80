package io.github.tertib.bench.report;

import io.github.tertib.bench.TertibV4;
import io.github.tertib.bench.db.BenchDatabase;
import io.github.tertib.bench.db.CountingDataSource;
import io.github.tertib.bench.store.StoreV4;
import java.util.List;

/** The store's side of {@link RoundTrips}: the command benchmark's workload through {@code CaseStore.update}. */
final class StoreSides {

    private StoreSides() {
    }

    static final List<RoundTrips.SideFactory> FACTORIES = List.of(StoreSides::tertib);

    static RoundTrips.Side tertib(BenchDatabase database, CountingDataSource counting) {
        StoreV4 tertib = StoreV4.on(counting.dataSource());
        int[] minutes = new int[RoundTrips.CASES];
        return new RoundTrips.Side("RoundTrips.tertib[database=" + database + "]",
                count -> {
                    for (int i = 0; i < count; i++) {
                        tertib.startAtStep2(id(i), TertibV4.T0);
                        minutes[i] = 2;
                    }
                },
                List.of(
                        new RoundTrips.Command("update: Kepala Bidang's part of step 2",
                                c -> tertib.completeKabid(id(c), TertibV4.at(TertibV4.T0, minutes[c]++))),
                        new RoundTrips.Command("update: Kepala Dinas's part of step 2 (step 3 becomes current)",
                                c -> tertib.completeKadin(id(c), TertibV4.at(TertibV4.T0, minutes[c]++))),
                        new RoundTrips.Command("update: \"Tidak\" at step 3 (back to step 2)",
                                c -> tertib.tidak(id(c), TertibV4.at(TertibV4.T0, minutes[c]++)))),
                () -> { });
    }

    private static String id(int c) {
        return "V4/2026/" + c;
    }
}
