package io.github.tertib.testkit.quicktheories;

import io.github.tertib.catalog.Scenario;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.RunGenerators;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Turns Tertib's framework-neutral {@link Generator}s into QuickTheories {@link Gen}s: {@link #of(Generator)}
 * is the one adapter, for each of the test kit's generators and for any generator composed from them.
 *
 * <p>Every choice a generator makes is drawn from QuickTheories' {@code RandomnessSource}, so its
 * integrated shrinking shrinks the values Tertib builds with no custom shrinker.
 *
 * <pre>{@code
 * qt().forAll(TertibGens.of(SopGenerators.validDefinitions()))
 *     .checkAssert(d -> assertThat(d.happyPath()).isNotEmpty());
 * qt().forAll(TertibGens.of(RunGenerators.commands(PalangkaRaya.v4())))
 *     .checkAssert(s -> assertThat(s.run().events()).hasSize(s.commands().size() + 1));
 * }</pre>
 *
 * <p>The generators it adapts:
 * <ul>
 *   <li>{@link io.github.tertib.testkit.SopGenerators}: {@code validDefinitions()},
 *       {@code writableDefinitions()}, {@code validTables()},
 *       {@code invalidDefinitions()} (with their planted problems), {@code stepTables()},
 *       {@code timeStandards()}, {@code timeTexts()}, {@code nips()}, {@code ranks()}, {@code roles(n)},
 *       {@code signatories()};</li>
 *   <li>{@link io.github.tertib.testkit.RunGenerators}: {@code actors(definition)} (roles and
 *       delegations), {@code commands(definition)} (every command allowed at its instant),
 *       {@code arbitraryCommands(definition)} (some refused);</li>
 *   <li>{@link io.github.tertib.testkit.CalendarGenerators}: {@code calendars()}, {@code weeklySchedules()},
 *       {@code holidays(from, to)}, {@code zones()}, {@code instants(from, until)}, {@code durations(max)}.</li>
 * </ul>
 * There is deliberately no {@code Gen}-returning twin of each: compose with {@link Generator#map},
 * {@link Generator#flatMap} and {@link Generator#listOf}, then adapt once, and the whole composition
 * shrinks.
 *
 * <p>This class needs QuickTheories on the class or module path; the rest of Tertib does not. Stateless
 * and thread-safe.
 */
public final class TertibGens {

    private TertibGens() {
    }

    /**
     * Returns a QuickTheories generator drawing its choices from QuickTheories' randomness.
     *
     * @param generator the Tertib generator
     * @param <T> the type of value built
     * @return a {@code Gen} that shrinks towards the generator's simplest values, and describes a
     *     {@link Scenario} with its SOP as a step table ({@link RunGenerators#describe(Scenario)})
     */
    public static <T> Gen<T> of(Generator<T> generator) {
        Objects.requireNonNull(generator, "generator");
        Gen<T> gen = random -> generator.generate((min, max) -> random.next(Constraint.between(min, max)));
        // a scenario alone prints its script; a failing property also shows the SOP it runs on
        return gen.describedAs(value -> value instanceof Scenario scenario
                ? RunGenerators.describe(scenario)
                : String.valueOf(value));
    }
}
