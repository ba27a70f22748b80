package io.github.tertib.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.bench.TertibV4;
import org.junit.jupiter.api.Test;

/**
 * The retained size of a completed case, measured by JOL as the benchmark report measures it: a size
 * in bytes on this JVM's layout, not a time, so it may be asserted.
 */
class FootprintTest {

    @Test
    void a_completed_v4_case_retains_under_one_kilobyte() {
        long bytes = Footprint.perCompletedTertibCase(TertibV4::completed, TertibV4.HAPPY_PATH_EVENTS);
        // 904 B with compressed references (the default below 32 GB of heap): 80 B per event
        assertThat(bytes).isLessThan(1024);
    }

    @Test
    void a_longer_case_grows_by_its_events_only() {
        long nine = Footprint.perCompletedTertibCase(TertibV4::completed, TertibV4.HAPPY_PATH_EVENTS);
        long twelve = Footprint.perCompletedTertibCase(Footprint::completedWithLoop, 12);
        // three more entries of 80 B, and the array of references they need
        assertThat(twelve - nine).isBetween(3 * 80L, 3 * 80L + 32);
    }
}
