package io.github.tertib.bench.report;

import java.util.List;

/**
 * The store's sides of {@link RoundTrips}: empty until {@code io.github.tertib.store.CaseStore} is in
 * the build, then the store on each database.
 */
final class StoreSides {

    private StoreSides() {
    }

    static final List<RoundTrips.SideFactory> FACTORIES = List.of();
}
