package io.github.tertib.run;

import io.github.tertib.sop.Answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.catalog.Command;
import io.github.tertib.testkit.RunGenerators;
import io.github.tertib.catalog.Scenario;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of running cases, over SOP V.4 and over generated definitions: generated command lists,
 * checked against the case's own answers and against a simple {@link Model}.
 */
class SopInstanceProperties {

    private static final int EXAMPLES = 200;

    abstract static class Over {

        abstract Gen<Scenario> valid();

        abstract Gen<Scenario> arbitrary();

        @Test
        void a_refused_command_never_changes_the_instance() {
            qt().withExamples(EXAMPLES).forAll(arbitrary()).checkAssert(s -> {
                SopInstance run = s.start();
                int refused = 0;
                for (Command c : s.commands()) {
                    List<Event> events = List.copyOf(run.events());
                    InstanceStatus status = run.status();
                    List<Assignment> pending = run.pendingParts();
                    List<Visit> visits = run.visits();
                    try {
                        SopInstance next = c.applyTo(run);
                        assertThat(next.events()).hasSize(events.size() + 1);
                        assertThat(next.events().subList(0, events.size())).isEqualTo(events);
                        // the predecessor shares its events with its successor and still sees only its own
                        assertThat(run.events()).isEqualTo(events);
                        run = next;
                    } catch (RejectedTransitionException e) {
                        refused++;
                        assertThat(run.events()).isEqualTo(events);
                        assertThat(run.status()).isEqualTo(status);
                        assertThat(run.pendingParts()).isEqualTo(pending);
                        assertThat(run.visits()).isEqualTo(visits);
                        assertThat(e.getMessage()).contains(c.actor().toString()).contains(c.at().toString());
                    }
                }
                // every accepted command added exactly one event, every refused one none
                assertThat(run.events()).hasSize(1 + s.commands().size() - refused);
            });
        }

        @Test
        void replay_of_the_events_equals_the_instance() {
            qt().withExamples(EXAMPLES).forAll(arbitrary()).checkAssert(s -> {
                SopInstance run = s.runIgnoringRefusals();
                assertThat(SopInstance.replay(s.definition(), run.events())).isEqualTo(run);
                assertThat(SopInstance.replay(s.definition(), run.events(), run.lastDigest())).isEqualTo(run);
            });
        }

        @Test
        void parse_of_format_equals_the_events() {
            qt().withExamples(EXAMPLES).forAll(valid()).checkAssert(s -> {
                List<Event> events = s.run().events();
                assertThat(EventLog.parse(EventLog.format(events))).isEqualTo(events);
            });
        }

        @Test
        void every_command_of_a_valid_scenario_succeeds_and_the_case_is_completed_exactly_when_an_end_was_reached() {
            qt().withExamples(EXAMPLES).forAll(valid()).checkAssert(s -> {
                SopInstance run = s.start();
                for (Command c : s.commands()) {
                    run = c.applyTo(run);
                    boolean atEnd = run.currentStep().kind() == StepKind.END;
                    List<Visit> visits = run.visits();
                    boolean endVisited = run.definition().step(visits.get(visits.size() - 1).step()).kind()
                            == StepKind.END;
                    assertThat(run.status() == InstanceStatus.COMPLETED).isEqualTo(atEnd).isEqualTo(endVisited);
                    if (atEnd) {
                        assertThat(run.closedAt()).contains(run.lastEvent().at());
                        assertThat(run.lastEvent()).isInstanceOfAny(Event.PartCompleted.class, Event.Decided.class);
                    }
                }
            });
        }

        @Test
        void every_events_actor_could_act_for_its_role_at_its_instant() {
            qt().withExamples(EXAMPLES).forAll(arbitrary()).checkAssert(s -> {
                for (Event e : s.runIgnoringRefusals().events()) {
                    Actor a = s.actor(e.actorId());
                    assertThat(a.name()).isEqualTo(e.actorName());
                    assertThat(a.capacityFor(e.role(), e.at())).contains(e.capacity());
                    e.delegation().ifPresent(d -> assertThat(a.delegations()).contains(d));
                }
            });
        }

        @Test
        void a_case_follows_a_simple_model_of_its_status_current_step_and_parts_left() {
            qt().withExamples(EXAMPLES).forAll(arbitrary()).checkAssert(s -> {
                SopInstance run = s.start();
                Model model = new Model(s.definition(), s.startedAt());
                for (Command c : s.commands()) {
                    Optional<RejectionCode> foreseen = model.foreseen(c);
                    try {
                        run = c.applyTo(run);
                        assertThat(foreseen).as("the model foresaw a refusal of %s", c).isEmpty();
                        if (c instanceof Command.Complete) {
                            assertThat(model.left).as("a part left to do").contains(run.lastEvent().role());
                        }
                        model.apply(c, run.lastEvent());
                    } catch (RejectedTransitionException e) {
                        RejectionCode code = e.rejection().code();
                        if (foreseen.isPresent()) {
                            assertThat(code).as("the refusal of %s", c).isEqualTo(foreseen.get());
                        } else {
                            assertThat(code).as("the refusal of %s", c).isIn(Model.personal(c));
                        }
                        if (code == RejectionCode.PART_ALREADY_DONE && c instanceof Command.Complete k) {
                            k.role().ifPresent(r -> assertThat(model.left).doesNotContain(r));
                        }
                    }
                    assertThat(run.status()).as("status after %s", c).isEqualTo(model.status);
                    assertThat(run.currentStep().number()).as("current step after %s", c).isEqualTo(model.step);
                    assertThat(run.pendingParts()).extracting(Assignment::role).as("parts left after %s", c)
                            .isEqualTo(model.left);
                }
            });
        }

        @Test
        void allowed_actions_lists_exactly_the_commands_that_would_succeed() {
            qt().withExamples(EXAMPLES / 2).forAll(arbitrary()).checkAssert(s -> {
                SopInstance run = s.start();
                for (Command c : s.commands()) {
                    for (Actor a : s.actors()) {
                        checkAllowed(run, a, c.at());
                    }
                    try {
                        run = c.applyTo(run);
                    } catch (RejectedTransitionException refused) {
                        // the same case is checked again at the next command's instant
                    }
                }
            });
        }
    }

    /**
     * A simple model of a case that knows only the SOP's graph: the status, the current step and the
     * roles whose parts are left there. It foresees the refusals that do not depend on the person.
     */
    static final class Model {
        private final SopDefinition sop;
        InstanceStatus status = InstanceStatus.ACTIVE;
        int step;
        List<Role> left;
        Instant last;

        Model(SopDefinition sop, Instant startedAt) {
            this.sop = sop;
            this.last = startedAt;
            enter(sop.startStep().number());
        }

        private void enter(int number) {
            step = number;
            left = new ArrayList<>(sop.step(number).roles());
            if (sop.step(number).kind() == StepKind.END) {
                status = InstanceStatus.COMPLETED;
                left.clear();
            }
        }

        /** The refusal the command meets whoever gives it, in the order of the checks; empty if that depends on the person. */
        Optional<RejectionCode> foreseen(Command c) {
            if (status == InstanceStatus.COMPLETED || status == InstanceStatus.CANCELLED) {
                return Optional.of(RejectionCode.INSTANCE_CLOSED);
            }
            if (c.at().isBefore(last)) {
                return Optional.of(RejectionCode.TIME_REVERSED);
            }
            boolean suspended = status == InstanceStatus.SUSPENDED;
            Step current = sop.step(step);
            boolean decision = current.kind() == StepKind.DECISION;
            if (c instanceof Command.Complete k) {
                return suspended ? Optional.of(RejectionCode.INSTANCE_SUSPENDED)
                        : k.step() != step ? Optional.of(RejectionCode.NOT_CURRENT_STEP)
                        : decision ? Optional.of(RejectionCode.DECISION_REQUIRED)
                        : k.role().filter(r -> !current.roles().contains(r)).map(r -> RejectionCode.ROLE_NOT_IN_STEP);
            }
            if (c instanceof Command.Decide d) {
                return suspended ? Optional.of(RejectionCode.INSTANCE_SUSPENDED)
                        : d.step() != step ? Optional.of(RejectionCode.NOT_CURRENT_STEP)
                        : !decision ? Optional.of(RejectionCode.NOT_A_DECISION) : Optional.empty();
            }
            if (c instanceof Command.Suspend) {
                return suspended ? Optional.of(RejectionCode.INSTANCE_SUSPENDED)
                        : !current.isPausable() ? Optional.of(RejectionCode.NOT_PAUSABLE) : Optional.empty();
            }
            if (c instanceof Command.Resume) {
                return suspended ? Optional.empty() : Optional.of(RejectionCode.NOT_SUSPENDED);
            }
            return Optional.empty();
        }

        /** The refusals that depend on the person giving the command. */
        static Set<RejectionCode> personal(Command c) {
            if (c instanceof Command.Complete || c instanceof Command.Decide) {
                return EnumSet.of(RejectionCode.ROLE_NOT_HELD, RejectionCode.DELEGATION_NOT_VALID,
                        RejectionCode.PART_ALREADY_DONE, RejectionCode.DEFINITIVE_ONLY, RejectionCode.SAME_ACTOR,
                        RejectionCode.GUARD, RejectionCode.AMBIGUOUS_PART);
            }
            if (c instanceof Command.Cancel) {
                return EnumSet.of(RejectionCode.DELEGATION_NOT_VALID, RejectionCode.CANCEL_NOT_ALLOWED);
            }
            return EnumSet.of(RejectionCode.ROLE_NOT_HELD, RejectionCode.DELEGATION_NOT_VALID);
        }

        /** Follows a command the case accepted, with the event it recorded. */
        void apply(Command c, Event e) {
            last = c.at();
            if (c instanceof Command.Complete) {
                left.remove(e.role());
                if (left.isEmpty()) {
                    enter(sop.step(step).next().getAsInt());
                }
            } else if (c instanceof Command.Decide d) {
                Step s = sop.step(step);
                enter(d.answer() == Answer.YES ? s.ifYes().getAsInt() : s.ifNo().getAsInt());
            } else if (c instanceof Command.Suspend) {
                status = InstanceStatus.SUSPENDED;
            } else if (c instanceof Command.Resume) {
                status = InstanceStatus.ACTIVE;
            } else {
                status = InstanceStatus.CANCELLED;
                left.clear();
            }
        }
    }

    /** Tries every command the actor could give at the current step and compares with allowedActions. */
    static void checkAllowed(SopInstance run, Actor a, Instant at) {
        AllowedActions allowed = run.allowedActions(a, at);
        int step = run.currentStep().number();
        List<Action> succeeded = new ArrayList<>();
        List<Action> completes = new ArrayList<>();
        for (Role r : run.definition().roles()) {
            for (Action.Kind kind : List.of(Action.Kind.COMPLETE, Action.Kind.DECIDE)) {
                SopInstance next = attempt(run, allowed, kind, r, () -> kind == Action.Kind.COMPLETE
                        ? run.complete(step, r, a, at) : run.decide(step, Answer.NO, a, at));
                if (next != null) {
                    Event e = next.lastEvent();
                    Action done = new Action(kind, step, e.role(), e.capacity());
                    if (!succeeded.contains(done)) {
                        succeeded.add(done);
                    }
                    if (kind == Action.Kind.COMPLETE) {
                        completes.add(done);
                    }
                }
            }
        }
        for (Action.Kind kind : List.of(Action.Kind.SUSPEND, Action.Kind.RESUME, Action.Kind.CANCEL)) {
            SopInstance next = attempt(run, allowed, kind, null, () -> kind == Action.Kind.SUSPEND
                    ? run.suspend(a, at, "menunggu") : kind == Action.Kind.RESUME ? run.resume(a, at)
                            : run.cancel(a, at, "batal"));
            if (next != null) {
                succeeded.add(new Action(kind, step, next.lastEvent().role(), next.lastEvent().capacity()));
            }
        }
        assertThat(succeeded).containsExactlyInAnyOrderElementsOf(allowed.actions());
        try {
            SopInstance next = run.complete(step, a, at);
            assertThat(completes).hasSize(1);
            assertThat(next.lastEvent().role()).isEqualTo(completes.get(0).role());
        } catch (RejectedTransitionException e) {
            assertThat(completes.size()).isNotEqualTo(1);
            if (completes.size() > 1) {
                assertThat(e.rejection().code()).isEqualTo(RejectionCode.AMBIGUOUS_PART);
            }
        }
    }

    private static SopInstance attempt(SopInstance run, AllowedActions allowed, Action.Kind kind, Role role,
            java.util.function.Supplier<SopInstance> command) {
        try {
            return command.get();
        } catch (RejectedTransitionException e) {
            // The refusal allowedActions gives for the same command is the same rejection.
            for (AllowedActions.Refusal r : allowed.refusals()) {
                if (r.kind() == kind && (role == null || r.role().equals(Optional.of(role)))) {
                    assertThat(r.rejection()).isEqualTo(e.rejection());
                }
            }
            return null;
        }
    }

    @Nested
    class OverV4 extends Over {
        @Override
        Gen<Scenario> valid() {
            return TertibGens.of(RunGenerators.commands(PalangkaRaya.v4()));
        }

        @Override
        Gen<Scenario> arbitrary() {
            return TertibGens.of(RunGenerators.arbitraryCommands(PalangkaRaya.v4()));
        }
    }

    @Nested
    class OverGeneratedDefinitions extends Over {
        @Override
        Gen<Scenario> valid() {
            return TertibGens.of(RunGenerators.commands(SopGenerators.validDefinitions()));
        }

        @Override
        Gen<Scenario> arbitrary() {
            return TertibGens.of(RunGenerators.arbitraryCommands(SopGenerators.validDefinitions()));
        }
    }
}
