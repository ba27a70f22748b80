package io.github.tertib.time;

/**
 * Counts the iterations of a calendar's inner loops (binary searches, walks over a day's intervals). A
 * calendar counts into {@link #NONE}; a test gives one a counter of its own to observe that the cost of a
 * query does not grow with its span.
 */
@FunctionalInterface
interface LoopCounter {

    /** The counter that counts nothing. */
    LoopCounter NONE = () -> { };

    /** Counts one iteration. */
    void step();
}
