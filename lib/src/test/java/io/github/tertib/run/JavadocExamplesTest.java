package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeats the usage examples of the package's class Javadoc, so that they keep compiling and saying the truth. */
class JavadocExamplesTest {

    @Test
    void sop_instance() {
        SopDefinition v4 = PalangkaRaya.v4();
        Actor kasi = V4.BUDI;
        Actor kabid = V4.RINA;
        Actor sari = V4.SARI;
        SopInstance run = SopInstance.start(v4, "2026/001", kasi, V4.t(0));
        run = run.complete(1, kasi, V4.t(1));
        run = run.complete(2, kabid, V4.t(2)).complete(2, sari, V4.t(3));
        run = run.decide(3, Answer.NO, kasi, V4.t(4));
        assertThat(run.pendingParts()).containsExactly(Assignment.of(KEPALA_BIDANG, "Proses"),
                Assignment.of(KEPALA_DINAS, "Proses"));
        assertThat(SopInstance.replay(v4, run.events()).equals(run)).isTrue();
    }

    @Test
    void actor_and_delegation() {
        Actor kasi = Actor.of("kasi-1", "Budi", KEPALA_SEKSI).withNip(Nip.parse("19800101 200501 1 001"));
        Actor sari = Actor.of("staf-7", "Sari", PELAKSANA)
                .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-08T00:00:00Z"));
        assertThat(kasi.nip()).isPresent();
        assertThat(sari.capacityFor(KEPALA_DINAS, Instant.parse("2026-03-02T02:00:00Z"))).contains(Capacity.PLH);
        Delegation d = Delegation.of(KEPALA_DINAS, Capacity.PLH,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"));
        assertThat(d.isValidAt(Instant.parse("2026-03-07T23:59:59Z"))).isTrue();
        assertThat(d.isValidAt(Instant.parse("2026-03-08T00:00:00Z"))).isFalse();
        assertThat(Capacity.PLH.titled(KEPALA_DINAS)).isEqualTo("Plh. Kepala Dinas");
        assertThat(Answer.parse("Tidak")).isEqualTo(Answer.NO);
    }

    @Test
    void event_log_and_digest() {
        SopInstance run = V4.completed();
        String text = EventLog.format(run.events());
        String stored = run.lastDigest().toString();
        SopInstance again = SopInstance.replay(V4.SOP, EventLog.parse(text), Digest.parse(stored));
        assertThat(again).isEqualTo(run);
        List<Action> actions = V4.atStep3().allowedActions(V4.BUDI, V4.t(40)).actions();
        assertThat(actions).hasToString("[decide step 3 as Kepala Seksi, suspend at step 3 as Kepala Seksi]");
        assertThat(V4.atStep3().lastEvent().actor().name()).isEqualTo("Sari");
    }
}
