package io.github.tertib.run;

import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANAAN;
import static io.github.tertib.run.V4.SOP;
import static io.github.tertib.run.V4.t;

import java.time.Instant;

/** The roster of the office that runs SOP V.4 in the tests, and a case done by its actors. */
final class Offices {

    static final Instant JAN_2024 = Instant.parse("2024-01-01T17:00:00Z");
    static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant MARCH_7 = Instant.parse("2026-03-07T00:00:00Z");
    static final String SARI_PLH = "800/12/Diskominfo/2026";
    static final String MURNI_SK = "821.2/45/BKPSDM/2024";

    /** Budi, Rina and Murni hold their posts since 2024; Sari is Plh. Kepala Dinas from 1 until 7 March 2026. */
    static final Roster ROSTER = Roster.builder()
            .person("kasi-1", "Budi").appoint("kasi-1", KEPALA_SEKSI, "821.2/40/BKPSDM/2024", JAN_2024)
            .person("kabid-1", "Rina").appoint("kabid-1", KEPALA_BIDANG, "821.2/41/BKPSDM/2024", JAN_2024)
            .person("kadin-1", "Murni").appoint("kadin-1", KEPALA_DINAS, MURNI_SK, JAN_2024)
            .person("staf-7", "Sari").appoint("staf-7", PELAKSANA, "813/7/BKPSDM/2023", JAN_2024)
            .acting("staf-7", KEPALA_DINAS, Capacity.PLH, SARI_PLH, MARCH_1, MARCH_7)
            .person("staf-3", "Andi").appoint("staf-3", PELAKSANA, "813/3/BKPSDM/2023", JAN_2024)
            .person("tim-1", "Tim Pelaksanaan").appoint("tim-1", PELAKSANAAN, "800/1/Diskominfo/2026", JAN_2024)
            .build();

    static final Actor BUDI = ROSTER.actor("kasi-1");
    static final Actor RINA = ROSTER.actor("kabid-1");
    static final Actor MURNI = ROSTER.actor("kadin-1");
    static final Actor SARI = ROSTER.actor("staf-7");
    static final Actor ANDI = ROSTER.actor("staf-3");
    static final Actor TIM = ROSTER.actor("tim-1");

    private Offices() {
    }

    /** Step 3 current: Rina and Sari (Plh.) did step 2, all as the roster says. */
    static SopInstance atStep3() {
        return SopInstance.start(SOP, "2026/001", BUDI, t(0)).complete(1, BUDI, t(10)).complete(2, RINA, t(20))
                .complete(2, SARI, t(30));
    }

    /** The whole happy path, completed at t(5000). */
    static SopInstance completed() {
        return atStep3().decide(3, Answer.YES, BUDI, t(40)).complete(4, ANDI, t(2000)).complete(5, TIM, t(2500))
                .complete(6, ANDI, t(4000)).complete(6, BUDI, t(5000));
    }
}
