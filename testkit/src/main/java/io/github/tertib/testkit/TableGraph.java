package io.github.tertib.testkit;

import io.github.tertib.sop.StepKind;
import io.github.tertib.testkit.StepTable.Row;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reachability over a table as the checks see it: the first row of a number is the step; a START or
 * PROCESS goes to its next, or the next number; a DECISION to its targets that exist.
 */
final class TableGraph {

    private TableGraph() {
    }

    /** Numbers not reachable from the first START row; none when there is no START. */
    static Set<Integer> unreachable(List<Row> rows) {
        Map<Integer, Row> byNumber = byNumber(rows);
        Optional<Row> start = rows.stream().filter(r -> r.kind() == StepKind.START).findFirst();
        if (start.isEmpty()) {
            return Set.of();
        }
        Map<Integer, List<Integer>> edges = edges(byNumber);
        Set<Integer> reached = walk(List.of(start.get().number()), edges);
        Set<Integer> out = new HashSet<>(byNumber.keySet());
        out.removeAll(reached);
        return out;
    }

    /** Numbers from which no END can be reached; none when there is no END. */
    static Set<Integer> trapped(List<Row> rows) {
        Map<Integer, Row> byNumber = byNumber(rows);
        List<Integer> ends = new ArrayList<>();
        for (Row r : byNumber.values()) {
            if (r.kind() == StepKind.END) {
                ends.add(r.number());
            }
        }
        if (ends.isEmpty()) {
            return Set.of();
        }
        Map<Integer, List<Integer>> reverse = new HashMap<>();
        edges(byNumber).forEach((from, tos) -> {
            for (int to : tos) {
                reverse.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            }
        });
        Set<Integer> canEnd = walk(ends, reverse);
        Set<Integer> out = new HashSet<>(byNumber.keySet());
        out.removeAll(canEnd);
        return out;
    }

    private static Map<Integer, Row> byNumber(List<Row> rows) {
        Map<Integer, Row> byNumber = new LinkedHashMap<>();
        for (Row r : rows) {
            byNumber.putIfAbsent(r.number(), r);
        }
        return byNumber;
    }

    private static Map<Integer, List<Integer>> edges(Map<Integer, Row> byNumber) {
        TreeSet<Integer> numbers = new TreeSet<>(byNumber.keySet());
        Map<Integer, List<Integer>> edges = new HashMap<>();
        for (Row r : byNumber.values()) {
            List<Integer> out = switch (r.kind()) {
                case START, PROCESS -> {
                    Integer n = r.next().isPresent() ? Integer.valueOf(r.next().getAsInt()) : numbers.higher(r.number());
                    yield n != null && byNumber.containsKey(n) ? List.of(n) : List.of();
                }
                case DECISION -> {
                    List<Integer> both = new ArrayList<>(2);
                    r.ifYes().stream().filter(byNumber::containsKey).forEach(both::add);
                    r.ifNo().stream().filter(n -> byNumber.containsKey(n) && !both.contains(n)).forEach(both::add);
                    yield both;
                }
                case END -> List.of(); // an END goes nowhere
            };
            edges.put(r.number(), out);
        }
        return edges;
    }

    private static Set<Integer> walk(Collection<Integer> from, Map<Integer, List<Integer>> next) {
        Set<Integer> seen = new HashSet<>(from);
        Deque<Integer> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (int n : next.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }
}
