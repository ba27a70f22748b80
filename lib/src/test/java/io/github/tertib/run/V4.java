package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANAAN;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.SopDefinition;
import java.time.Duration;
import java.time.Instant;

/** The people and instants the example tests run SOP V.4 with. */
final class V4 {

    static final SopDefinition SOP = PalangkaRaya.v4();

    /** Monday 2 March 2026, 08:00 WIB. */
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    static final Actor BUDI = Actor.of("kasi-1", "Budi", KEPALA_SEKSI);
    static final Actor RINA = Actor.of("kabid-1", "Rina", KEPALA_BIDANG);
    static final Actor MURNI = Actor.of("kadin-1", "Murni", KEPALA_DINAS);
    /** A Pelaksana who is Plh. Kepala Dinas from 1 March until 7 March 2026 (exclusive). */
    static final Actor SARI = Actor.of("staf-7", "Sari", PELAKSANA)
            .acting(KEPALA_DINAS, Capacity.PLH, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-07T00:00:00Z"));
    static final Actor ANDI = Actor.of("staf-3", "Andi", PELAKSANA);
    static final Actor TIM = Actor.of("tim-1", "Tim Pelaksanaan", PELAKSANAAN);

    private V4() {
    }

    /** T0 plus the given minutes. */
    static Instant t(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static SopInstance started() {
        return SopInstance.start(SOP, "2026/001", BUDI, t(0));
    }

    /** Step 2 current, nothing done in it. */
    static SopInstance atStep2() {
        return started().complete(1, BUDI, t(10));
    }

    /** Step 3 current: Rina and Sari (Plh.) did step 2. */
    static SopInstance atStep3() {
        return atStep2().complete(2, RINA, t(20)).complete(2, SARI, t(30));
    }

    /** The whole happy path: completed at t(5000). */
    static SopInstance completed() {
        return atStep3().decide(3, Answer.YES, BUDI, t(40))
                .complete(4, ANDI, t(2000))
                .complete(5, TIM, t(2500))
                .complete(6, ANDI, t(4000))
                .complete(6, BUDI, t(5000));
    }
}
