package io.github.tertib.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The open V.4 cases that the worklist and overdue benchmarks put in a database, the same for the
 * store and for Flowable: case {@code i} (from 0) is at step {@link #step(int)} (1 to 6, in turn),
 * which became current {@link #sinceMinutes(int)} minutes before {@link #AS_OF} (spread over the 30
 * days before it). At steps 2 and 6 both parts are pending.
 *
 * <p>The official is a Kepala Seksi: steps 1, 3 (the decision) and 6 (Pelaporan) are his, so half
 * the cases are on his worklist; most of them are overdue at {@link #AS_OF} (a step's standard is
 * 10 minutes to 40 hours, the cases' steps began up to 30 days earlier).
 */
public final class OpenCases {

    private OpenCases() {
    }

    /** When the worklist is asked for: Monday 6 April 2026, 10:00 WIB. */
    public static final Instant AS_OF = LocalDateTime.of(2026, 4, 6, 10, 0).atZone(AsnQuestions.ZONE).toInstant();

    /** Items in a page. */
    public static final int PAGE = 50;

    /** Steps with open work, in turn: 1 to 6. */
    public static final int STEPS = 6;

    /** The span before {@link #AS_OF} over which the cases' current steps began, in minutes. */
    public static final int SPREAD_MINUTES = 30 * 24 * 60;

    /** A prime that scatters {@link #sinceMinutes} over the spread. */
    public static final int SCATTER = 7_919;

    /** The current step of case {@code i}: 1 to 6. */
    public static int step(int i) {
        return 1 + i % STEPS;
    }

    /** How long before {@link #AS_OF} case {@code i}'s current step began, in minutes. */
    public static int sinceMinutes(int i) {
        return (int) ((long) i * SCATTER % SPREAD_MINUTES);
    }

    /** When case {@code i}'s current step began. */
    public static Instant stepBegan(int i) {
        return AS_OF.minus(Duration.ofMinutes(sinceMinutes(i)));
    }

    /** Whether the Kepala Seksi has work in case {@code i}: steps 1, 3 and 6. */
    public static boolean kasiWork(int i) {
        int step = step(i);
        return step == 1 || step == 3 || step == 6;
    }

    /** How many of the first {@code cases} cases the Kepala Seksi has work in. */
    public static int kasiWorkCount(int cases) {
        int count = 0;
        for (int i = 0; i < cases; i++) {
            if (kasiWork(i)) {
                count++;
            }
        }
        return count;
    }
}
