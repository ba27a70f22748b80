package io.github.tertib.bench;

import io.github.tertib.bench.peers.SpringStatemachineV4;
import io.github.tertib.bench.peers.V4.State;
import io.github.tertib.bench.peers.V4.Trigger;
import io.github.tertib.bench.peers.V4Peer;
import org.springframework.statemachine.StateMachine;

/** {@link PeerMachineBench} on Spring Statemachine 4.0.2 ({@link SpringStatemachineV4}). */
public class SpringStatemachineBench extends PeerMachineBench<StateMachine<State, Trigger>> {

    @Override
    protected V4Peer<StateMachine<State, Trigger>> newPeer() {
        return new SpringStatemachineV4();
    }
}
