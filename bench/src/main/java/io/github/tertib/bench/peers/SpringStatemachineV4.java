package io.github.tertib.bench.peers;

import io.github.tertib.bench.peers.V4.Actor;
import io.github.tertib.bench.peers.V4.Role;
import io.github.tertib.bench.peers.V4.State;
import io.github.tertib.bench.peers.V4.Trigger;
import java.util.EnumSet;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.StateMachineEventResult.ResultType;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import reactor.core.publisher.Mono;

/**
 * SOP V.4 on Spring Statemachine 4.0.x: {@code StateMachineBuilder.builder()} with a
 * {@code Guard} per edge of {@link V4#TRANSITIONS}, turned once into a
 * {@link StateMachineFactory}; a case is {@code factory.getStateMachine()}, started; a command
 * is a {@link Message} whose payload is the trigger and whose header {@value #ACTOR} is the
 * actor, sent with {@code sendEvent(Mono<Message>)} and awaited with {@code blockLast()}.
 *
 * <p>Why that call: in 4.0.x the reactive {@code sendEvent(Mono<Message<E>>)} is the
 * non-deprecated API, and the deprecated {@code sendEvent(E)} and
 * {@code sendEvent(Message<E>)} are wrappers around it (they build the message, then reduce and
 * {@code block()} the same flux), so they cannot be faster; {@code sendEvent(E)} also cannot
 * carry the actor. A new message per command is what an application sends.
 *
 * <p>Models: the 7 steps, both two-part steps in either order (as states of done parts; Spring
 * could use orthogonal regions with fork/join, but the flat machine is its cheaper form and the
 * same machine the other peers run), the decision with "Tidak" back to step 2, END as an end
 * state, and the role guard; a result other than {@code ACCEPTED}, or a guard that kept the
 * state, becomes an {@link IllegalStateException}.
 *
 * <p>Cannot: no record of who did what, when, or in which capacity (beyond listeners an
 * application would write); no time; no Plt./Plh. delegation with validity; no replay; a
 * denied event carries no reason.
 */
public final class SpringStatemachineV4 implements V4Peer<StateMachine<State, Trigger>> {

    /** The message header carrying the acting {@link Actor}. */
    public static final String ACTOR = "actor";

    private final StateMachineFactory<State, Trigger> factory;

    /** Configures the shared definition. */
    public SpringStatemachineV4() {
        try {
            StateMachineBuilder.Builder<State, Trigger> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates()
                    .initial(State.STEP_1)
                    .end(State.END)
                    .states(EnumSet.allOf(State.class));
            StateMachineTransitionConfigurer<State, Trigger> transitions = builder.configureTransitions();
            for (V4.Transition t : V4.TRANSITIONS) {
                Role role = t.trigger().role();
                transitions.withExternal()
                        .source(t.from()).target(t.to()).event(t.trigger())
                        .guard(context -> ((Actor) context.getMessageHeader(ACTOR)).holds(role));
            }
            factory = builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("cannot configure the Spring Statemachine model of V.4", e);
        }
    }

    @Override
    public String name() {
        return "Spring Statemachine";
    }

    @Override
    public StateMachine<State, Trigger> newCase() {
        StateMachine<State, Trigger> machine = factory.getStateMachine();
        machine.startReactively().block();
        return machine;
    }

    @Override
    public void fire(StateMachine<State, Trigger> machine, Trigger trigger, Actor actor) {
        State before = machine.getState().getId();
        Message<Trigger> message = MessageBuilder.withPayload(trigger).setHeader(ACTOR, actor).build();
        StateMachineEventResult<State, Trigger> result = machine.sendEvent(Mono.just(message)).blockLast();
        // ACCEPTED only says a transition has this trigger; its guard runs afterwards, so a
        // refusal by the guard shows as a state that did not change (V.4 has no self-transitions).
        if (result == null || result.getResultType() != ResultType.ACCEPTED
                || machine.getState().getId() == before) {
            throw new IllegalStateException(actor + " may not fire " + trigger + " in state " + before);
        }
    }

    @Override
    public State state(StateMachine<State, Trigger> machine) {
        return machine.getState().getId();
    }
}
