package io.github.tertib.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.StepKind;
import io.github.tertib.testkit.Command;
import io.github.tertib.testkit.RunGenerators;
import io.github.tertib.testkit.Scenario;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of running cases, over SOP V.4 and over generated definitions. */
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
                assertThat(refused).isLessThanOrEqualTo(s.commands().size());
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
                    ? run.suspend(a, "menunggu", at) : kind == Action.Kind.RESUME ? run.resume(a, at)
                            : run.cancel(a, "batal", at));
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
