package io.github.tertib.bench;

import io.github.tertib.bench.peers.SquirrelV4;
import io.github.tertib.bench.peers.V4Peer;

/** {@link PeerMachineBench} on squirrel-foundation 0.3.10 ({@link SquirrelV4}). */
public class SquirrelBench extends PeerMachineBench<SquirrelV4.Machine> {

    @Override
    protected V4Peer<SquirrelV4.Machine> newPeer() {
        return new SquirrelV4();
    }
}
