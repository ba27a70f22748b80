package io.github.tertib.catalog;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANAAN;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Nip;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Worked examples of cases, for tests, documentation and demonstrations.
 *
 * <pre>{@code
 * SopInstance run = Examples.v4().run();
 * System.out.print(EventLog.table(run.events()));
 * }</pre>
 *
 * <p>Every method returns an immutable, thread-safe value.
 */
public final class Examples {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private Examples() {
    }

    private static Instant wib(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute).toInstant(WIB);
    }

    /**
     * Returns a case of SOP V.4 from start to completion, in March 2026 (times in WIB): Sari, a
     * Pelaksana who is Plh. Kepala Dinas on 2 March only, does the Kepala Dinas's part of step 2; the
     * Kepala Seksi answers "Tidak" at step 3, so step 2 is done again the next day, this time by the
     * Kepala Dinas herself; the case waits at step 3 for a day (suspended, then resumed) before "Ya";
     * steps 4 to 6 follow, and step 6's last part completes the case on 12 March at 14:00.
     *
     * @return the scenario: 13 commands after the start, 14 events in all
     */
    public static Scenario v4() {
        Actor budi = Actor.of("197805122005011003", "Budi Santoso", KEPALA_SEKSI)
                .withNip(Nip.parse("19780512 200501 1 003"));
        Actor rina = Actor.of("197203041998032002", "Rina Wulandari", KEPALA_BIDANG);
        Actor murni = Actor.of("196109231991031004", "Drs. MURNI", KEPALA_DINAS)
                .withNip(Nip.parse("19610923 199103 1 004"));
        Actor sari = Actor.of("198801152010012001", "Sari Dewi", PELAKSANA)
                .acting(KEPALA_DINAS, Capacity.PLH, wib(2, 0, 0), wib(3, 0, 0));
        Actor andi = Actor.of("199002202015031001", "Andi Pratama", PELAKSANA);
        Actor tim = Actor.of("tim-pelaksanaan", "Tim Pelaksanaan Kegiatan", PELAKSANAAN);
        List<Command> commands = List.of(
                new Command.Complete(1, Optional.empty(), budi, wib(2, 8, 15)),
                new Command.Complete(2, Optional.empty(), rina, wib(2, 9, 0)),
                new Command.Complete(2, Optional.empty(), sari, wib(2, 10, 30)),
                new Command.Decide(3, Answer.NO, budi, wib(2, 11, 0)),
                new Command.Complete(2, Optional.empty(), rina, wib(3, 9, 0)),
                new Command.Complete(2, Optional.empty(), murni, wib(3, 13, 0)),
                new Command.Suspend(budi, "menunggu kejelasan identitas peserta", wib(3, 13, 30)),
                new Command.Resume(budi, wib(4, 10, 0)),
                new Command.Decide(3, Answer.YES, budi, wib(4, 10, 10)),
                new Command.Complete(4, Optional.empty(), andi, wib(9, 15, 0)),
                new Command.Complete(5, Optional.empty(), tim, wib(10, 15, 0)),
                new Command.Complete(6, Optional.empty(), andi, wib(12, 10, 0)),
                new Command.Complete(6, Optional.empty(), budi, wib(12, 14, 0)));
        return new Scenario(PalangkaRaya.v4(), List.of(budi, rina, murni, sari, andi, tim), "V4/2026/001", budi,
                wib(2, 8, 0), commands);
    }
}
