package io.github.tertib.store;

import io.github.tertib.compliance.MonitoringReport;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/** The monitoring report over a store's cases, read as a stream: one case in memory at a time. */
final class Monitoring {

    private Monitoring() {
    }

    static MonitoringReport of(CaseStore store, StoreSettings settings, SopDefinition definition, Instant from,
            Instant until, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        try (Stream<SopInstance> cases = store.instances(definition.number(), from, until)) {
            Iterator<SopInstance> it = cases
                    .filter(c -> c.definition().fingerprint().equals(definition.fingerprint())).iterator();
            Iterable<SopInstance> once = () -> it;
            return MonitoringReport.of(definition, once, settings.calendar(), settings.policy(), asOf);
        }
    }
}
