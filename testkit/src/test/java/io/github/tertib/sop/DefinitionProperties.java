package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.testkit.Generator;
import io.github.tertib.testkit.SopGenerators;
import io.github.tertib.testkit.StepTable;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of definitions: what building a step table may do, what every definition that builds
 * satisfies (checked here with this class's own graph walks, not the library's), and what the queries
 * of a definition answer. A failure prints QuickTheories' seed and the shrunk table or definition.
 */
class DefinitionProperties {

    private static final int EXAMPLES = 200;

    @Test
    void building_a_step_table_gives_a_definition_or_throws_InvalidSopException_and_nothing_else() {
        qt().withExamples(400).forAll(TertibGens.of(SopGenerators.stepTables())).checkAssert(table -> {
            SopDefinition d;
            try {
                d = table.build();
            } catch (InvalidSopException e) {
                List<Problem> problems = e.problems();
                assertThat(problems).as("an invalid SOP has at least one error").anyMatch(p -> !p.isWarning());
                int firstWarning = indexOfFirstWarning(problems);
                assertThat(problems.subList(firstWarning, problems.size())).as("warnings come after every error")
                        .allMatch(Problem::isWarning);
                assertThat(e.getMessage()).contains("is not a valid SOP: " + problems.size() + " problem");
                return;
            }
            assertMatchesTable(d, table);
            assertInvariants(d);
            assertHappyPath(d);
            assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
        });
    }

    @Test
    void every_valid_table_builds_and_its_definition_satisfies_the_invariants() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.validTables())).checkAssert(table -> {
            SopDefinition d = table.build();
            assertMatchesTable(d, table);
            assertInvariants(d);
            Set<ProblemCode> warnings = EnumSet.noneOf(ProblemCode.class);
            for (StepTable.Row r : table.rows()) {
                if (r.kind() != StepKind.END && r.time().isEmpty()) {
                    warnings.add(ProblemCode.MISSING_TIME);
                }
            }
            assertThat(codes(d.warnings())).containsAll(warnings);
            assertThat(codes(d.warnings())).isSubsetOf(ProblemCode.MISSING_TIME, ProblemCode.ACTIVITY_HAS_SUBJECT);
        });
    }

    @Test
    void a_table_with_planted_mistakes_reports_exactly_the_planted_codes() {
        qt().withExamples(400).forAll(TertibGens.of(SopGenerators.invalidDefinitions())).checkAssert(planted -> {
            Throwable thrown = catchThrowable(planted.table()::build);
            assertThat(thrown).isInstanceOf(InvalidSopException.class);
            List<Problem> problems = ((InvalidSopException) thrown).problems();
            assertThat(codes(errors(problems))).isEqualTo(planted.errors());
            assertThat(codes(warnings(problems))).isEqualTo(planted.warnings());
            for (Problem p : problems) {
                p.step().ifPresent(n -> assertThat(p.message()).as("the message of %s names its step", p)
                        .containsPattern("step (number )?" + Pattern.quote(Integer.toString(n)) + "\\b"));
            }
        });
    }

    @Test
    void the_happy_path_goes_from_start_to_an_end_preferring_ya_without_repeating_a_step() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.validDefinitions()))
                .checkAssert(DefinitionProperties::assertHappyPath);
    }

    @Test
    void standard_time_between_two_steps_is_bounded_exactly_when_no_loop_lies_between() {
        Generator<Span> spans = SopGenerators.validDefinitions().<Span>flatMap(d -> c -> new Span(d,
                d.steps().get(c.chooseInt(0, d.steps().size() - 1)).number(),
                d.steps().get(c.chooseInt(0, d.steps().size() - 1)).number()));
        qt().withExamples(300).forAll(TertibGens.of(spans)).checkAssert(span -> {
            SopDefinition d = span.definition();
            Map<Integer, List<Integer>> next = successors(d);
            Optional<TimeBounds> bounds = d.standardTimeBetween(span.from(), span.to());
            if (span.from() == span.to()) {
                assertThat(bounds).contains(new TimeBounds(Duration.ZERO, Optional.of(Duration.ZERO)));
                return;
            }
            boolean reachable = walk(List.of(span.from()), next).contains(span.to());
            assertThat(bounds.isPresent()).as("answered exactly when the target can be reached").isEqualTo(reachable);
            if (!reachable) {
                return;
            }
            TimeBounds b = bounds.orElseThrow();
            assertThat(b.minimum()).isEqualTo(shortest(d, next, span.from(), span.to()));
            Optional<Duration> longest = longest(d, next, span.from(), span.to());
            assertThat(b.isBounded()).as("bounded exactly when no loop lies between").isEqualTo(longest.isPresent());
            assertThat(b.maximum()).isEqualTo(longest);
            b.maximum().ifPresent(max -> assertThat(b.minimum()).isLessThanOrEqualTo(max));
        });
    }

    @Test
    void equal_tables_build_equal_definitions_and_a_copy_through_toBuilder_is_equal() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.validTables())).checkAssert(table -> {
            SopDefinition a = table.build();
            SopDefinition b = table.build();
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
            SopDefinition copy = a.toBuilder().build();
            assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
            assertThat(copy.warnings()).isEqualTo(a.warnings());
            assertThat(copy.happyPath()).isEqualTo(a.happyPath());
            StepTable renamed = new StepTable(table.number(), table.name() + " (Revisi)", table.header(), table.roles(),
                    table.cancelRoles(), table.rows());
            assertThat(renamed.build()).isNotEqualTo(a);
        });
    }

    @Test
    void the_step_table_of_a_definition_builds_an_equal_definition() {
        qt().withExamples(EXAMPLES).forAll(TertibGens.of(SopGenerators.validDefinitions())).checkAssert(d -> {
            StepTable table = StepTable.from(d);
            assertThat(table.build()).isEqualTo(d);
            assertThat(StepTable.from(table.build())).isEqualTo(table);
        });
    }

    // ------------------------------------------------------------------ what is checked

    /** The definition has a step for each row, as the row describes it. */
    private static void assertMatchesTable(SopDefinition d, StepTable table) {
        assertThat(d.steps()).extracting(Step::number).containsExactlyElementsOf(
                table.rows().stream().map(StepTable.Row::number).sorted().toList());
        for (StepTable.Row r : table.rows()) {
            Step s = d.step(r.number());
            assertThat(s.kind()).isEqualTo(r.kind());
            assertThat(s.activity()).isEqualTo(r.activity().strip());
            assertThat(s.parts()).containsExactlyInAnyOrderElementsOf(r.parts().stream()
                    .map(p -> Assignment.of(p.role(), p.label().strip())).toList());
            assertThat(s.time().map(TimeStandard::text)).isEqualTo(r.time().map(String::strip));
            assertThat(s.isPausable()).isEqualTo(r.flags().contains(StepTable.Flag.PAUSABLE));
        }
        assertThat(d.roles()).isEqualTo(table.roles());
        assertThat(d.cancelRoles()).containsExactlyElementsOf(new LinkedHashSet<>(table.cancelRoles()));
    }

    /** The rules of the format, each checked from the steps' own accessors and this class's walks. */
    static void assertInvariants(SopDefinition d) {
        List<Step> steps = d.steps();
        List<Integer> numbers = steps.stream().map(Step::number).toList();
        assertThat(numbers).as("numbers positive, unique, ascending").allMatch(n -> n > 0).doesNotHaveDuplicates()
                .isSorted();
        List<Step> starts = steps.stream().filter(s -> s.kind() == StepKind.START).toList();
        assertThat(starts).as("exactly one START").hasSize(1);
        assertThat(d.startStep()).isEqualTo(starts.get(0));
        assertThat(steps).as("at least one END").anyMatch(s -> s.kind() == StepKind.END);
        Set<Integer> known = new HashSet<>(numbers);
        for (Step s : steps) {
            assertThat(s.activity()).as("activity of %s", s).isNotBlank();
            assertThat(s.roles()).as("one part per role in %s", s).doesNotHaveDuplicates();
            s.time().ifPresent(t -> assertThat(t.isPositive()).as("time of %s", s).isTrue());
            switch (s.kind()) {
                case START, PROCESS -> {
                    assertThat(s.parts()).as("parts of %s", s).isNotEmpty();
                    assertThat(s.next()).as("next of %s", s).isPresent();
                    assertThat(known).contains(s.next().getAsInt());
                    assertThat(s.ifYes()).isEmpty();
                    assertThat(s.ifNo()).isEmpty();
                }
                case DECISION -> {
                    assertThat(s.parts()).as("a decision has one part: %s", s).hasSize(1);
                    assertThat(s.next()).isEmpty();
                    assertThat(s.ifYes()).as("Ya of %s", s).isPresent();
                    assertThat(s.ifNo()).as("Tidak of %s", s).isPresent();
                    assertThat(s.ifYes().getAsInt()).as("distinct targets of %s", s).isNotEqualTo(s.ifNo().getAsInt());
                    assertThat(known).contains(s.ifYes().getAsInt(), s.ifNo().getAsInt());
                }
                case END -> {
                    assertThat(s.next()).isEmpty();
                    assertThat(s.ifYes()).isEmpty();
                    assertThat(s.ifNo()).isEmpty();
                    assertThat(s.time()).as("an END carries no time").isEmpty();
                    assertThat(s.isPausable() || s.isDefinitiveOnly() || s.requiresSeparateActors()).isFalse();
                    assertThat(s.guards()).isEmpty();
                }
            }
        }
        Map<Integer, List<Integer>> next = successors(d);
        for (Step s : steps) {
            assertThat(d.successors(s.number())).extracting(Step::number).isEqualTo(next.get(s.number()));
        }
        assertThat(walk(List.of(d.startStep().number()), next)).as("every step reachable from START")
                .isEqualTo(known);
        List<Integer> ends = steps.stream().filter(s -> s.kind() == StepKind.END).map(Step::number).toList();
        assertThat(walk(ends, reverse(next))).as("an END reachable from every step").isEqualTo(known);
        assertThat(d.roles().stream().map(Role::id).toList()).as("role ids unique").doesNotHaveDuplicates();
        Set<Role> used = steps.stream().flatMap(s -> s.roles().stream()).collect(Collectors.toSet());
        assertThat(used).as("every role used is declared, and every declared role used")
                .isEqualTo(new HashSet<>(d.roles()));
        assertThat(d.roles()).containsAll(d.cancelRoles());
        assertThat(d.warnings()).allMatch(Problem::isWarning);
    }

    /**
     * The path starts at START, ends at the only END on it, goes from each step to one of its successors,
     * never repeats a step, takes "Tidak" only where "Ya" returns to the path or can reach no END
     * without doing so, and its standard times add up to the nominal standard time.
     */
    static void assertHappyPath(SopDefinition d) {
        List<Step> path = d.happyPath();
        Map<Integer, List<Integer>> next = successors(d);
        assertThat(path.get(0)).isEqualTo(d.startStep());
        assertThat(path.get(path.size() - 1).kind()).isEqualTo(StepKind.END);
        assertThat(path.subList(0, path.size() - 1)).noneMatch(s -> s.kind() == StepKind.END);
        assertThat(path).extracting(Step::number).doesNotHaveDuplicates();
        Duration sum = Duration.ZERO;
        for (int i = 0; i < path.size(); i++) {
            Step s = path.get(i);
            sum = sum.plus(s.time().map(TimeStandard::duration).orElse(Duration.ZERO));
            if (i + 1 == path.size()) {
                break;
            }
            int to = path.get(i + 1).number();
            assertThat(next.get(s.number())).as("%s goes on to %s", s, to).contains(to);
            if (s.kind() == StepKind.DECISION && to != s.ifYes().getAsInt()) {
                int yes = s.ifYes().getAsInt();
                Set<Integer> before = path.subList(0, i + 1).stream().map(Step::number).collect(Collectors.toSet());
                boolean yesWasPossible = !before.contains(yes) && reachesEndAvoiding(d, next, yes, before);
                assertThat(yesWasPossible).as("at %s the path takes Tidak although Ya was open", s).isFalse();
            }
        }
        assertThat(d.nominalStandardTime()).isEqualTo(sum);
    }

    // ------------------------------------------------------------------ this class's own graph walks

    /** Successors from next, ifYes and ifNo, in that order; none for END. */
    private static Map<Integer, List<Integer>> successors(SopDefinition d) {
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (Step s : d.steps()) {
            List<Integer> to = new ArrayList<>(2);
            s.next().ifPresent(to::add);
            s.ifYes().ifPresent(to::add);
            s.ifNo().ifPresent(to::add);
            out.put(s.number(), to);
        }
        return out;
    }

    private static Map<Integer, List<Integer>> reverse(Map<Integer, List<Integer>> next) {
        Map<Integer, List<Integer>> back = new HashMap<>();
        next.forEach((from, tos) -> tos.forEach(to -> back.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        return back;
    }

    private static Set<Integer> walk(Collection<Integer> from, Map<Integer, List<Integer>> next) {
        Set<Integer> seen = new HashSet<>(from);
        Deque<Integer> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (int n : next.getOrDefault(todo.poll(), List.of())) {
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return seen;
    }

    private static boolean reachesEndAvoiding(SopDefinition d, Map<Integer, List<Integer>> next, int from,
            Set<Integer> avoid) {
        Map<Integer, List<Integer>> pruned = new HashMap<>();
        next.forEach((n, tos) -> pruned.put(n, tos.stream().filter(t -> !avoid.contains(t)).toList()));
        return walk(List.of(from), pruned).stream().anyMatch(n -> d.step(n).kind() == StepKind.END);
    }

    private static Duration weight(SopDefinition d, int n) {
        return d.step(n).time().map(TimeStandard::duration).orElse(Duration.ZERO);
    }

    /** Bellman-Ford: the least time from `from` until `to` first becomes current. */
    private static Duration shortest(SopDefinition d, Map<Integer, List<Integer>> next, int from, int to) {
        Map<Integer, Duration> best = new HashMap<>(Map.of(from, Duration.ZERO));
        for (int round = 0; round < next.size(); round++) {
            for (Map.Entry<Integer, Duration> e : new ArrayList<>(best.entrySet())) {
                if (e.getKey() == to) {
                    continue;
                }
                Duration via = e.getValue().plus(weight(d, e.getKey()));
                for (int m : next.get(e.getKey())) {
                    if (!best.containsKey(m) || via.compareTo(best.get(m)) < 0) {
                        best.put(m, via);
                    }
                }
            }
        }
        return best.get(to);
    }

    /**
     * The most time from `from` until `to` first becomes current, or empty when a loop lies between:
     * a cycle among the steps that `from` reaches and that reach `to`, before `to`.
     */
    private static Optional<Duration> longest(SopDefinition d, Map<Integer, List<Integer>> next, int from, int to) {
        Map<Integer, List<Integer>> cut = new HashMap<>(next);
        cut.put(to, List.of());
        Set<Integer> between = walk(List.of(from), cut);
        between.retainAll(walk(List.of(to), reverse(cut)));
        between.remove(to);
        // Kahn's algorithm over the steps between: a topological order exists exactly when there is no loop.
        Map<Integer, Integer> incoming = new HashMap<>();
        between.forEach(n -> incoming.put(n, 0));
        for (int n : between) {
            for (int m : cut.get(n)) {
                if (between.contains(m)) {
                    incoming.merge(m, 1, Integer::sum);
                }
            }
        }
        Deque<Integer> ready = new ArrayDeque<>();
        incoming.forEach((n, k) -> {
            if (k == 0) {
                ready.add(n);
            }
        });
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int n = ready.poll();
            order.add(n);
            for (int m : cut.get(n)) {
                if (between.contains(m) && incoming.merge(m, -1, Integer::sum) == 0) {
                    ready.add(m);
                }
            }
        }
        if (order.size() < between.size()) {
            return Optional.empty();
        }
        Map<Integer, Duration> most = new HashMap<>(Map.of(to, Duration.ZERO));
        for (int i = order.size() - 1; i >= 0; i--) {
            int n = order.get(i);
            Duration rest = cut.get(n).stream().filter(most::containsKey).map(most::get).max(Duration::compareTo)
                    .orElseThrow();
            most.put(n, rest.plus(weight(d, n)));
        }
        return Optional.of(most.get(from));
    }

    // ------------------------------------------------------------------ helpers

    /** A definition and two of its steps; prints the definition, then the span. */
    record Span(SopDefinition definition, int from, int to) {
        @Override
        public String toString() {
            return definition + System.lineSeparator() + "from step " + from + " to step " + to;
        }
    }

    private static int indexOfFirstWarning(List<Problem> problems) {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).isWarning()) {
                return i;
            }
        }
        return problems.size();
    }

    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(p -> !p.isWarning()).toList();
    }

    private static List<Problem> warnings(List<Problem> problems) {
        return problems.stream().filter(Problem::isWarning).toList();
    }

    private static Set<ProblemCode> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
