package io.github.tertib.bench.peers;

import io.github.tertib.bench.peers.V4.Actor;
import io.github.tertib.bench.peers.V4.Role;
import io.github.tertib.bench.peers.V4.State;
import io.github.tertib.bench.peers.V4.Trigger;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.builder.From;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * SOP V.4 on squirrel-foundation 0.3.10: one shared builder from
 * {@link StateMachineBuilderFactory}, an external transition per edge of
 * {@link V4#TRANSITIONS} with a role {@link Condition}; the actor is the event context; a case
 * is {@code builder.newStateMachine(STEP_1)}; a command is {@code fire(trigger, actor)}.
 *
 * <p>Models: the 7 steps, both two-part steps in either order (as states of done parts), the
 * decision with "Tidak" back to step 2, END as squirrel's final state, and the role guard.
 * squirrel declines a refused event silently; the machine records it in
 * {@code afterTransitionDeclined} and {@link #fire} turns that into an
 * {@link IllegalStateException}, as the other peers refuse.
 *
 * <p>Cannot: no record of who did what, when, or in which capacity; no time; no Plt./Plh.
 * delegation with validity; no replay; a declined event carries no reason.
 */
public final class SquirrelV4 implements V4Peer<SquirrelV4.Machine> {

    /** A running V.4 case; squirrel instantiates it reflectively, hence public. */
    public static class Machine extends AbstractStateMachine<Machine, State, Trigger, Actor> {
        private boolean declined;

        @Override
        protected void afterTransitionDeclined(State fromState, Trigger event, Actor context) {
            declined = true;
        }
    }

    private record RoleCondition(Role role) implements Condition<Actor> {
        @Override
        public boolean isSatisfied(Actor actor) {
            return actor.holds(role);
        }

        @Override
        public String name() {
            return "holds " + role;
        }
    }

    private final StateMachineBuilder<Machine, State, Trigger, Actor> builder =
            StateMachineBuilderFactory.create(Machine.class, State.class, Trigger.class, Actor.class);

    /** Configures the shared definition. */
    public SquirrelV4() {
        for (V4.Transition t : V4.TRANSITIONS) {
            From<Machine, State, Trigger, Actor> from = builder.externalTransition().from(t.from());
            (t.to() == State.END ? from.toFinal(t.to()) : from.to(t.to()))
                    .on(t.trigger())
                    .when(new RoleCondition(t.trigger().role()));
        }
    }

    @Override
    public String name() {
        return "squirrel-foundation";
    }

    @Override
    public Machine newCase() {
        Machine machine = builder.newStateMachine(State.STEP_1);
        machine.start();
        return machine;
    }

    @Override
    public void fire(Machine machine, Trigger trigger, Actor actor) {
        machine.fire(trigger, actor);
        if (machine.declined) {
            machine.declined = false;
            throw new IllegalStateException(
                    actor + " may not fire " + trigger + " in state " + machine.getCurrentState());
        }
    }

    @Override
    public State state(Machine machine) {
        return machine.getCurrentState();
    }
}
