package io.github.tertib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The one harness for the null and equality contracts of public value types, used by every package's
 * contracts test: every public constructor and method refuses null with a NullPointerException naming
 * the parameter (members found by reflection with sample arguments, or listed as {@link Call}s), and
 * values are equal, with equal hash codes and texts, exactly when their contents are ({@link Equality}).
 */
public final class Contracts {

    private Contracts() {
    }

    // ------------------------------------------------------------------ null

    /**
     * A call of a constructor or method with arguments it accepts.
     *
     * @param executable the constructor or method
     * @param receiver makes the object an instance method is called on; null for constructors and static methods
     * @param args valid arguments
     */
    public record Call(Executable executable, Supplier<Object> receiver, Object... args) {

        @Override
        public String toString() {
            return executable.getDeclaringClass().getSimpleName() + "." + (executable instanceof Constructor
                    ? "new" : executable.getName()) + Arrays.stream(executable.getParameterTypes())
                    .map(Class::getSimpleName).toList().toString().replace('[', '(').replace(']', ')');
        }

        /** Calls it with these arguments, rethrowing what the member throws. */
        public Object invoke(Object[] with) throws Throwable {
            try {
                if (executable instanceof Constructor<?> c) {
                    return c.newInstance(with);
                }
                Method m = (Method) executable;
                return m.invoke(Modifier.isStatic(m.getModifiers()) || receiver == null ? null : receiver.get(), with);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** The indexes of the parameters that take a reference, each of which must refuse null. */
        public List<Integer> referenceParameters() {
            Parameter[] params = executable.getParameters();
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < params.length; i++) {
                if (!params[i].getType().isPrimitive()) {
                    out.add(i);
                }
            }
            return out;
        }

        /** The name of parameter {@code index}, which a refusal of null must give as its message. */
        public String parameterName(int index) {
            return executable.getParameters()[index].getName();
        }
    }

    /** Returns the call of a public constructor of a type, found by the types of its arguments. */
    public static Call constructor(Class<?> type, Object... args) throws NoSuchMethodException {
        return new Call(type.getConstructor(types(args)), null, args);
    }

    /** Returns the call of a public static method, found by its name and the types of its arguments. */
    public static Call staticMethod(Class<?> type, String name, Object... args) throws NoSuchMethodException {
        return new Call(type.getMethod(name, types(args)), null, args);
    }

    /** Returns the call of a public instance method on what {@code receiver} makes. */
    public static Call method(Supplier<Object> receiver, Class<?> type, String name, Object... args)
            throws NoSuchMethodException {
        return new Call(type.getMethod(name, types(args)), receiver, args);
    }

    /** Parameter types from the arguments; an argument that is a Class stands for a parameter of that type. */
    private static Class<?>[] types(Object... args) {
        return Arrays.stream(args).map(a -> a instanceof Class<?> c ? c : TYPE_OF.getOrDefault(a.getClass(),
                a.getClass())).toArray(Class<?>[]::new);
    }

    private static final Map<Class<?>, Class<?>> TYPE_OF = Map.ofEntries(
            Map.entry(ArrayList.class, List.class), Map.entry(List.of().getClass(), List.class),
            Map.entry(List.of(1).getClass(), List.class), Map.entry(Set.of().getClass(), Set.class),
            Map.entry(Optional.class, Optional.class), Map.entry(Integer.class, int.class),
            Map.entry(Long.class, long.class), Map.entry(Boolean.class, boolean.class),
            Map.entry(Map.of().getClass(), Map.class),
            Map.entry(SplittableRandom.class, java.util.random.RandomGenerator.class));

    /**
     * Returns a call of every public constructor and every public method declared by each type (but
     * {@code equals}), with a sample argument for each parameter.
     *
     * @param types each type, with an instance to call its instance methods on
     * @param samples a valid argument of each parameter type, primitives included (boxed)
     */
    public static List<Call> everyMember(Map<Class<?>, Object> types, Map<Class<?>, Object> samples) {
        List<Call> calls = new ArrayList<>();
        for (Map.Entry<Class<?>, Object> type : types.entrySet()) {
            List<Executable> members = new ArrayList<>(List.of(type.getKey().getConstructors()));
            for (Method m : type.getKey().getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.getName().equals("equals")) {
                    members.add(m);
                }
            }
            Object instance = type.getValue();
            for (Executable member : members) {
                Object[] args = Arrays.stream(member.getParameters()).map(p -> sample(samples, p.getType(), member))
                        .toArray();
                calls.add(new Call(member, () -> instance, args));
            }
        }
        return calls;
    }

    private static Object sample(Map<Class<?>, Object> samples, Class<?> type, Executable member) {
        Object s = samples.get(type);
        if (s == null) {
            fail("no sample of " + type + " for " + member);
        }
        return s;
    }

    /** Asserts that the call, with null for parameter {@code index} and {@code args} elsewhere, throws a NullPointerException naming it. */
    public static void assertRefusesNull(Call call, Object[] args, int index) {
        Object[] with = args.clone();
        with[index] = null;
        assertThatThrownBy(() -> call.invoke(with)).as("%s with null %s", call.executable(), call.parameterName(index))
                .isInstanceOf(NullPointerException.class).hasMessage(call.parameterName(index));
    }

    /** Asserts that the call accepts its valid arguments. */
    public static void assertAccepts(Call call, Object[] args) {
        assertThatCode(() -> call.invoke(args)).as("%s", call).doesNotThrowAnyException();
    }

    /**
     * Calls every public constructor and method of each type with null in one reference parameter at a
     * time (samples elsewhere) and asserts a NullPointerException whose message is that parameter's name.
     *
     * @param types each type, with an instance to call its instance methods on
     * @param samples a valid argument of each parameter type, primitives included (boxed)
     * @return the members and parameters checked, one line each
     */
    public static List<String> assertEveryMemberRefusesNull(Map<Class<?>, Object> types, Map<Class<?>, Object> samples) {
        List<String> checked = new ArrayList<>();
        for (Call call : everyMember(types, samples)) {
            for (int i : call.referenceParameters()) {
                assertRefusesNull(call, call.args(), i);
                checked.add(call.executable() + " with null " + call.parameterName(i));
            }
        }
        return checked;
    }

    /**
     * Asserts that every public constructor and static factory of the types that takes a reference is
     * among the calls (enums' {@code valueOf} and {@code values} aside).
     */
    public static void assertEveryFactoryIsCalled(List<Class<?>> types, List<Call> calls) {
        Set<Executable> checked = new HashSet<>();
        calls.forEach(c -> checked.add(c.executable()));
        List<String> missing = new ArrayList<>();
        for (Class<?> type : types) {
            List<Executable> factories = new ArrayList<>(Arrays.asList(type.getConstructors()));
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type && !m.isSynthetic()
                        && !(type.isEnum() && (m.getName().equals("valueOf") || m.getName().equals("values")))) {
                    factories.add(m);
                }
            }
            for (Executable e : factories) {
                boolean takesReferences = Arrays.stream(e.getParameterTypes()).anyMatch(t -> !t.isPrimitive());
                if (takesReferences && !checked.contains(e)) {
                    missing.add(e.toString());
                }
            }
        }
        assertThat(missing).as("public factories without a null check").isEmpty();
    }

    // ------------------------------------------------------------------ equality

    /**
     * A value type's equality: the values {@code alike} makes are all equal, and each of {@code others}
     * differs from them.
     *
     * @param type what is checked, for the test's name
     * @param alike makes equal values (the same supplier twice: equal values built each time)
     * @param others make values that differ from them in one thing
     */
    public record Equality(String type, List<Supplier<Object>> alike, List<Supplier<Object>> others) {

        @Override
        public String toString() {
            return type;
        }
    }

    /** Returns the equality of the values {@code make} builds, which each of {@code others} differs from. */
    public static Equality equality(String type, Supplier<Object> make, List<Supplier<Object>> others) {
        return new Equality(type, List.of(make, make), others);
    }

    /** Returns the equality of a value, an equal value built another way, and a different value. */
    public static Equality triple(Object value, Object alike, Object other) {
        return new Equality(value.getClass().getSimpleName(), List.of(() -> value, () -> alike), List.of(() -> other));
    }

    /**
     * Asserts that the values made alike are equal (reflexively and both ways), hash alike and print
     * alike, and differ (both ways) from null, from a plain object and from each of the others.
     */
    public static void assertEquality(Equality e) {
        Object a = e.alike().get(0).get();
        assertThat(a).isEqualTo(a).isNotEqualTo(null).isNotEqualTo(new Object());
        for (Supplier<Object> make : e.alike().subList(1, e.alike().size())) {
            Object b = make.get();
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
            assertThat(b).isEqualTo(a);
        }
        for (Supplier<Object> other : e.others()) {
            Object o = other.get();
            assertThat(a).as("%s differs from %s", a, o).isNotEqualTo(o);
            assertThat(o).isNotEqualTo(a);
        }
    }

    /**
     * Asserts of each triple that the first two are equal, hash alike and print alike, and the third
     * differs from the first.
     *
     * @param triples {value, equal value built another way, different value}
     */
    public static void assertValueTriples(List<Object[]> triples) {
        for (Object[] t : triples) {
            assertEquality(triple(t[0], t[1], t[2]));
        }
    }
}
