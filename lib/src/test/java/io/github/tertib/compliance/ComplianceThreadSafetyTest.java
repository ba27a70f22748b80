package io.github.tertib.compliance;

import static io.github.tertib.compliance.Cases.ASN;
import static io.github.tertib.compliance.Cases.wib;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.run.Actor;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.catalog.Examples;
import io.github.tertib.time.TimePolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reports made on many threads at once, of two SOPs and two policies in turn (so that what is kept of
 * the last definition read changes under them), equal the reports made on one thread.
 */
class ComplianceThreadSafetyTest {

    @Test
    void reports_made_concurrently_of_alternating_sops_and_policies_equal_those_made_on_one_thread() throws Exception {
        Role staf = Role.of("pelaksana", "Pelaksana");
        SopDefinition other = Sop.define("X.1", "Contoh").roles(staf)
                .start(1, "Menerima berkas").by(staf, "Mulai").takes("1 Hari Kerja")
                .process(2, "Memeriksa berkas").by(staf, "Proses").takes("2 Jam")
                .end(3, "Selesai").by(staf, "Selesai")
                .build();
        Actor ani = Actor.of("s", "Ani", staf);
        SopInstance a = Examples.v4().run();
        SopInstance b = SopInstance.start(other, "X/1", ani, wib("2026-03-02T08:00"))
                .complete(1, ani, wib("2026-03-03T09:00"));
        Instant t = wib("2026-03-20T09:00");
        List<TimePolicy> policies = List.of(TimePolicy.workingDays(), TimePolicy.workingMinutes());
        List<ComplianceReport> expected = List.of(ComplianceReport.of(a, ASN, policies.get(0), t),
                ComplianceReport.of(b, ASN, policies.get(0), t), ComplianceReport.of(a, ASN, policies.get(1), t),
                ComplianceReport.of(b, ASN, policies.get(1), t));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = (i + offset) % 4;
                        ComplianceReport r = ComplianceReport.of(k % 2 == 0 ? a : b, ASN, policies.get(k / 2), t);
                        if (!r.equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(1).steps().get(1).status()).isEqualTo(ComplianceStatus.OVERDUE);
    }
}
