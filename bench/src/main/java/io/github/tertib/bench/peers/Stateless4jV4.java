package io.github.tertib.bench.peers;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.github.tertib.bench.peers.V4.Actor;
import io.github.tertib.bench.peers.V4.Role;
import io.github.tertib.bench.peers.V4.State;
import io.github.tertib.bench.peers.V4.Trigger;

/**
 * SOP V.4 on stateless4j 2.6.0: one shared {@link StateMachineConfig} with a
 * {@code permitIf} guard per transition of {@link V4#TRANSITIONS}; a case is a
 * {@link StateMachine} over that config; a command is {@code fire(trigger)}.
 *
 * <p>Models: the 7 steps, both two-part steps in either order (as states of done parts), the
 * decision with "Tidak" back to step 2, and the role guard; a refused trigger throws
 * {@link IllegalStateException} (stateless4j's default unhandled-trigger action).
 *
 * <p>Cannot: stateless4j 2.6.0 guards take no arguments ({@code FuncBoolean}), so the acting
 * actor reaches the guard through a thread-local set around each {@code fire} (a shared config
 * cannot close over a per-case actor). No record of who did what, when, or in which capacity;
 * no time; no Plt./Plh. delegation with validity; no replay. The refusal names state and
 * trigger, not the reason (wrong role and "part already done" look alike).
 */
public final class Stateless4jV4 implements V4Peer<StateMachine<State, Trigger>> {

    private static final ThreadLocal<Actor> ACTING = new ThreadLocal<>();

    private final StateMachineConfig<State, Trigger> config = new StateMachineConfig<>();

    /** Configures the shared definition. */
    public Stateless4jV4() {
        for (V4.Transition t : V4.TRANSITIONS) {
            Role role = t.trigger().role();
            config.configure(t.from()).permitIf(t.trigger(), t.to(), () -> ACTING.get().holds(role));
        }
    }

    @Override
    public String name() {
        return "stateless4j";
    }

    @Override
    public StateMachine<State, Trigger> newCase() {
        return new StateMachine<>(State.STEP_1, config);
    }

    @Override
    public void fire(StateMachine<State, Trigger> machine, Trigger trigger, Actor actor) {
        ACTING.set(actor);
        try {
            machine.fire(trigger);
        } finally {
            ACTING.set(null);
        }
    }

    @Override
    public State state(StateMachine<State, Trigger> machine) {
        return machine.getState();
    }
}
