package io.github.tertib.bench;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANAAN;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.InstanceStatus;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * SOP V.4 on Tertib, as the benchmarks and {@link io.github.tertib.bench.report.Footprint} run it:
 * the same workflow and the same paths as the peers' {@link io.github.tertib.bench.peers.V4}, with
 * one shared definition and one shared actor per role (the peers' cast).
 *
 * <p>Tertib's case starts with {@code SopInstance.start} (an event, no part done), so the peers'
 * {@code START_1} trigger is {@code complete(1, kasi, t)}: the happy path is start plus the same 8
 * guarded commands as {@link io.github.tertib.bench.peers.V4#HAPPY_PATH}, 9 events in all.
 *
 * <p>Every command is given at its own instant, one minute after the one before, from the case's
 * start; the instants are made per case (a host stamps each command with the clock), so two cases
 * share none.
 */
public final class TertibV4 {

    private TertibV4() {
    }

    /** The shared definition: PalangkaRaya.v4(). */
    public static final SopDefinition DEFINITION = PalangkaRaya.v4();

    /** The cast: one actor per role, shared by every case. */
    public static final Actor KASI = Actor.of("kasi-1", "Budi Santoso", KEPALA_SEKSI);
    public static final Actor KABID = Actor.of("kabid-1", "Rina Wulandari", KEPALA_BIDANG);
    public static final Actor KADIN = Actor.of("kadin-1", "Drs. Murni", KEPALA_DINAS);
    public static final Actor STAF = Actor.of("staf-7", "Andi Pratama", PELAKSANA);
    public static final Actor TIM = Actor.of("tim-1", "Tim Pelaksanaan Kegiatan", PELAKSANAAN);

    /** Monday 2 March 2026, 08:00 WIB: when the benchmarks' cases start. */
    public static final Instant T0 = LocalDateTime.of(2026, 3, 2, 8, 0).atZone(AsnQuestions.ZONE).toInstant();

    /** Events in a completed happy-path case: Started and 8 parts. */
    public static final int HAPPY_PATH_EVENTS = 9;

    /** Commands of {@link #consultAgain}: Kepala Bidang's part, Kepala Dinas's part, "Tidak" at step 3. */
    public static final int CONSULT_AGAIN_TRANSITIONS = 3;

    /** Returns the instant {@code minutes} after {@code start}. */
    public static Instant at(Instant start, int minutes) {
        return start.plusSeconds(60L * minutes);
    }

    /** A new case started at {@code t0}, step 1 current. */
    public static SopInstance start(String id, Instant t0) {
        return SopInstance.start(DEFINITION, id, KASI, t0);
    }

    /** A new case at step 2 (start, then step 1 done), its last event at {@code t0 + 1 min}. */
    public static SopInstance atStep2(String id, Instant t0) {
        return start(id, t0).complete(1, KASI, at(t0, 1));
    }

    /**
     * The happy path from start to END: start, step 1, both parts of step 2, "Ya" at step 3,
     * steps 4 and 5, both parts of step 6. The commands are written out (not looped over a table)
     * as a host would give them.
     */
    public static SopInstance completed(String id, Instant t0) {
        return SopInstance.start(DEFINITION, id, KASI, t0)
                .complete(1, KASI, at(t0, 1))
                .complete(2, KABID, at(t0, 2))
                .complete(2, KADIN, at(t0, 3))
                .decide(3, Answer.YES, KASI, at(t0, 4))
                .complete(4, STAF, at(t0, 5))
                .complete(5, TIM, at(t0, 6))
                .complete(6, STAF, at(t0, 7))
                .complete(6, KASI, at(t0, 8));
    }

    /**
     * From step 2 back to step 2: Kepala Bidang's part and Kepala Dinas's part of step 2, then
     * "Tidak" at step 3, at the three given instants: the peers' {@code CONSULT_AGAIN}.
     */
    public static SopInstance consultAgain(SopInstance atStep2, Instant kabid, Instant kadin, Instant tidak) {
        return atStep2.complete(2, KABID, kabid)
                .complete(2, KADIN, kadin)
                .decide(3, Answer.NO, KASI, tidak);
    }

    /** Throws unless the case is completed with the given number of events. */
    public static SopInstance requireCompleted(SopInstance run, int events) {
        if (run.status() != InstanceStatus.COMPLETED || run.events().size() != events) {
            throw new IllegalStateException("expected a completed case of " + events + " events: " + run);
        }
        return run;
    }

    /** Throws unless the case is open at step 2 with both of its parts pending. */
    public static SopInstance requireAtStep2(SopInstance run) {
        if (run.status() != InstanceStatus.ACTIVE || run.currentStep().number() != 2
                || run.pendingParts().size() != 2) {
            throw new IllegalStateException("expected a case at step 2 with both parts pending: " + run);
        }
        return run;
    }
}
