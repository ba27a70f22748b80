package io.github.tertib.time;

import io.github.tertib.TertibException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DayPlan} placed in a zone: the working time of a calendar as a function of the instant.
 *
 * <p>The central function is {@code F(t)}, the working seconds before instant {@code t} (absolute; only
 * differences mean something). It is continuous and non-decreasing, and rises at one second per second
 * exactly on working time, so working time between two instants is a difference of {@code F}, and adding
 * working time is inverting it. Both take a few binary searches, whatever the span.
 *
 * <p><b>Local times to instants.</b> A working interval {@code [s, e)} of date {@code d} covers the
 * instants from {@code resolve(d s)} to {@code resolve(d e)}, where {@code resolve} gives the first
 * instant at which the wall clock shows that local time or later: a time in a gap (spring forward) goes
 * to the instant of the transition; a time in an overlap (fall back) is its first occurrence. The real
 * span of date {@code d} is {@code [resolve(d 00:00), resolve(d+1 00:00))}.
 *
 * <p><b>Clock changes.</b> On most days working time is the local pattern shifted by one offset. The few
 * days on which a transition changes a day's real working seconds are kept in a sorted list of
 * "corrected days" with running sums. Zones with recurring rules repeat exactly every 400 Gregorian years
 * (146,097 days, a whole number of weeks), so the list is computed once for one such cycle beyond all
 * irregular data and explicit transitions, and later instants are shifted back by whole cycles.
 */
final class Timeline {

    static final int DAY = DayPlan.DAY;
    static final long CYCLE_DAYS = 146_097;
    static final long CYCLE_SECONDS = CYCLE_DAYS * DAY;

    private final DayPlan plan;
    private final LoopCounter loops;
    /** Transition instants, epoch seconds, increasing. */
    private final long[] tr;
    /** Offset of segment j, the time before {@code tr[j]} (and after {@code tr[j-1]}); one more than {@code tr}. */
    private final int[] off;
    /** Local time (epoch seconds) at which segment j ends: {@code tr[j] + off[j]}. */
    private final long[] l1;
    /** Local times shown by segment j only, {@code [lo[j], hi[j])}: no other segment shows them. */
    private final long[] lo;
    private final long[] hi;

    private final long[] cDay;
    /** Real working seconds of each corrected day. */
    private final long[] cW;
    /** Running sums, including the day itself, of real minus local working seconds and of working dates lost. */
    private final long[] cDelta;
    private final long[] cLost;
    /** Working seconds and working dates before each corrected day. */
    private final long[] cSec;
    private final long[] cDates;

    private final boolean cyclic;
    private final long c0;
    private final long cycleDelta;
    private final long cycleLost;
    private final long cycleSeconds;
    private final long cycleDates;
    private final long secondsAtCycle;
    private final long secondsAfterCycle;
    private final long datesAtCycle;
    private final long datesAfterCycle;

    Timeline(DayPlan plan, ZoneId zone, LoopCounter loops) {
        this.plan = plan;
        this.loops = loops;
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        boolean recurring = false;
        long start = 0;
        if (!rules.isFixedOffset()) {
            List<ZoneOffsetTransition> explicit = rules.getTransitions();
            recurring = !rules.getTransitionRules().isEmpty();
            long end = Long.MAX_VALUE;
            if (recurring) {
                int lastExplicit = explicit.isEmpty() ? 1970
                        : explicit.get(explicit.size() - 1).getDateTimeBefore().getYear();
                int lastData = plan.hasIrregular() ? LocalDate.ofEpochDay(plan.lastIrregular()).getYear() : 1970;
                start = LocalDate.of(Math.max(Math.max(lastExplicit, lastData), 1970) + 2, 1, 1).toEpochDay();
                end = (start + CYCLE_DAYS + 10) * DAY;
            }
            for (ZoneOffsetTransition t = rules.nextTransition(Instant.MIN);
                    t != null && t.getInstant().getEpochSecond() <= end; t = rules.nextTransition(t.getInstant())) {
                transitions.add(t);
            }
        }
        int n = transitions.size();
        tr = new long[n];
        off = new int[n + 1];
        l1 = new long[n];
        lo = new long[n + 1];
        hi = new long[n + 1];
        off[0] = n == 0 ? rules.getOffset(Instant.EPOCH).getTotalSeconds()
                : transitions.get(0).getOffsetBefore().getTotalSeconds();
        for (int j = 0; j < n; j++) {
            ZoneOffsetTransition t = transitions.get(j);
            tr[j] = t.getInstant().getEpochSecond();
            off[j + 1] = t.getOffsetAfter().getTotalSeconds();
            l1[j] = tr[j] + off[j];
            if (j > 0 && l1[j] <= l1[j - 1]) {
                throw new TertibException("the zone " + zone + " changes its offset twice within "
                        + (tr[j] - tr[j - 1]) + " seconds at " + t.getInstant() + ", which a WorkCalendar cannot"
                        + " follow: use a zone without such changes, such as " + ZoneOffset.ofTotalSeconds(off[j + 1]));
            }
        }
        lo[0] = Long.MIN_VALUE;
        for (int j = 0; j < n; j++) {
            long l2 = tr[j] + off[j + 1];
            hi[j] = Math.min(l1[j], l2);
            lo[j + 1] = Math.max(l1[j], l2);
        }
        hi[n] = Long.MAX_VALUE;
        this.cyclic = recurring && n > 0;
        this.c0 = start;

        // Days whose real working seconds differ from their local pattern's: those around each transition.
        List<long[]> corrected = new ArrayList<>();
        long lastCandidate = Long.MIN_VALUE;
        for (int j = 0; j < n; j++) {
            long l2 = tr[j] + off[j + 1];
            long from = Math.max(Math.floorDiv(Math.min(l1[j], l2), DAY) - 1, lastCandidate + 1);
            long to = Math.floorDiv(Math.max(l1[j], l2), DAY) + 1;
            for (long d = from; d <= to; d++) {
                long real = resolvedSeconds(d);
                long local = plan.total(plan.pattern(d));
                if (real != local) {
                    corrected.add(new long[] {d, real, real - local, real == 0 && local > 0 ? 1 : 0});
                }
            }
            lastCandidate = Math.max(lastCandidate, to);
        }
        int m = corrected.size();
        cDay = new long[m];
        cW = new long[m];
        cDelta = new long[m];
        cLost = new long[m];
        cSec = new long[m];
        cDates = new long[m];
        long inCycleDelta = 0;
        long inCycleLost = 0;
        for (int i = 0; i < m; i++) {
            long[] c = corrected.get(i);
            cDay[i] = c[0];
            cW[i] = c[1];
            long before = i > 0 ? cDelta[i - 1] : 0;
            long lostBefore = i > 0 ? cLost[i - 1] : 0;
            cDelta[i] = before + c[2];
            cLost[i] = lostBefore + c[3];
            cSec[i] = plan.seconds(c[0]) + before;
            cDates[i] = plan.dates(c[0]) - lostBefore;
            if (cyclic && c[0] >= start && c[0] < start + CYCLE_DAYS) {
                inCycleDelta += c[2];
                inCycleLost += c[3];
            }
        }
        this.cycleDelta = inCycleDelta;
        this.cycleLost = inCycleLost;
        this.cycleSeconds = plan.seconds(start + CYCLE_DAYS) - plan.seconds(start) + inCycleDelta;
        this.cycleDates = plan.dates(start + CYCLE_DAYS) - plan.dates(start) - inCycleLost;
        this.secondsAtCycle = secondsBefore(start);
        this.secondsAfterCycle = secondsBefore(start + CYCLE_DAYS);
        this.datesAtCycle = datesBefore(start);
        this.datesAfterCycle = datesBefore(start + CYCLE_DAYS);
    }

    // ---- the zone: local times and instants --------------------------------------------------------

    /** Returns how many whole 400-year cycles lie between the cycle's start and an epoch day (0 if not cyclic). */
    private long cyclesOfDay(long day) {
        return cyclic && day >= c0 + CYCLE_DAYS ? Math.floorDiv(day - c0, CYCLE_DAYS) : 0;
    }

    /** Returns the segment in force at instant {@code t} (within the table): the number of transitions at or before it. */
    private int segmentAt(long t) {
        int a = 0;
        int b = tr.length;
        if (b == 0 || t >= tr[b - 1]) {
            return b;
        }
        while (a < b) {
            loops.step();
            int mid = (a + b) >>> 1;
            if (tr[mid] <= t) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** Returns the first segment that shows local time {@code x} (within the table) or a later one. */
    private int segmentShowing(long x) {
        int a = 0;
        int b = l1.length;
        if (b == 0 || x >= l1[b - 1]) {
            return b;
        }
        while (a < b) {
            loops.step();
            int mid = (a + b) >>> 1;
            if (l1[mid] > x) {
                b = mid;
            } else {
                a = mid + 1;
            }
        }
        return a;
    }

    private long resolveInTable(long x) {
        int j = segmentShowing(x);
        long t = x - off[j];
        return j > 0 && t < tr[j - 1] ? tr[j - 1] : t;
    }

    /** Returns the first instant at which the wall clock shows local time {@code x} (epoch seconds) or later. */
    long resolve(long x) {
        long k = cyclesOfDay(Math.floorDiv(x, DAY));
        return resolveInTable(x - k * CYCLE_SECONDS) + k * CYCLE_SECONDS;
    }

    /** Returns the first instant of an epoch day. */
    long dayStart(long day) {
        return resolve(day * DAY);
    }

    /** Returns the segment whose offset maps the whole of a (table) day, or -1 if the day meets a transition. */
    private int uniformSegment(long day) {
        int j = segmentShowing(day * DAY);
        return day * DAY >= lo[j] && (day + 1) * DAY <= hi[j] ? j : -1;
    }

    /** Returns the epoch day whose real span contains instant {@code t}. */
    long dayOf(long t) {
        long k = cyclesOfDay(Math.floorDiv(t, DAY));
        long u = t - k * CYCLE_SECONDS;
        int j = segmentAt(u);
        long day = Math.floorDiv(u + off[j], DAY);
        // An instant never precedes the first instant of its local date; it can belong to the next date when
        // it repeats, in a fall-back overlap, local times of its date after that next date began.
        if ((day * DAY < lo[j] || (day + 1) * DAY > hi[j]) && u >= resolveInTable((day + 1) * DAY)) {
            day++;
        }
        return day + k * CYCLE_DAYS;
    }

    // ---- per day: real working seconds and running sums --------------------------------------------

    private int correctedIndex(long day) {
        int a = 0;
        int b = cDay.length;
        while (a < b) {
            loops.step();
            int mid = (a + b) >>> 1;
            if (cDay[mid] < day) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** Returns the real working seconds of a day. */
    long realSeconds(long day) {
        if (cDay.length > 0) {
            long k = cyclesOfDay(day);
            long d = day - k * CYCLE_DAYS;
            int i = correctedIndex(d);
            if (i < cDay.length && cDay[i] == d) {
                return cW[i];
            }
        }
        return plan.total(plan.pattern(day));
    }

    /** Returns the real working seconds of a day (within the table) by resolving each of its intervals. */
    private long resolvedSeconds(long day) {
        int p = plan.pattern(day);
        int[] s = plan.starts(p);
        int[] e = plan.ends(p);
        long base = day * DAY;
        long total = 0;
        for (int k = 0; k < s.length; k++) {
            total += resolveInTable(base + e[k]) - resolveInTable(base + s[k]);
        }
        return total;
    }

    /** Returns the working seconds of all days before {@code day} (absolute). */
    long secondsBefore(long day) {
        long local = plan.seconds(day);
        if (cDay.length == 0) {
            return local;
        }
        long k = cyclesOfDay(day);
        int i = correctedIndex(day - k * CYCLE_DAYS);
        return local + (i > 0 ? cDelta[i - 1] : 0) + k * cycleDelta;
    }

    /** Returns the number of working dates (days with real working time) before {@code day} (absolute). */
    long datesBefore(long day) {
        long local = plan.dates(day);
        if (cDay.length == 0) {
            return local;
        }
        long k = cyclesOfDay(day);
        int i = correctedIndex(day - k * CYCLE_DAYS);
        return local - (i > 0 ? cLost[i - 1] : 0) - k * cycleLost;
    }

    // ---- instants: F and its inverse ---------------------------------------------------------------

    /**
     * Returns the working seconds of day {@code day} before instant {@code t} (which lies in the day's
     * span), times two, plus one if the second starting at {@code t} works.
     */
    long within(long day, long t) {
        long k = cyclesOfDay(day);
        long d = day - k * CYCLE_DAYS;
        long u = t - k * CYCLE_SECONDS;
        int p = plan.pattern(day);
        int j = uniformSegment(d);
        if (j >= 0) {
            return plan.within(p, (int) (u + off[j] - d * DAY));
        }
        int[] s = plan.starts(p);
        int[] e = plan.ends(p);
        long acc = 0;
        for (int i = 0; i < s.length; i++) {
            loops.step();
            long rs = resolveInTable(d * DAY + s[i]);
            if (u < rs) {
                break;
            }
            long re = resolveInTable(d * DAY + e[i]);
            if (u < re) {
                return ((acc + u - rs) << 1) | 1;
            }
            acc += re - rs;
        }
        return acc << 1;
    }

    /** Returns F(t) times two, plus one if the second starting at {@code t} works. */
    long locate(long t) {
        long day = dayOf(t);
        return (secondsBefore(day) << 1) + within(day, t);
    }

    /** Returns the earliest instant {@code t} (epoch seconds) with {@code F(t) >= y}. */
    long earliest(long y) {
        long k = 0;
        if (cyclic && y > secondsAfterCycle) {
            k = Math.floorDiv(y - secondsAtCycle - 1, cycleSeconds);
        }
        long z = y - k * cycleSeconds;
        long day = dayForSeconds(z);
        return instantIn(day, z - secondsBefore(day)) + k * CYCLE_SECONDS;
    }

    /** Returns the smallest day {@code d} with {@code secondsBefore(d + 1) >= y}. */
    private long dayForSeconds(long y) {
        if (cDay.length == 0) {
            return plan.dayForSeconds(y);
        }
        int i = correctedIndexBelow(cSec, y);
        if (i < 0) {
            return plan.dayForSeconds(y);
        }
        if (y <= cSec[i] + cW[i]) {
            return cDay[i];
        }
        return plan.dayForSeconds(y - cDelta[i]);
    }

    /** Returns the largest index whose value is below {@code y}, or -1. */
    private int correctedIndexBelow(long[] values, long y) {
        int a = 0;
        int b = values.length;
        while (a < b) {
            loops.step();
            int mid = (a + b) >>> 1;
            if (values[mid] < y) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a - 1;
    }

    /** Returns the instant at which day {@code day} (in table range) has worked {@code e} seconds, {@code 0 < e <= its total}. */
    private long instantIn(long day, long e) {
        int p = plan.pattern(day);
        int j = uniformSegment(day);
        if (j >= 0) {
            return day * DAY + plan.at(p, e) - off[j];
        }
        int[] s = plan.starts(p);
        int[] en = plan.ends(p);
        long left = e;
        for (int i = 0; i < s.length; i++) {
            loops.step();
            long rs = resolveInTable(day * DAY + s[i]);
            long re = resolveInTable(day * DAY + en[i]);
            if (left <= re - rs) {
                return rs + left;
            }
            left -= re - rs;
        }
        throw new IllegalStateException("day " + LocalDate.ofEpochDay(day) + " has fewer than " + e
                + " working seconds");
    }

    /** Returns the working date with {@code datesBefore(d) == index}: the smallest d with {@code datesBefore(d + 1) > index}. */
    long workingDate(long index) {
        long z = index + 1;
        long k = 0;
        if (cyclic && z > datesAfterCycle) {
            k = Math.floorDiv(z - datesAtCycle - 1, cycleDates);
        }
        z -= k * cycleDates;
        long day;
        if (cDay.length == 0) {
            day = plan.dayForDates(z);
        } else {
            int i = correctedIndexBelow(cDates, z);
            if (i < 0) {
                day = plan.dayForDates(z);
            } else if (z <= cDates[i] + (cW[i] > 0 ? 1 : 0)) {
                day = cDay[i];
            } else {
                day = plan.dayForDates(z + cLost[i]);
            }
        }
        return day + k * CYCLE_DAYS;
    }
}
