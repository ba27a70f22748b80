package io.github.tertib.testkit;

/**
 * The one source of every random choice a {@link Generator} makes: a number between two bounds.
 *
 * <p>Any property-testing library can drive Tertib's generators by implementing this one method over
 * its own source of randomness; because every choice goes through it, the library can record and
 * shrink the choices, and so shrink what the generators build, with no shrinker of Tertib's own.
 * Generators ask for small numbers near {@code min} to mean "simple": shrinking towards {@code min}
 * shrinks towards simpler values.
 *
 * <pre>{@code
 * Choices seeded = Choices.from(new SplittableRandom(42));
 * SopDefinition d = SopGenerators.validDefinitions().generate(seeded);
 * }</pre>
 */
@FunctionalInterface
public interface Choices {

    /**
     * Returns a number between {@code min} and {@code max}, both inclusive.
     *
     * @param min the smallest allowed answer
     * @param max the largest allowed answer, not less than {@code min}
     * @return a number in {@code [min, max]}
     */
    long choose(long min, long max);

    /**
     * Returns an int between {@code min} and {@code max}, both inclusive.
     *
     * @param min the smallest allowed answer
     * @param max the largest allowed answer, not less than {@code min}
     * @return a number in {@code [min, max]}
     */
    default int chooseInt(int min, int max) {
        return Math.toIntExact(choose(min, max));
    }

    /**
     * Returns true with roughly the given chance in a hundred.
     *
     * @param percent the chance of {@code true}, from 0 to 100
     * @return a coin toss weighted by {@code percent}; {@code false} is the simpler answer
     */
    default boolean chance(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent is " + percent + ": it must be between 0 and 100");
        }
        return choose(0, 99) >= 100 - percent;
    }

    /**
     * Returns choices drawn from a {@link java.util.random.RandomGenerator}, for frameworks other than
     * QuickTheories and for plain seeded example tests.
     *
     * @param random the source of randomness; a seeded one makes the choices repeatable
     * @return choices backed by {@code random}
     */
    static Choices from(java.util.random.RandomGenerator random) {
        java.util.Objects.requireNonNull(random, "random");
        return (min, max) -> {
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " is greater than max " + max);
            }
            if (min == max) {
                return min;
            }
            if (max - min + 1 <= 0) { // the range does not fit in a long
                long r;
                do {
                    r = random.nextLong();
                } while (r < min || r > max);
                return r;
            }
            return min + random.nextLong(max - min + 1);
        };
    }
}
