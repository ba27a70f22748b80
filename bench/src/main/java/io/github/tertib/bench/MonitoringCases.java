package io.github.tertib.bench;

import static io.github.tertib.bench.TertibV4.KABID;
import static io.github.tertib.bench.TertibV4.KADIN;
import static io.github.tertib.bench.TertibV4.KASI;
import static io.github.tertib.bench.TertibV4.STAF;
import static io.github.tertib.bench.TertibV4.TIM;

import io.github.tertib.sop.Answer;
import io.github.tertib.run.SopInstance;
import io.github.tertib.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Many V.4 cases with varied timings, for the monitoring benchmark: made with the run API from a
 * seed, so the same seed gives the same cases.
 *
 * <p>Each case starts at a working instant between 5 January and 31 October 2026 and is worked
 * on the ASN calendar: every part takes a working time drawn around its step's standard time
 * (from a fifth of its share to twice it, so some steps are late), counted with
 * {@code plusWorkingTime}. Of the cases, about
 * <ul>
 *   <li>20% hear "Tidak" at step 3 once (step 2 is done again), and 5% twice;
 *   <li>10% wait at step 3 (suspended, then resumed a few working hours later);
 *   <li>2% are cancelled by the Kepala Dinas at a random step;
 *   <li>10% are still open at {@link #AS_OF}: they stop after a random part;
 * </ul>
 * and the rest are completed. Every event lies before {@link #AS_OF}.
 */
public final class MonitoringCases {

    private MonitoringCases() {
    }

    /** The instant the monitoring report is made: Tuesday 15 December 2026, 09:00 WIB. */
    public static final Instant AS_OF = LocalDateTime.of(2026, 12, 15, 9, 0).atZone(AsnQuestions.ZONE).toInstant();

    private static final LocalDate FIRST_START = LocalDate.of(2026, 1, 5);
    private static final int START_DAYS = 300;

    /** The standard time of each V.4 step, 1 to 6, in minutes (PalangkaRaya.v4()). */
    private static final int[] STANDARD_MINUTES = {0, 15, 15, 10, 2_400, 480, 1_440};

    /** Returns {@code count} cases generated from {@code seed} on the calendar. */
    public static List<SopInstance> generate(int count, long seed, WorkCalendar calendar) {
        List<SopInstance> cases = new ArrayList<>(count);
        stream(count, seed, calendar).forEachRemaining(cases::add);
        return List.copyOf(cases);
    }

    /**
     * Returns the cases of {@link #generate} one at a time, as they are made: for more cases than fit
     * in memory at once.
     */
    public static Iterator<SopInstance> stream(int count, long seed, WorkCalendar calendar) {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public SopInstance next() {
                if (made == count) {
                    throw new NoSuchElementException("all " + count + " cases are made");
                }
                made++;
                return one(String.format("V4/2026/%06d", made), random, calendar);
            }
        };
    }

    private static SopInstance one(String id, SplittableRandom random, WorkCalendar calendar) {
        LocalDateTime day = FIRST_START.plusDays(random.nextInt(START_DAYS)).atTime(7, 0);
        Instant t = calendar.nextWorkingInstant(day.atZone(AsnQuestions.ZONE).toInstant()
                .plusSeconds(60L * random.nextInt(9 * 60)));
        Walk w = new Walk(random, calendar, t);
        boolean open = random.nextInt(100) < 10;
        boolean cancelled = !open && random.nextInt(100) < 2;
        // the number of parts after which an open or cancelled case stops: 1 (step 1) to 8
        int stopAfter = open || cancelled ? 1 + random.nextInt(8) : Integer.MAX_VALUE;
        int loops = random.nextInt(100) < 20 ? 1 + (random.nextInt(4) == 0 ? 1 : 0) : 0;
        boolean waits = random.nextInt(100) < 10;

        SopInstance run = SopInstance.start(TertibV4.DEFINITION, id, KASI, t);
        int parts = 0;
        run = run.complete(1, KASI, w.after(1));
        if (++parts == stopAfter) {
            return cancelled ? run.cancel(KADIN, w.after(1), "dibatalkan") : run;
        }
        for (int round = 0; ; round++) {
            boolean kabidFirst = random.nextBoolean();
            run = run.complete(2, kabidFirst ? KABID : KADIN, w.after(2));
            run = run.complete(2, kabidFirst ? KADIN : KABID, w.after(2));
            if ((parts += 2) >= stopAfter) {
                return cancelled ? run.cancel(KADIN, w.after(1), "dibatalkan") : run;
            }
            if (waits && round == 0) {
                run = run.suspend(KASI, w.after(3), "menunggu kejelasan identitas peserta");
                run = run.resume(KASI, w.afterMinutes(60 + random.nextInt(6 * 60)));
            }
            if (round < loops) {
                run = run.decide(3, Answer.NO, KASI, w.after(3));
                continue;
            }
            run = run.decide(3, Answer.YES, KASI, w.after(3));
            break;
        }
        if (++parts >= stopAfter) {
            return cancelled ? run.cancel(KADIN, w.after(1), "dibatalkan") : run;
        }
        run = run.complete(4, STAF, w.after(4));
        if (++parts >= stopAfter) {
            return cancelled ? run.cancel(KADIN, w.after(1), "dibatalkan") : run;
        }
        run = run.complete(5, TIM, w.after(5));
        if (++parts >= stopAfter) {
            return cancelled ? run.cancel(KADIN, w.after(1), "dibatalkan") : run;
        }
        boolean staffFirst = random.nextBoolean();
        run = run.complete(6, staffFirst ? STAF : KASI, w.after(6));
        if (++parts >= stopAfter) {
            return cancelled ? run.cancel(KADIN, w.after(1), "dibatalkan") : run;
        }
        return run.complete(6, staffFirst ? KASI : STAF, w.after(6));
    }

    /** The clock of one case: each part takes working time drawn around its step's standard. */
    private static final class Walk {
        private final SplittableRandom random;
        private final WorkCalendar calendar;
        private Instant now;

        Walk(SplittableRandom random, WorkCalendar calendar, Instant start) {
            this.random = random;
            this.calendar = calendar;
            this.now = start;
        }

        /**
         * The instant a part of the step is done: from a fifth of its share of the standard to twice
         * that share later (the two parts of steps 2 and 6 share their step's standard).
         */
        Instant after(int step) {
            int standard = STANDARD_MINUTES[step] / (step == 2 || step == 6 ? 2 : 1);
            return afterMinutes(Math.max(1, standard / 5 + random.nextInt(standard * 2 - standard / 5 + 1)));
        }

        Instant afterMinutes(int minutes) {
            now = calendar.plusWorkingTime(now, Duration.ofMinutes(minutes));
            return now;
        }
    }
}
