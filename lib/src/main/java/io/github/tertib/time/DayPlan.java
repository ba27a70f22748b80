package io.github.tertib.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working hours of every local date, without the zone: which hours each date works (as seconds of
 * the day) and how many working seconds and working dates come before it.
 *
 * <p>Dates between {@code first} and {@code first + n - 1} (the "irregular" dates, where holidays,
 * overrides and extra working dates live) have a stored pattern and prefix sums; every other date works
 * the weekly pattern of its weekday, so sums over any span are a few multiplications. Sums are absolute:
 * {@code seconds(d)} is the working seconds of all dates before {@code d} counted from a fixed origin, so
 * only differences mean something. Nothing here loops over days at query time.
 */
final class DayPlan {

    static final int DAY = 86_400;
    /** Epoch day 4 is Monday 1970-01-05: weeks are counted from it. */
    private static final long MONDAY = 4;

    /** Per pattern: merged interval starts and ends, seconds of the day; pattern 0 is the empty day. */
    private final LoopCounter loops;
    private final int[][] starts;
    private final int[][] ends;
    /** Per pattern: working seconds before each interval; one more entry than intervals, the last is the total. */
    private final int[][] cums;
    private final int[] weekPattern = new int[7];
    private final long[] weekCumSeconds = new long[8];
    private final long[] weekCumDates = new long[8];
    private final long first;
    private final int[] dayPattern;
    private final long[] prefSeconds;
    private final long[] prefDates;

    /**
     * Builds the plan.
     *
     * @param weekly the intervals of Monday to Sunday; some day must have working time
     * @param first the epoch day of the first irregular date
     * @param irregular the intervals of each irregular date from {@code first} on; may be empty
     * @param loops counts the iterations of the searches
     */
    DayPlan(List<List<WorkingInterval>> weekly, long first, List<List<WorkingInterval>> irregular, LoopCounter loops) {
        this.loops = loops;
        List<int[]> patterns = new ArrayList<>();
        Map<List<Integer>, Integer> index = new HashMap<>();
        patterns.add(new int[0]);
        index.put(List.of(), 0);
        for (int d = 0; d < 7; d++) {
            weekPattern[d] = intern(weekly.get(d), patterns, index);
        }
        this.first = first;
        this.dayPattern = new int[irregular.size()];
        for (int i = 0; i < dayPattern.length; i++) {
            dayPattern[i] = intern(irregular.get(i), patterns, index);
        }
        int m = patterns.size();
        starts = new int[m][];
        ends = new int[m][];
        cums = new int[m][];
        for (int p = 0; p < m; p++) {
            int[] bounds = patterns.get(p);
            int k = bounds.length / 2;
            starts[p] = new int[k];
            ends[p] = new int[k];
            cums[p] = new int[k + 1];
            for (int i = 0; i < k; i++) {
                starts[p][i] = bounds[2 * i];
                ends[p][i] = bounds[2 * i + 1];
                cums[p][i + 1] = cums[p][i] + ends[p][i] - starts[p][i];
            }
        }
        for (int d = 0; d < 7; d++) {
            int total = total(weekPattern[d]);
            weekCumSeconds[d + 1] = weekCumSeconds[d] + total;
            weekCumDates[d + 1] = weekCumDates[d] + (total > 0 ? 1 : 0);
        }
        if (weekCumSeconds[7] == 0) {
            throw new IllegalArgumentException("a weekly schedule without working time cannot be planned");
        }
        int n = dayPattern.length;
        prefSeconds = new long[n + 1];
        prefDates = new long[n + 1];
        prefSeconds[0] = weekly(first, weekCumSeconds);
        prefDates[0] = weekly(first, weekCumDates);
        for (int i = 0; i < n; i++) {
            int total = total(dayPattern[i]);
            prefSeconds[i + 1] = prefSeconds[i] + total;
            prefDates[i + 1] = prefDates[i] + (total > 0 ? 1 : 0);
        }
    }

    /** Returns the index of the pattern of the given intervals (merged where they touch), adding it if new. */
    private static int intern(List<WorkingInterval> intervals, List<int[]> patterns, Map<List<Integer>, Integer> index) {
        List<Integer> bounds = new ArrayList<>();
        for (WorkingInterval w : intervals) {
            int s = w.startSecond();
            int e = w.endSecond();
            if (!bounds.isEmpty() && bounds.get(bounds.size() - 1) == s) {
                bounds.set(bounds.size() - 1, e);
            } else {
                bounds.add(s);
                bounds.add(e);
            }
        }
        List<Integer> key = List.copyOf(bounds);
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        int[] array = new int[key.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = key.get(i);
        }
        patterns.add(array);
        index.put(key, patterns.size() - 1);
        return patterns.size() - 1;
    }

    /** Returns the last irregular epoch day, or {@code first - 1} if there are none. */
    long lastIrregular() {
        return first + dayPattern.length - 1;
    }

    /** Returns whether some dates are irregular. */
    boolean hasIrregular() {
        return dayPattern.length > 0;
    }

    /** Returns the pattern of an epoch day. */
    int pattern(long day) {
        long i = day - first;
        if (i >= 0 && i < dayPattern.length) {
            return dayPattern[(int) i];
        }
        return weekPattern[Math.floorMod(day - MONDAY, 7)];
    }

    /** Returns the working seconds of a pattern. */
    int total(int pattern) {
        int[] c = cums[pattern];
        return c[c.length - 1];
    }

    int[] starts(int pattern) {
        return starts[pattern];
    }

    int[] ends(int pattern) {
        return ends[pattern];
    }

    /** Returns the working seconds of all dates before {@code day} (absolute, see the class comment). */
    long seconds(long day) {
        return sum(day, weekCumSeconds, prefSeconds);
    }

    /** Returns the number of working dates before {@code day} (absolute, see the class comment). */
    long dates(long day) {
        return sum(day, weekCumDates, prefDates);
    }

    private long sum(long day, long[] weekCum, long[] pref) {
        int n = dayPattern.length;
        if (n == 0 || day <= first) {
            return weekly(day, weekCum);
        }
        if (day <= first + n) {
            return pref[(int) (day - first)];
        }
        return pref[n] + weekly(day, weekCum) - weekly(first + n, weekCum);
    }

    /** Returns the weekly-pattern sum over all days before {@code day}, counted from Monday 1970-01-05. */
    private static long weekly(long day, long[] weekCum) {
        return Math.floorDiv(day - MONDAY, 7) * weekCum[7] + weekCum[Math.floorMod(day - MONDAY, 7)];
    }

    /** Returns the smallest day {@code d} with {@code seconds(d + 1) >= y}: the date in which the y-th working second ends. */
    long dayForSeconds(long y) {
        return dayFor(y, weekCumSeconds, prefSeconds);
    }

    /** Returns the smallest day {@code d} with {@code dates(d + 1) >= z}: the z-th working date (counting from 1). */
    long dayForDates(long z) {
        return dayFor(z, weekCumDates, prefDates);
    }

    private long dayFor(long y, long[] weekCum, long[] pref) {
        int n = dayPattern.length;
        if (n == 0 || y <= pref[0]) {
            return weeklyDayFor(y, weekCum);
        }
        if (y <= pref[n]) {
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                loops.step();
                int mid = (lo + hi) >>> 1;
                if (pref[mid + 1] >= y) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return first + lo;
        }
        return weeklyDayFor(y - pref[n] + weekly(first + n, weekCum), weekCum);
    }

    private static long weeklyDayFor(long y, long[] weekCum) {
        long week = Math.floorDiv(y - 1, weekCum[7]);
        long rest = y - week * weekCum[7];
        int j = 0;
        while (weekCum[j + 1] < rest) {
            j++;
        }
        return MONDAY + 7 * week + j;
    }

    /**
     * Returns the working seconds of a pattern before second {@code s} of the day, times two, plus one if
     * the second starting at {@code s} works.
     */
    long within(int pattern, int s) {
        int[] st = starts[pattern];
        int lo = 0;
        int hi = st.length;
        while (lo < hi) {
            loops.step();
            int mid = (lo + hi) >>> 1;
            if (st[mid] <= s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int k = lo - 1;
        if (k < 0) {
            return 0;
        }
        int[] c = cums[pattern];
        if (s < ends[pattern][k]) {
            return ((long) (c[k] + s - st[k]) << 1) | 1;
        }
        return (long) c[k + 1] << 1;
    }

    /** Returns the second of the day at which a pattern has worked {@code e} seconds, {@code 0 < e <= total}. */
    int at(int pattern, long e) {
        int[] c = cums[pattern];
        int lo = 0;
        int hi = c.length - 2;
        while (lo < hi) {
            loops.step();
            int mid = (lo + hi) >>> 1;
            if (c[mid + 1] >= e) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return (int) (starts[pattern][lo] + e - c[lo]);
    }
}
