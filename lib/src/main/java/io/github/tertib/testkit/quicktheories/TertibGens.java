package io.github.tertib.testkit.quicktheories;

import io.github.tertib.testkit.Generator;
import java.util.Objects;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Turns Tertib's framework-neutral {@link Generator}s into QuickTheories {@link Gen}s.
 *
 * <p>Every choice a generator makes is drawn from QuickTheories' {@code RandomnessSource}, so its
 * integrated shrinking shrinks the values Tertib builds with no custom shrinker.
 *
 * <pre>{@code
 * qt().forAll(TertibGens.of(SopGenerators.validDefinitions()))
 *     .checkAssert(d -> assertThat(d.happyPath()).isNotEmpty());
 * }</pre>
 *
 * <p>This class needs QuickTheories on the class or module path; the rest of Tertib does not.
 */
public final class TertibGens {

    private TertibGens() {
    }

    /**
     * Returns a QuickTheories generator drawing its choices from QuickTheories' randomness.
     *
     * @param generator the Tertib generator
     * @param <T> the type of value built
     * @return a {@code Gen} that shrinks towards the generator's simplest values
     */
    public static <T> Gen<T> of(Generator<T> generator) {
        Objects.requireNonNull(generator, "generator");
        return random -> generator.generate((min, max) -> random.next(Constraint.between(min, max)));
    }
}
