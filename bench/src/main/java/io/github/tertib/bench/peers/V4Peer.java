package io.github.tertib.bench.peers;

/**
 * What the tests and the footprint measurement need of a peer model of V.4. Benchmarks call the
 * peer classes directly, not through this interface.
 *
 * @param <M> the peer's running machine
 */
public interface V4Peer<M> {

    /** The peer library's name, as the report prints it. */
    String name();

    /** Returns a new case at step 1, ready for its first command. */
    M newCase();

    /**
     * Fires one guarded transition.
     *
     * @throws IllegalStateException when the machine refuses it (no transition for this trigger
     *     in this state, or the actor does not hold the part's role); the state is unchanged
     */
    void fire(M machine, V4.Trigger trigger, V4.Actor actor);

    /** The machine's current state. */
    V4.State state(M machine);
}
