package io.github.tertib.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds a value from {@link Choices}: a framework-neutral generator.
 *
 * <p>A generator is a pure function of the choices it is given: the same answers build the same value,
 * so a framework that replays smaller answers gets smaller values (shrinking for free).
 *
 * <pre>{@code
 * Generator<Integer> sizes = c -> c.chooseInt(1, 10);
 * Generator<List<Integer>> lists = sizes.listOf(0, 5);
 * List<Integer> one = lists.generate(Choices.from(new SplittableRandom(7)));
 * }</pre>
 *
 * @param <T> the type of value built
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * Builds one value from the given choices.
     *
     * @param choices where every random choice comes from
     * @return the value built; never null
     */
    T generate(Choices choices);

    /**
     * Returns a generator that applies {@code f} to every value this one builds.
     *
     * @param f the function to apply
     * @param <R> the type of the result
     * @return the mapped generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return c -> f.apply(generate(c));
    }

    /**
     * Returns a generator that builds a value with this one, then builds the result with the generator
     * {@code f} chooses for it.
     *
     * @param f the function choosing the next generator
     * @param <R> the type of the result
     * @return the composed generator
     */
    default <R> Generator<R> flatMap(Function<? super T, Generator<R>> f) {
        Objects.requireNonNull(f, "f");
        return c -> f.apply(generate(c)).generate(c);
    }

    /**
     * Returns a generator of lists of between {@code min} and {@code max} values built by this one.
     *
     * @param min the fewest elements
     * @param max the most elements
     * @return the list generator
     */
    default Generator<List<T>> listOf(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("list size bounds [" + min + ", " + max + "] are invalid: need 0 <= min <= max");
        }
        return c -> {
            int n = c.chooseInt(min, max);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(generate(c));
            }
            return List.copyOf(out);
        };
    }

    /**
     * Returns a generator that always builds {@code value}.
     *
     * @param value the value
     * @param <T> its type
     * @return the constant generator
     */
    static <T> Generator<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return c -> value;
    }

    /**
     * Returns a generator that picks one of the given values, the first being the simplest.
     *
     * @param values the values to pick from; at least one
     * @param <T> their type
     * @return the picking generator
     */
    static <T> Generator<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(Objects.requireNonNull(values, "values"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        return c -> copy.get(c.chooseInt(0, copy.size() - 1));
    }
}
