package io.github.tertib.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.bench.peers.V4.State;
import io.github.tertib.bench.peers.V4.Trigger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every peer runs the same V.4 workflow and refuses the same commands: the benchmarks compare like with like. */
class PeerModelsTest {

    static Stream<V4Peer<?>> peers() {
        return Stream.of(new Stateless4jV4(), new SquirrelV4(), new SpringStatemachineV4());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void the_happy_path_ends_at_END(V4Peer<M> peer) {
        M machine = peer.newCase();
        assertThat(peer.state(machine)).isEqualTo(State.STEP_1);
        for (V4.Command command : V4.HAPPY_PATH) {
            peer.fire(machine, command.trigger(), command.actor());
        }
        assertThat(peer.state(machine)).isEqualTo(State.END);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void consulting_again_returns_to_step_2_and_can_repeat(V4Peer<M> peer) {
        M machine = atStep2(peer);
        for (int round = 0; round < 3; round++) {
            for (V4.Command command : V4.CONSULT_AGAIN) {
                peer.fire(machine, command.trigger(), command.actor());
            }
            assertThat(peer.state(machine)).isEqualTo(State.STEP_2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void the_parts_of_step_2_may_come_in_either_order(V4Peer<M> peer) {
        M machine = atStep2(peer);
        peer.fire(machine, Trigger.PROSES_2_KADIN, V4.KADIN);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_2_KADIN_DONE);
        peer.fire(machine, Trigger.PROSES_2_KABID, V4.KABID);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void refuses_a_part_fired_by_an_actor_without_its_role(V4Peer<M> peer) {
        M machine = atStep2(peer);
        assertThatThrownBy(() -> peer.fire(machine, Trigger.PROSES_2_KABID, V4.KASI))
                .isInstanceOf(IllegalStateException.class);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_2);
        peer.fire(machine, Trigger.PROSES_2_KABID, V4.KABID);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_2_KABID_DONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void refuses_a_part_already_done(V4Peer<M> peer) {
        M machine = atStep2(peer);
        peer.fire(machine, Trigger.PROSES_2_KABID, V4.KABID);
        assertThatThrownBy(() -> peer.fire(machine, Trigger.PROSES_2_KABID, V4.KABID))
                .isInstanceOf(IllegalStateException.class);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_2_KABID_DONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void refuses_a_decision_on_a_step_that_is_not_current(V4Peer<M> peer) {
        M machine = atStep2(peer);
        assertThatThrownBy(() -> peer.fire(machine, Trigger.JIKA_3_YA, V4.KASI))
                .isInstanceOf(IllegalStateException.class);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peers")
    <M> void cases_from_one_definition_are_independent(V4Peer<M> peer) {
        M first = atStep2(peer);
        M second = peer.newCase();
        assertThat(peer.state(second)).isEqualTo(State.STEP_1);
        assertThat(peer.state(first)).isEqualTo(State.STEP_2);
    }

    private static <M> M atStep2(V4Peer<M> peer) {
        M machine = peer.newCase();
        peer.fire(machine, Trigger.START_1, V4.KASI);
        assertThat(peer.state(machine)).isEqualTo(State.STEP_2);
        return machine;
    }
}
