package io.github.tertib.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectTest {

    @Test
    void selects_what_a_sort_puts_at_every_rank_of_random_sorted_reversed_and_repeated_values() {
        Random random = new Random(20261205);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(round < 1_000 ? 40 : 3_000);
            long[] values = new long[n];
            int shape = round % 5;
            for (int i = 0; i < n; i++) {
                values[i] = switch (shape) {
                    case 0 -> random.nextLong();
                    case 1 -> random.nextInt(4);          // many equal values
                    case 2 -> i;                          // sorted
                    case 3 -> n - i;                      // reversed
                    default -> i % 2 == 0 ? i : -i;       // organ pipe
                };
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            long[] a = values.clone();
            assertThat(Select.nth(a, 0, n, k)).isEqualTo(sorted[k]);
            for (int i = 0; i < k; i++) {
                assertThat(a[i]).isLessThanOrEqualTo(a[k]);
            }
            for (int i = k + 1; i < n; i++) {
                assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
            }
            long[] rearranged = a.clone();
            Arrays.sort(rearranged);
            assertThat(rearranged).isEqualTo(sorted);
        }
    }

    @Test
    void selects_the_median_among_the_values_the_percentile_left_before_it() {
        long[] a = {9, 1, 8, 2, 7, 3, 6, 4, 5, 0};
        assertThat(Select.nth(a, 0, 10, 8)).isEqualTo(8);
        assertThat(Select.nth(a, 0, 9, 4)).isEqualTo(4);
    }

    @Test
    void refuses_a_rank_outside_the_range() {
        assertThatThrownBy(() -> Select.nth(new long[3], 0, 3, 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("k 3 is outside [0, 3)");
    }
}
