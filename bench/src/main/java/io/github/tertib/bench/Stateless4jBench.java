package io.github.tertib.bench;

import com.github.oxo42.stateless4j.StateMachine;
import io.github.tertib.bench.peers.Stateless4jV4;
import io.github.tertib.bench.peers.V4.State;
import io.github.tertib.bench.peers.V4.Trigger;
import io.github.tertib.bench.peers.V4Peer;

/** {@link PeerMachineBench} on stateless4j 2.6.0 ({@link Stateless4jV4}). */
public class Stateless4jBench extends PeerMachineBench<StateMachine<State, Trigger>> {

    @Override
    protected V4Peer<StateMachine<State, Trigger>> newPeer() {
        return new Stateless4jV4();
    }
}
