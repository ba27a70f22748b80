package io.github.tertib.testkit;

import io.github.tertib.catalog.Command;
import io.github.tertib.catalog.Scenario;
import io.github.tertib.run.Action;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Capacity;
import io.github.tertib.run.RejectedTransitionException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generators of people and command sequences for any SOP definition: for property tests of code that
 * runs cases.
 *
 * <p>{@link #commands(SopDefinition)} builds scenarios whose every command is allowed at its instant;
 * {@link #arbitraryCommands(SopDefinition)} mixes in random commands, many of which a case refuses.
 * Both shrink towards short scenarios, early instants, "Ya" answers and the first person able to act.
 *
 * <pre>{@code
 * qt().forAll(TertibGens.of(RunGenerators.commands(PalangkaRaya.v4())))
 *     .checkAssert(s -> assertThat(SopInstance.replay(s.definition(), s.run().events())).isEqualTo(s.run()));
 * }</pre>
 *
 * <p>The generators are stateless and thread-safe.
 */
public final class RunGenerators {

    /** The instant generated cases start at: Monday 2 March 2026, 08:00 WIB. */
    public static final Instant EPOCH = Instant.parse("2026-03-02T01:00:00Z");

    private static final int MAX_COMMANDS = 40;
    private static final String[] NAMES = {"Budi", "Sari", "Rina", "Andi", "Dewi", "Joko", "Wati", "Hadi", "Lina",
        "Tono", "Murni", "Yanto"};
    // Names that a log must escape or encode: tab, backslash, line feed, non-ASCII.
    private static final String[] ODD = {" \tTab", " \\ Garis", "\nBaris", " \u00c9lise", " \u4e2d\u6587 \ud83d\ude00"};

    private RunGenerators() {
    }

    /**
     * Returns a generator of the people who work on cases of the definition: at least one definitive
     * holder of every role, sometimes a second, some holding two roles, and up to three Plt./Plh.
     * delegations whose periods begin and end around the first days of a case. Ids are distinct.
     *
     * @param definition the SOP
     * @return the generator
     */
    public static Generator<List<Actor>> actors(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        List<Role> roles = definition.roles();
        return c -> {
            List<Actor> out = new ArrayList<>();
            for (Role r : roles) {
                int holders = c.chance(25) ? 2 : 1;
                for (int h = 0; h < holders; h++) {
                    Role other = roles.size() > 1 && c.chance(20) ? roles.get(c.chooseInt(0, roles.size() - 1)) : r;
                    int n = out.size() + 1;
                    String name = NAMES[(n - 1) % NAMES.length] + (c.chance(10) ? ODD[c.chooseInt(0, ODD.length - 1)] : "");
                    out.add(other.equals(r) ? Actor.of("p" + n, name, r) : Actor.of("p" + n, name, r, other));
                }
            }
            int acting = c.chooseInt(0, 3);
            for (int k = 0; k < acting; k++) {
                int who = c.chooseInt(0, out.size() - 1);
                Role r = roles.get(c.chooseInt(0, roles.size() - 1));
                if (!out.get(who).holds(r)) {
                    Instant from = EPOCH.plus(Duration.ofMinutes(c.chooseInt(-600, 3000)));
                    Instant until = from.plus(Duration.ofMinutes(c.chooseInt(1, 3000)));
                    out.set(who, out.get(who).acting(r, c.chance(50) ? Capacity.PLT : Capacity.PLH, from, until));
                }
            }
            return List.copyOf(out);
        };
    }

    /**
     * Returns the scenario as a failing property shows it: the SOP as a step table
     * ({@link StepTable#from(SopDefinition)}), then the scenario's {@link Scenario#script()}.
     * {@link io.github.tertib.testkit.quicktheories.TertibGens} describes every generated scenario so.
     *
     * @param scenario the scenario
     * @return the step table and the script, one line per row, person and command
     */
    public static String describe(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        StringBuilder b = new StringBuilder();
        StepTable.from(scenario.definition()).toString().lines().forEach(line -> b.append(line).append('\n'));
        return b.append(scenario.script()).toString();
    }

    /**
     * Returns a generator of scenarios for the definition in which every command is allowed at its
     * instant (as {@link SopInstance#allowedActions} says): up to 40 commands, stopping when the case is
     * completed or cancelled. Decisions are sometimes answered "Tidak", so loops are taken; cases are
     * sometimes suspended and cancelled.
     *
     * @param definition the SOP
     * @return the generator
     */
    public static Generator<Scenario> commands(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return c -> scenario(definition, actors(definition).generate(c), c, false);
    }

    /**
     * Returns a generator of valid scenarios for the definitions the given generator builds.
     *
     * @param definitions builds the SOPs
     * @return the generator
     */
    public static Generator<Scenario> commands(Generator<SopDefinition> definitions) {
        Objects.requireNonNull(definitions, "definitions");
        return definitions.flatMap(RunGenerators::commands);
    }

    /**
     * Returns a generator of scenarios for the definition that mix allowed commands with arbitrary ones:
     * any person, any step (or one the SOP does not have), any role or none, either answer, instants
     * that sometimes go back in time. A case refuses many of them.
     *
     * @param definition the SOP
     * @return the generator
     */
    public static Generator<Scenario> arbitraryCommands(SopDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return c -> scenario(definition, actors(definition).generate(c), c, true);
    }

    /**
     * Returns a generator of mixed scenarios for the definitions the given generator builds.
     *
     * @param definitions builds the SOPs
     * @return the generator
     */
    public static Generator<Scenario> arbitraryCommands(Generator<SopDefinition> definitions) {
        Objects.requireNonNull(definitions, "definitions");
        return definitions.flatMap(RunGenerators::arbitraryCommands);
    }

    private static Scenario scenario(SopDefinition d, List<Actor> actors, Choices c, boolean arbitrary) {
        List<Actor> starters = new ArrayList<>();
        for (Actor a : actors) {
            for (Assignment p : d.startStep().parts()) {
                if (a.mayActFor(p.role(), EPOCH)) {
                    starters.add(a);
                    break;
                }
            }
        }
        Actor starter = starters.get(c.chooseInt(0, starters.size() - 1));
        String id = "case-" + c.chooseInt(1, 999);
        SopInstance run = SopInstance.start(d, id, starter, EPOCH);
        int n = c.chooseInt(0, MAX_COMMANDS);
        List<Command> commands = new ArrayList<>(n);
        Instant t = EPOCH;
        for (int i = 0; i < n; i++) {
            long minutes = c.chance(10) ? c.chooseInt(0, 3000) : c.chooseInt(0, 120);
            if (arbitrary && c.chance(10)) {
                minutes = -c.chooseInt(1, 60);
            }
            t = t.plus(Duration.ofMinutes(minutes));
            Command command = arbitrary && c.chance(50) ? anyCommand(run, actors, t, c)
                    : allowedCommand(run, actors, t, c);
            if (command == null) {
                continue;
            }
            commands.add(command);
            try {
                run = command.applyTo(run);
            } catch (RejectedTransitionException e) {
                if (!arbitrary) {
                    throw new IllegalStateException("allowedActions listed a command the case refused: " + command, e);
                }
            }
            if (!arbitrary && !run.status().isOpen()) {
                break;
            }
        }
        return new Scenario(d, actors, id, starter, EPOCH, commands);
    }

    private static Command allowedCommand(SopInstance run, List<Actor> actors, Instant at, Choices c) {
        List<Actor> partActors = new ArrayList<>();
        List<Action> parts = new ArrayList<>();
        List<Actor> otherActors = new ArrayList<>();
        List<Action> others = new ArrayList<>();
        // Cancelling ends a scenario, so it is offered less often than suspending and resuming.
        boolean mayCancel = c.chance(30);
        for (Actor a : actors) {
            for (Action x : run.allowedActions(a, at).actions()) {
                boolean part = x.kind() == Action.Kind.COMPLETE || x.kind() == Action.Kind.DECIDE;
                if (part || x.kind() != Action.Kind.CANCEL || mayCancel) {
                    (part ? partActors : otherActors).add(a);
                    (part ? parts : others).add(x);
                }
            }
        }
        if (parts.isEmpty() && others.isEmpty()) {
            return null;
        }
        boolean other = parts.isEmpty() || (!others.isEmpty() && c.chance(6));
        List<Action> from = other ? others : parts;
        int i = c.chooseInt(0, from.size() - 1);
        Action x = from.get(i);
        Actor a = (other ? otherActors : partActors).get(i);
        return switch (x.kind()) {
            case COMPLETE -> {
                int mine = 0;
                for (int k = 0; k < parts.size(); k++) {
                    mine += partActors.get(k) == a ? 1 : 0;
                }
                Optional<Role> role = mine == 1 && c.chance(30) ? Optional.empty() : Optional.of(x.role());
                yield new Command.Complete(x.step(), role, a, at);
            }
            case DECIDE -> new Command.Decide(x.step(), c.chance(30) ? Answer.NO : Answer.YES, a, at);
            case SUSPEND -> new Command.Suspend(a, "menunggu kejelasan", at);
            case RESUME -> new Command.Resume(a, at);
            case CANCEL -> new Command.Cancel(a, "kegiatan dibatalkan", at);
        };
    }

    private static Command anyCommand(SopInstance run, List<Actor> actors, Instant at, Choices c) {
        SopDefinition d = run.definition();
        Actor a = actors.get(c.chooseInt(0, actors.size() - 1));
        List<Step> steps = d.steps();
        // Mostly the current step, so that the checks of the actor are reached, not only NOT_CURRENT_STEP.
        int step = c.chance(70) ? run.currentStep().number() : c.chance(10) ? steps.get(steps.size() - 1).number() + 1
                : steps.get(c.chooseInt(0, steps.size() - 1)).number();
        int kind = c.chooseInt(0, 9);
        return switch (kind < 5 ? 0 : kind < 7 ? 1 : kind - 5) {
            case 0 -> {
                List<Assignment> parts = run.currentStep().parts();
                Optional<Role> role = c.chance(50) ? Optional.empty()
                        : Optional.of(c.chance(70) && !parts.isEmpty() ? parts.get(c.chooseInt(0, parts.size() - 1)).role()
                                : d.roles().get(c.chooseInt(0, d.roles().size() - 1)));
                yield new Command.Complete(step, role, a, at);
            }
            case 1 -> new Command.Decide(step, c.chance(50) ? Answer.NO : Answer.YES, a, at);
            case 2 -> new Command.Suspend(a, "menunggu", at);
            case 3 -> new Command.Resume(a, at);
            default -> new Command.Cancel(a, "batal", at);
        };
    }
}
