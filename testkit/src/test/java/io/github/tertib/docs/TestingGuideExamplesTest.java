package io.github.tertib.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.run.Action;
import io.github.tertib.run.Actor;
import io.github.tertib.sop.Answer;
import io.github.tertib.run.Digest;
import io.github.tertib.run.EventLog;
import io.github.tertib.run.RejectedTransitionException;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.Choices;
import io.github.tertib.catalog.Command;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.RunGenerators;
import io.github.tertib.catalog.Scenario;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.StepTable;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/testing.md, run as the page shows them: composing generators, a property with
 * QuickTheories, the two worked examples of an application property-testing its own SOP handling, and
 * the recipe for other frameworks. The last test checks that the page shows this file's code.
 */
class TestingGuideExamplesTest {

    // ------------------------------------------------------------------ the generators

    @Test
    void generators_compose_and_draw_repeatably_from_a_seed() {
        Generator<Scenario> cases = RunGenerators.commands(SopGenerators.validDefinitions());
        Generator<Duration> waits = CalendarGenerators.durations(Duration.ofDays(3));
        Generator<Step> anyStep = SopGenerators.validDefinitions()
                .flatMap(d -> c -> d.steps().get(c.chooseInt(0, d.steps().size() - 1)));

        Scenario scenario = cases.generate(Choices.from(new SplittableRandom(42)));
        assertThat(scenario.run().events()).hasSize(1 + scenario.commands().size());
        assertThat(cases.generate(Choices.from(new SplittableRandom(42)))).isEqualTo(scenario);
        assertThat(waits.generate(Choices.from(new SplittableRandom(42)))).isBetween(Duration.ZERO, Duration.ofDays(3));
        assertThat(anyStep.generate(Choices.from(new SplittableRandom(42))).activity()).isNotBlank();
    }

    @Test
    void with_quicktheories() {
        qt().withExamples(100)
                .forAll(TertibGens.of(SopGenerators.validDefinitions()))
                .checkAssert(d -> assertThat(d.happyPath().get(0)).isEqualTo(d.startStep()));
    }

    // ------------------------------------------------------------------ our persistence round-trips any instance

    /** The application's store of cases; a map stands for its database table. */
    static final class CaseRepository {

        /** One row of the table: the event log and the digest of its last event, both as text. */
        record Row(String log, String lastDigest) {
        }

        private final SopDefinition sop;
        private final Map<String, Row> table = new HashMap<>();

        CaseRepository(SopDefinition sop) {
            this.sop = sop;
        }

        void save(SopInstance instance) {
            table.put(instance.id(), new Row(EventLog.format(instance.events()), instance.lastDigest().toString()));
        }

        SopInstance load(String id) {
            Row row = table.get(id);
            return SopInstance.replay(sop, EventLog.parse(row.log()), Digest.parse(row.lastDigest()));
        }
    }

    @Test
    void our_persistence_round_trips_any_instance() {
        qt().withExamples(100)
                .forAll(TertibGens.of(RunGenerators.commands(SopGenerators.validDefinitions())))
                .checkAssert(scenario -> {
                    CaseRepository repository = new CaseRepository(scenario.definition());
                    SopInstance instance = scenario.start();
                    repository.save(instance);
                    assertThat(repository.load(instance.id())).isEqualTo(instance);
                    for (Command command : scenario.commands()) {
                        instance = command.applyTo(instance);
                        repository.save(instance);
                        assertThat(repository.load(instance.id())).isEqualTo(instance);
                    }
                });
    }

    // ------------------------------------------------------------------ our screen offers exactly allowedActions

    /** The application's screen for a case: a button for each command the user may give now. */
    static final class CaseScreen {

        /** A button: the command it gives, with the role of a part or the answer to a decision. */
        record Button(Action.Kind kind, int step, Optional<Role> role, Optional<Answer> answer) {

            static Button complete(int step, Role role) {
                return new Button(Action.Kind.COMPLETE, step, Optional.of(role), Optional.empty());
            }

            static Button decide(int step, Answer answer) {
                return new Button(Action.Kind.DECIDE, step, Optional.empty(), Optional.of(answer));
            }

            static Button of(Action.Kind kind, int step) {
                return new Button(kind, step, Optional.empty(), Optional.empty());
            }
        }

        static List<Button> buttons(SopInstance instance, Actor user, Instant now) {
            List<Button> buttons = new ArrayList<>();
            for (Action action : instance.allowedActions(user, now).actions()) {
                switch (action.kind()) {
                    case COMPLETE -> buttons.add(Button.complete(action.step(), action.role()));
                    case DECIDE -> {
                        buttons.add(Button.decide(action.step(), Answer.YES));
                        buttons.add(Button.decide(action.step(), Answer.NO));
                    }
                    default -> buttons.add(Button.of(action.kind(), action.step()));
                }
            }
            return buttons;
        }

        static SopInstance press(Button button, SopInstance instance, Actor user, Instant now) {
            return switch (button.kind()) {
                case COMPLETE -> instance.complete(button.step(), button.role().orElseThrow(), user, now);
                case DECIDE -> instance.decide(button.step(), button.answer().orElseThrow(), user, now);
                case SUSPEND -> instance.suspend(user, now, "menunggu kelengkapan berkas");
                case RESUME -> instance.resume(user, now);
                case CANCEL -> instance.cancel(user, now, "permohonan ditarik");
            };
        }
    }

    /** Every button a screen could show at the current step: each part, either answer, suspend, resume, cancel. */
    static List<CaseScreen.Button> candidates(SopInstance instance) {
        Step step = instance.currentStep();
        List<CaseScreen.Button> all = new ArrayList<>();
        for (Assignment part : step.parts()) {
            all.add(CaseScreen.Button.complete(step.number(), part.role()));
        }
        all.add(CaseScreen.Button.decide(step.number(), Answer.YES));
        all.add(CaseScreen.Button.decide(step.number(), Answer.NO));
        for (Action.Kind kind : List.of(Action.Kind.SUSPEND, Action.Kind.RESUME, Action.Kind.CANCEL)) {
            all.add(CaseScreen.Button.of(kind, step.number()));
        }
        return all;
    }

    @Test
    void our_screen_offers_exactly_allowed_actions() {
        qt().withExamples(100)
                .forAll(TertibGens.of(RunGenerators.commands(SopGenerators.validDefinitions())),
                        TertibGens.of(CalendarGenerators.durations(Duration.ofDays(3))))
                .checkAssert((scenario, wait) -> {
                    SopInstance instance = scenario.run();
                    Instant now = instance.lastEvent().at().plus(wait);
                    for (Actor user : scenario.actors()) {
                        List<CaseScreen.Button> offered = CaseScreen.buttons(instance, user, now);
                        assertThat(candidates(instance)).containsAll(offered);
                        for (CaseScreen.Button button : candidates(instance)) {
                            if (offered.contains(button)) {
                                assertThatCode(() -> CaseScreen.press(button, instance, user, now))
                                        .as("%s, offered to %s", button, user).doesNotThrowAnyException();
                            } else {
                                assertThatThrownBy(() -> CaseScreen.press(button, instance, user, now))
                                        .as("%s, not offered to %s", button, user)
                                        .isInstanceOf(RejectedTransitionException.class);
                            }
                        }
                    }
                });
    }

    // ------------------------------------------------------------------ without QuickTheories

    @RepeatedTest(100)
    void any_valid_definition_starts_its_happy_path_at_its_start(RepetitionInfo repetition) {
        long seed = 20260101L + repetition.getCurrentRepetition();
        SopDefinition sop = SopGenerators.validDefinitions().generate(Choices.from(new SplittableRandom(seed)));
        assertThat(sop.happyPath().get(0)).as("seed %d, SOP%n%s", seed, StepTable.from(sop))
                .isEqualTo(sop.startStep());
    }

    // ------------------------------------------------------------------ the page

    @Test
    void the_page_shows_the_code_of_this_class() throws IOException {
        String page = Files.readString(Path.of(System.getProperty("user.dir"), "..", "docs", "testing.md"));
        String source = Files.readString(Path.of(System.getProperty("user.dir"), "src", "test", "java", "io", "github",
                "tertib", "docs", "TestingGuideExamplesTest.java"));
        String code = stripped(source);
        Matcher blocks = Pattern.compile("<!-- from TestingGuideExamplesTest -->\\s*```java\\n(.*?)```",
                Pattern.DOTALL).matcher(page);
        int shown = 0;
        while (blocks.find()) {
            assertThat(code).as("docs/testing.md shows code that this class does not have")
                    .contains(stripped(blocks.group(1)));
            shown++;
        }
        assertThat(shown).as("code blocks marked as taken from this class").isGreaterThanOrEqualTo(5);
    }

    /** The lines without their indentation, blank lines left out: the page indents less than the class. */
    private static String stripped(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return "\n" + String.join("\n", lines) + "\n";
    }
}
