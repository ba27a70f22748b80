package io.github.tertib.compliance;

import java.util.Arrays;

/**
 * The k-th smallest of an array of longs in linear expected time, for the monitoring report's medians
 * and 90th percentiles: a quickselect (median-of-three pivots) that falls back to sorting a range when
 * its partitions keep coming out lopsided, so that no input costs more than a sort.
 */
final class Select {

    private Select() {
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value a sort would put there, every
     * element before it is not greater and every element after it is not smaller; returns that value.
     *
     * @param a the values
     * @param from the first index of the range
     * @param to the index after the range
     * @param k an index in {@code [from, to)}
     * @return the k-th smallest value of the range (counting from {@code from})
     */
    static long nth(long[] a, int from, int to, int k) {
        if (k < from || k >= to) {
            throw new IndexOutOfBoundsException("k " + k + " is outside [" + from + ", " + to + ")");
        }
        int lo = from;
        int hi = to - 1;
        // about twice the depth of a balanced partitioning; past it, sort what is left
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(to - from));
        while (hi > lo) {
            if (budget-- == 0 || hi - lo < 16) {
                Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            long pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi]);
            // Hoare's partition: [lo, j] <= pivot <= [j + 1, hi]
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            if (k <= j) {
                hi = j;
            } else {
                lo = j + 1;
            }
        }
        return a[k];
    }

    private static long medianOfThree(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
