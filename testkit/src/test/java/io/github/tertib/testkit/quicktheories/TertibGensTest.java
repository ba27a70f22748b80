package io.github.tertib.testkit.quicktheories;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.testkit.CalendarGenerators;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.RunGenerators;
import io.github.tertib.testkit.SopGenerators;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link TertibGens#of} is the adapter for each generator of the test kit: each one runs under QuickTheories. */
class TertibGensTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");

    /** Every generator factory of the test kit, with arguments. */
    private static final Map<String, Generator<?>> EACH = new TreeMap<>(Map.ofEntries(
            entry("SopGenerators.nips()", SopGenerators.nips()),
            entry("SopGenerators.ranks()", SopGenerators.ranks()),
            entry("SopGenerators.roles(int)", SopGenerators.roles(3)),
            entry("SopGenerators.signatories()", SopGenerators.signatories()),
            entry("SopGenerators.timeTexts()", SopGenerators.timeTexts()),
            entry("SopGenerators.timeStandards()", SopGenerators.timeStandards()),
            entry("SopGenerators.validTables()", SopGenerators.validTables()),
            entry("SopGenerators.validDefinitions()", SopGenerators.validDefinitions()),
            entry("SopGenerators.writableDefinitions()", SopGenerators.writableDefinitions()),
            entry("SopGenerators.invalidDefinitions()", SopGenerators.invalidDefinitions()),
            entry("SopGenerators.stepTables()", SopGenerators.stepTables()),
            entry("RunGenerators.actors(SopDefinition)", RunGenerators.actors(PalangkaRaya.v4())),
            entry("RunGenerators.commands(SopDefinition)", RunGenerators.commands(PalangkaRaya.v4())),
            entry("RunGenerators.commands(Generator)", RunGenerators.commands(SopGenerators.validDefinitions())),
            entry("RunGenerators.arbitraryCommands(SopDefinition)", RunGenerators.arbitraryCommands(PalangkaRaya.v4())),
            entry("RunGenerators.arbitraryCommands(Generator)",
                    RunGenerators.arbitraryCommands(SopGenerators.validDefinitions())),
            entry("CalendarGenerators.zones()", CalendarGenerators.zones()),
            entry("CalendarGenerators.weeklySchedules()", CalendarGenerators.weeklySchedules()),
            entry("CalendarGenerators.holidays(int,int)", CalendarGenerators.holidays(2025, 2026)),
            entry("CalendarGenerators.calendars()", CalendarGenerators.calendars()),
            entry("CalendarGenerators.instants(Instant,Instant)", CalendarGenerators.instants(FROM, UNTIL)),
            entry("CalendarGenerators.instants(ZoneId,Instant,Instant)",
                    CalendarGenerators.instants(ZoneId.of("Europe/Berlin"), FROM, UNTIL)),
            entry("CalendarGenerators.durations(Duration)", CalendarGenerators.durations(Duration.ofDays(30)))));

    @Test
    void the_list_holds_every_generator_factory_of_the_test_kit() {
        Set<String> factories = Stream.of(SopGenerators.class, RunGenerators.class, CalendarGenerators.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() == Generator.class)
                .map(TertibGensTest::signature).collect(Collectors.toSet());
        assertThat(EACH.keySet()).containsExactlyInAnyOrderElementsOf(factories);
    }

    @Test
    void each_generator_runs_under_QuickTheories_and_the_same_seed_draws_the_same_values() {
        EACH.forEach((name, generator) -> {
            List<Object> first = draw(generator);
            assertThat(first).as(name).isNotEmpty().doesNotContainNull();
            assertThat(draw(generator)).as(name).isEqualTo(first);
        });
    }

    @Test
    void the_javadoc_examples_work() {
        qt().withExamples(100).forAll(TertibGens.of(SopGenerators.validDefinitions()))
                .checkAssert(d -> assertThat(d.happyPath()).isNotEmpty());
        qt().withExamples(100).forAll(TertibGens.of(RunGenerators.commands(PalangkaRaya.v4())))
                .checkAssert(s -> assertThat(s.run().events()).hasSize(s.commands().size() + 1));
    }

    private static List<Object> draw(Generator<?> generator) {
        List<Object> values = new ArrayList<>();
        qt().withFixedSeed(20260101L).withExamples(50).withShrinkCycles(0).forAll(TertibGens.of(generator))
                .check(values::add);
        return values;
    }

    private static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }
}
