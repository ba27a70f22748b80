package io.github.tertib.catalog;

import io.github.tertib.run.Actor;
import io.github.tertib.run.RejectedTransitionException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A scripted case: an SOP, the people who work on it, who starts it and when, and the commands given
 * after that. {@link Examples#v4()} is one; the test kit's generators (artifact tertib-testkit) build
 * others, and print them with the SOP as a step table before the script.
 *
 * <pre>{@code
 * Scenario s = Examples.v4();
 * SopInstance run = s.run();   // every command of a valid scenario succeeds
 * System.out.println(s);       // the people, the start, one command per line
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param definition the SOP
 * @param actors the people, with distinct ids
 * @param instanceId the case's id
 * @param starter who starts the case
 * @param startedAt when
 * @param commands the commands after the start, in order
 */
public record Scenario(SopDefinition definition, List<Actor> actors, String instanceId, Actor starter,
        Instant startedAt, List<Command> commands) {

    /**
     * Checks that nothing is null and copies the lists.
     *
     * @param definition the SOP
     * @param actors the people
     * @param instanceId the case's id
     * @param starter who starts the case
     * @param startedAt when
     * @param commands the commands after the start
     */
    public Scenario {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(startedAt, "startedAt");
        actors = List.copyOf(actors);
        commands = List.copyOf(commands);
    }

    /** Returns the started case, before any command. */
    public SopInstance start() {
        return SopInstance.start(definition, instanceId, starter, startedAt);
    }

    /**
     * Starts the case and gives it every command.
     *
     * @return the case after the last command
     * @throws RejectedTransitionException if a command is refused
     */
    public SopInstance run() {
        SopInstance run = start();
        for (Command c : commands) {
            run = c.applyTo(run);
        }
        return run;
    }

    /**
     * Starts the case and gives it every command, passing over those it refuses.
     *
     * @return the case after the last command
     */
    public SopInstance runIgnoringRefusals() {
        SopInstance run = start();
        for (Command c : commands) {
            try {
                run = c.applyTo(run);
            } catch (RejectedTransitionException refused) {
                // a refused command changes nothing: go on with the same case
            }
        }
        return run;
    }

    /**
     * Returns the actor with the given id.
     *
     * @param id the id
     * @return the actor
     * @throws IllegalArgumentException if no actor has it
     */
    public Actor actor(String id) {
        Objects.requireNonNull(id, "id");
        for (Actor a : actors) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("the scenario has no actor with id " + id);
    }

    /**
     * Returns the case without its SOP: the case's id and the people, the start, then one command per
     * line. Line breaks and other control characters in names are written as Java escapes ({@code \n}),
     * so that each command stays on its line.
     *
     * @return the script, one line per person and per command
     */
    public String script() {
        StringBuilder b = new StringBuilder("case ").append(instanceId).append(", people:");
        for (Actor a : actors) {
            b.append("\n  ").append(OneLine.of(a)).append(": ").append(OneLine.of(a.roles()));
            if (!a.delegations().isEmpty()) {
                b.append(" acting ").append(OneLine.of(a.delegations()));
            }
        }
        b.append("\n").append(startedAt).append(" start by ").append(OneLine.of(starter));
        for (Command c : commands) {
            b.append("\n").append(c);
        }
        return b.toString();
    }

    /** Returns the {@link #script()}: the case's id, the people, the start, one command per line. */
    @Override
    public String toString() {
        return script();
    }
}
