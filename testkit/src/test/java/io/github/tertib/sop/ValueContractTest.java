package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.TimeStandard.Unit;
import io.github.tertib.testkit.Choices;
import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.StepTable;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contracts every value type keeps, checked once for all of them: each public constructor and
 * factory (and each method of the DSL) refuses null with a NullPointerException naming the parameter,
 * and values are equal, with equal hash codes, exactly when their contents are.
 */
class ValueContractTest {

    private static final Role KASI = Role.of("kepala-seksi", "Kepala Seksi");
    private static final Role KABID = Role.of("kepala-bidang", "Kepala Bidang");
    private static final Nip NIP = Nip.parse("19610923 199103 1 004");
    private static final TimeStandard FIFTEEN = TimeStandard.parse("15 Menit");

    /** The value types whose public constructors and static factories must all appear in {@link #calls()}. */
    private static final List<Class<?>> VALUE_TYPES = List.of(Role.class, Assignment.class, Problem.class,
            QualityStandard.class, TimeStandard.class, TimeBounds.class, Nip.class, Rank.class, Signatory.class,
            Identity.class, Guard.class, Guard.Attempt.class, Sop.class, StepTable.class, StepTable.Row.class,
            StepTable.Part.class, StepTable.Header.class, SopGenerators.Planted.class, Choices.class, Generator.class,
            TertibGens.class);

    /**
     * A call with arguments it accepts.
     *
     * @param executable the constructor or method
     * @param receiver makes the object an instance method is called on; null for static ones
     * @param args valid arguments
     */
    record Call(Executable executable, Supplier<Object> receiver, Object... args) {
        @Override
        public String toString() {
            return executable.getDeclaringClass().getSimpleName() + "." + (executable instanceof Constructor
                    ? "new" : executable.getName()) + Arrays.stream(executable.getParameterTypes())
                    .map(Class::getSimpleName).toList().toString().replace('[', '(').replace(']', ')');
        }

        Object invoke(Object[] with) throws Throwable {
            try {
                if (executable instanceof Constructor<?> c) {
                    return c.newInstance(with);
                }
                return ((Method) executable).invoke(receiver == null ? null : receiver.get(), with);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static Call of(Class<?> type, Object... args) throws NoSuchMethodException {
        return new Call(type.getConstructor(types(args)), null, args);
    }

    private static Call stat(Class<?> type, String name, Object... args) throws NoSuchMethodException {
        return new Call(type.getMethod(name, types(args)), null, args);
    }

    private static Call on(Supplier<Object> receiver, Class<?> type, String name, Object... args)
            throws NoSuchMethodException {
        return new Call(type.getMethod(name, types(args)), receiver, args);
    }

    /** Parameter types from the arguments; the few interfaces and primitives are named where they are used. */
    private static Class<?>[] types(Object... args) {
        return Arrays.stream(args).map(a -> a instanceof Class<?> c ? c : TYPE_OF.getOrDefault(a.getClass(),
                a.getClass())).toArray(Class<?>[]::new);
    }

    private static final Map<Class<?>, Class<?>> TYPE_OF = Map.ofEntries(
            Map.entry(ArrayList.class, List.class), Map.entry(List.of().getClass(), List.class),
            Map.entry(List.of(1).getClass(), List.class), Map.entry(Set.of().getClass(), Set.class),
            Map.entry(Optional.class, Optional.class), Map.entry(Integer.class, int.class),
            Map.entry(Long.class, long.class), Map.entry(Boolean.class, boolean.class),
            Map.entry(Map.of().getClass(), Map.class), Map.entry(Signatory.class, Signatory.class),
            Map.entry(SplittableRandom.class,
                    java.util.random.RandomGenerator.class));

    static List<Call> calls() throws NoSuchMethodException {
        Guard.Attempt attempt = new Guard.Attempt(PalangkaRaya.v4().step(1), KASI, "staf-1", Capacity.DEFINITIVE, Instant.EPOCH,
                Map.of());
        Supplier<Object> openStep = () -> Sop.define("A.1", "X").roles(KASI).start(1, "Menerima");
        StepTable.Row row = StepTable.Row.of(1, StepKind.START, "Menerima");
        List<Call> calls = new ArrayList<>(List.of(
                of(Role.class, "kasi", "Kepala Seksi"),
                stat(Role.class, "of", "kasi", "Kepala Seksi"),
                of(Assignment.class, KASI, "Proses"),
                stat(Assignment.class, "of", KASI, "Proses"),
                of(Problem.class, ProblemCode.NO_END, OptionalInt.empty(), "m"),
                of(QualityStandard.class, List.of("a"), Optional.of(FIFTEEN), List.of("b")),
                on(() -> QualityStandard.NONE, QualityStandard.class, "withTime", FIFTEEN),
                on(() -> QualityStandard.NONE, QualityStandard.class, "withRequirements", List.of("a")),
                on(() -> QualityStandard.NONE, QualityStandard.class, "withOutputs", List.of("a")),
                stat(TimeStandard.class, "parse", "15 Menit"),
                stat(TimeStandard.class, "of", Duration.ofMinutes(15)),
                stat(TimeStandard.class, "of", 15L, Unit.MINUTES),
                stat(TimeStandard.class, "range", 15L, 30L, Unit.MINUTES),
                of(TimeBounds.class, Duration.ZERO, Optional.empty()),
                stat(Nip.class, "parse", "19610923 199103 1 004"),
                stat(Rank.class, "parse", "IV/b"),
                stat(Signatory.class, "of", "Kepala Dinas", "Drs. MURNI", Rank.PEMBINA, NIP),
                stat(Signatory.class, "of", "Kepala Dinas", "Drs. MURNI"),
                stat(Identity.class, "of", "A.1", "X"),
                new Call(Guard.class.getConstructor(String.class, java.util.function.Predicate.class), null, "d",
                        (java.util.function.Predicate<Guard.Attempt>) a -> true),
                new Call(Guard.class.getMethod("of", String.class, java.util.function.Predicate.class), null, "d",
                        (java.util.function.Predicate<Guard.Attempt>) a -> true),
                on(() -> Guard.of("d", a -> true), Guard.class, "permits", attempt),
                new Call(Guard.Attempt.class.getConstructors()[0], null, PalangkaRaya.v4().step(1), KASI, "staf-1",
                        Capacity.DEFINITIVE, Instant.EPOCH, Map.of()),
                stat(Sop.class, "define", "A.1", "X"),
                on(PalangkaRaya::v4, SopDefinition.class, "toBuilder"),
                on(PalangkaRaya::v4, SopDefinition.class, "role", "pelaksana"),
                on(PalangkaRaya::v4, SopDefinition.class, "findRole", "pelaksana"),
                on(() -> PalangkaRaya.v4().step(2), Step.class, "part", PalangkaRaya.KEPALA_BIDANG),
                on(() -> PalangkaRaya.v4().step(3), Step.class, "target", Answer.NO),
                on(() -> PalangkaRaya.v4().step(2), Step.class, "has", Step.Flag.PAUSABLE),
                // the DSL
                on(() -> Sop.define("A.1", "X"), SopBuilder.class, "identity", Consumer.class),
                on(openStep, SopBuilder.class, "roles", (Object) new Role[] {KASI}),
                on(openStep, SopBuilder.class, "cancelledBy", (Object) new Role[] {KASI}),
                on(openStep, SopBuilder.class, "start", 2, "Menerima"),
                on(openStep, SopBuilder.class, "process", 2, "Memeriksa"),
                on(openStep, SopBuilder.class, "decision", 2, "Apakah?"),
                on(openStep, SopBuilder.class, "end", 2, "Selesai"),
                on(openStep, SopBuilder.class, "by", KASI, "Mulai"),
                on(openStep, SopBuilder.class, "takes", "15 Menit"),
                on(openStep, SopBuilder.class, "takes", Duration.ofMinutes(15)),
                on(openStep, SopBuilder.class, "takes", FIFTEEN),
                on(openStep, SopBuilder.class, "requires", (Object) new String[] {"Surat"}),
                on(openStep, SopBuilder.class, "produces", (Object) new String[] {"Surat"}),
                on(openStep, SopBuilder.class, "note", "Catatan"),
                new Call(SopBuilder.class.getMethod("guard", String.class, java.util.function.Predicate.class),
                        openStep, "d", (java.util.function.Predicate<Guard.Attempt>) a -> true),
                on(openStep, SopBuilder.class, "guard", Guard.of("d", a -> true)),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "organization", "Pemerintah", "Dinas",
                        "Bidang", "Seksi"),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "created", LocalDate.EPOCH),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "revised", LocalDate.EPOCH),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "effective", LocalDate.EPOCH),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "approvedBy",
                        Signatory.of("Kepala Dinas", "MURNI")),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "legalBasis", (Object) new String[] {"UU"}),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "related", (Object) new String[] {"SOP"}),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "warning", "Peringatan"),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "qualification",
                        (Object) new String[] {"Paham"}),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "equipment", (Object) new String[] {"PC"}),
                on(ValueContractTest::identityBuilder, Identity.Builder.class, "records", (Object) new String[] {"Buku"}),
                // the test kit
                of(StepTable.class, "A.1", "X", StepTable.Header.EMPTY, List.of(KASI), List.of(), List.of(row)),
                on(() -> tableOf(row), StepTable.class, "withRows", List.of(row)),
                on(() -> tableOf(row), StepTable.class, "withRoles", List.of(KASI)),
                on(() -> tableOf(row), StepTable.class, "withCancelRoles", List.of(KASI)),
                stat(StepTable.class, "from", PalangkaRaya.v4()),
                new Call(StepTable.Row.class.getConstructors()[0], null, 1, StepKind.START, "Menerima", List.of(),
                        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), List.of(),
                        List.of(), "", Set.of()),
                stat(StepTable.Row.class, "of", 1, StepKind.START, "Menerima"),
                on(() -> row, StepTable.Row.class, "withKind", StepKind.END),
                on(() -> row, StepTable.Row.class, "withActivity", "Menerima"),
                on(() -> row, StepTable.Row.class, "withParts", List.of()),
                on(() -> row, StepTable.Row.class, "withTime", Optional.empty()),
                on(() -> row, StepTable.Row.class, "withTargets", OptionalInt.empty(), OptionalInt.empty(),
                        OptionalInt.empty()),
                on(() -> row, StepTable.Row.class, "withFlags", Set.of()),
                on(() -> row, StepTable.Row.class, "withStandard", List.of(), List.of(), ""),
                of(StepTable.Part.class, KASI, "Proses"),
                new Call(StepTable.Header.class.getConstructors()[0], null, "", "", "", "", Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), "", List.of(),
                        List.of(), List.of()),
                new Call(SopGenerators.Planted.class.getConstructors()[0], null, tableOf(row),
                        Set.of(ProblemCode.NO_END), Set.of()),
                stat(Choices.class, "from", new SplittableRandom(1)),
                new Call(Generator.class.getMethod("constant", Object.class), null, "x"),
                stat(Generator.class, "oneOf", List.of("x")),
                on(() -> Generator.constant("x"), Generator.class, "map", java.util.function.Function.class),
                on(() -> Generator.constant("x"), Generator.class, "flatMap", java.util.function.Function.class),
                stat(TertibGens.class, "of", Generator.class)));
        return calls;
    }

    /** The identity builder that {@code identity(...)} hands out; its class has no public constructor. */
    private static Object identityBuilder() {
        Identity.Builder[] handed = new Identity.Builder[1];
        Sop.define("A.1", "X").identity(b -> handed[0] = b);
        return handed[0];
    }

    private static StepTable tableOf(StepTable.Row row) {
        return new StepTable("A.1", "X", StepTable.Header.EMPTY, List.of(KASI), List.of(), List.of(row));
    }

    static Stream<Arguments> nullArguments() throws NoSuchMethodException {
        List<Arguments> out = new ArrayList<>();
        for (Call call : calls()) {
            Parameter[] params = call.executable().getParameters();
            for (int i = 0; i < params.length; i++) {
                if (!params[i].getType().isPrimitive()) {
                    out.add(Arguments.of(call + " " + params[i].getName(), call, i));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void rejects_null_naming_the_parameter(String name, Call call, int index) {
        Object[] args = realArguments(call);
        args[index] = null;
        assertThatThrownBy(() -> call.invoke(args)).isInstanceOf(NullPointerException.class)
                .hasMessage(call.executable().getParameters()[index].getName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void accepts_its_valid_arguments(Call call) {
        assertThatCode(() -> call.invoke(realArguments(call))).doesNotThrowAnyException();
    }

    /** Arguments given as a Class stand for a lambda or stub of that interface. */
    private static Object[] realArguments(Call call) {
        Object[] args = call.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] == Consumer.class) {
                args[i] = (Consumer<Object>) x -> { };
            } else if (args[i] == java.util.function.Function.class) {
                args[i] = (java.util.function.Function<Object, Object>) x -> Generator.constant(x);
            } else if (args[i] == Generator.class) {
                args[i] = Generator.constant("x");
            }
        }
        return args;
    }

    @Test
    void every_public_factory_of_the_value_types_is_checked() throws NoSuchMethodException {
        Set<Executable> checked = new HashSet<>();
        calls().forEach(c -> checked.add(c.executable()));
        List<String> missing = new ArrayList<>();
        for (Class<?> type : VALUE_TYPES) {
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
        assertThat(missing).as("public factories without a null check in calls()").isEmpty();
    }

    // ------------------------------------------------------------------ equality

    /**
     * A value type's equality: {@code make} builds equal values each time; each of {@code others} differs
     * from them in one thing.
     */
    record Equality(String type, Supplier<Object> make, List<Supplier<Object>> others) {
        @Override
        public String toString() {
            return type;
        }
    }

    private static Equality equality(String type, Supplier<Object> make, List<Supplier<Object>> others) {
        return new Equality(type, make, others);
    }

    static Stream<Equality> equalities() {
        Supplier<SopDefinition> small = () -> Sop.define("A.1", "X").roles(KASI)
                .start(1, "Menerima").by(KASI, "Mulai").takes("5 Menit").end(2, "Selesai").build();
        Guard.Attempt attempt = new Guard.Attempt(PalangkaRaya.v4().step(1), KASI, "staf-1", Capacity.DEFINITIVE, Instant.EPOCH,
                Map.of());
        return Stream.of(
                equality("Role", () -> Role.of("kasi", "Kepala Seksi"), List.of(
                        () -> Role.of("kasi", "Kasi"), () -> Role.of("kabid", "Kepala Seksi"))),
                equality("Assignment", () -> Assignment.of(KASI, "Proses"), List.of(
                        () -> Assignment.of(KASI, "Paraf"), () -> Assignment.of(KABID, "Proses"))),
                equality("Problem", () -> new Problem(ProblemCode.NO_PARTS, OptionalInt.of(2), "m"), List.of(
                        () -> new Problem(ProblemCode.BLANK_LABEL, OptionalInt.of(2), "m"),
                        () -> new Problem(ProblemCode.NO_PARTS, OptionalInt.of(3), "m"),
                        () -> new Problem(ProblemCode.NO_PARTS, OptionalInt.empty(), "m"),
                        () -> new Problem(ProblemCode.NO_PARTS, OptionalInt.of(2), "n"))),
                equality("QualityStandard", () -> new QualityStandard(List.of("a"), Optional.of(FIFTEEN), List.of("b")),
                        List.of(() -> new QualityStandard(List.of(), Optional.of(FIFTEEN), List.of("b")),
                                () -> new QualityStandard(List.of("a"), Optional.empty(), List.of("b")),
                                () -> new QualityStandard(List.of("a"), Optional.of(FIFTEEN), List.of()))),
                equality("TimeStandard", () -> TimeStandard.parse("15-30 Menit"), List.of(
                        () -> TimeStandard.parse("15-31 Menit"), () -> TimeStandard.parse("16-30 Menit"),
                        () -> TimeStandard.parse("15-30 Jam"), () -> TimeStandard.parse("15 s.d. 30 Menit"))),
                equality("TimeBounds", () -> new TimeBounds(Duration.ofMinutes(1), Optional.of(Duration.ofMinutes(2))),
                        List.of(() -> new TimeBounds(Duration.ZERO, Optional.of(Duration.ofMinutes(2))),
                                () -> new TimeBounds(Duration.ofMinutes(1), Optional.empty()))),
                equality("Nip", () -> Nip.parse("19610923 199103 1 004"), List.of(
                        () -> Nip.parse("19610923 199103 1 005"), () -> Nip.parse("19610923 199103 2 004"))),
                equality("Signatory", () -> Signatory.of("Kepala Dinas", "MURNI", Rank.PEMBINA, NIP), List.of(
                        () -> Signatory.of("Sekretaris", "MURNI", Rank.PEMBINA, NIP),
                        () -> Signatory.of("Kepala Dinas", "BUDI", Rank.PEMBINA, NIP),
                        () -> Signatory.of("Kepala Dinas", "MURNI", Rank.PEMBINA_TINGKAT_I, NIP),
                        () -> Signatory.of("Kepala Dinas", "MURNI", Rank.PEMBINA, Nip.parse("19700101 199503 2 001")),
                        () -> Signatory.of("Kepala Dinas", "MURNI"))),
                equality("Identity", () -> PalangkaRaya.v4().identity(), List.of(
                        () -> Identity.of("V. 4.", PalangkaRaya.v4().name()),
                        () -> identityWith(b -> b.created(LocalDate.of(2017, 9, 11))),
                        () -> small.get().identity())),
                equality("Guard (by description)", () -> Guard.of("hari kerja", a -> true), List.of(
                        () -> Guard.of("jam kerja", a -> true))),
                equality("Guard.Attempt", () -> attempt, List.of(
                        () -> new Guard.Attempt(PalangkaRaya.v4().step(1), KASI, "staf-2", Capacity.DEFINITIVE, Instant.EPOCH,
                                Map.of()))),
                equality("Step", () -> PalangkaRaya.v4().toBuilder().build().step(3), List.of(
                        () -> PalangkaRaya.v4().step(2), () -> small.get().toBuilder().build().step(1))),
                equality("SopDefinition", small::get, List.of(
                        () -> Sop.define("A.1", "X").roles(KASI).start(1, "Menerima").by(KASI, "Mulai")
                                .takes("6 Menit").end(2, "Selesai").build(),
                        () -> Sop.define("A.1", "X").roles(KASI).cancelledBy(KASI).start(1, "Menerima")
                                .by(KASI, "Mulai").takes("5 Menit").end(2, "Selesai").build(),
                        PalangkaRaya::v4)),
                equality("StepTable", () -> SopGenerators.validTables().generate(Choices.from(new SplittableRandom(7))),
                        List.of(() -> SopGenerators.validTables().generate(Choices.from(new SplittableRandom(8))))),
                equality("Planted", () -> SopGenerators.invalidDefinitions()
                                .generate(Choices.from(new SplittableRandom(7))),
                        List.of(() -> SopGenerators.invalidDefinitions().generate(Choices.from(new SplittableRandom(9))))));
    }

    private static Identity identityWith(Consumer<Identity.Builder> fields) {
        return Sop.define("V. 4.", PalangkaRaya.v4().name()).identity(fields).roles(KASI)
                .start(1, "Menerima").by(KASI, "Mulai").takes("5 Menit").end(2, "Selesai").build().identity();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("equalities")
    void values_are_equal_exactly_when_their_contents_are(Equality e) {
        Object a = e.make().get();
        Object b = e.make().get();
        assertThat(a).isEqualTo(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
        assertThat(b).isEqualTo(a);
        assertThat(a).isNotEqualTo(null).isNotEqualTo(new Object());
        for (Supplier<Object> other : e.others()) {
            Object o = other.get();
            assertThat(a).as("%s differs from %s", a, o).isNotEqualTo(o);
            assertThat(o).isNotEqualTo(a);
        }
    }
}
