package io.github.tertib.sop;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A checked SOP: its identity, roles and steps. Shared by every case that runs it.
 *
 * <p>Built by {@link Sop#define(String, String)} or taken from the catalog; a definition that exists has
 * passed every check (one START, an END reachable from every step, decisions with two targets, ...).
 * The format's style rules that it breaks are kept as {@link #warnings()}.
 *
 * <pre>{@code
 * SopDefinition v4 = PalangkaRaya.v4();
 * v4.step(3).ifNo();          // OptionalInt[2]
 * v4.happyPath();             // steps 1, 2, 3, 4, 5, 6, 7
 * v4.nominalStandardTime();   // PT72H40M (4360 minutes)
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value.
 */
public final class SopDefinition {

    private final Identity identity;
    private final List<Role> roles;
    private final List<Role> cancelRoles;
    private final List<Step> steps;
    private final int[] numbers;
    // Per step position, the position of its target on "Ya" (or its next step) and on "Tidak"; -1 for END.
    private final int[] yesTargets;
    private final int[] noTargets;
    private final List<Problem> warnings;
    private final Step start;
    private final List<Step> happyPath;
    private final Duration nominalStandardTime;
    // Computed on first use: most definitions are built, checked and rendered without one.
    private volatile Fingerprint fingerprint;
    private volatile Revision revision;

    SopDefinition(Identity identity, List<Role> roles, Set<Role> cancelRoles, List<Step> steps, List<Problem> warnings) {
        this.identity = identity;
        this.roles = List.copyOf(roles);
        this.cancelRoles = List.copyOf(cancelRoles);
        this.steps = List.copyOf(steps);
        this.numbers = steps.stream().mapToInt(Step::number).toArray();
        this.yesTargets = new int[numbers.length];
        this.noTargets = new int[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            Step s = this.steps.get(i);
            boolean end = s.kind() == StepKind.END;
            yesTargets[i] = end ? -1 : indexOf(s.target(Answer.YES));
            noTargets[i] = end ? -1 : indexOf(s.target(Answer.NO));
        }
        this.warnings = List.copyOf(warnings);
        this.start = steps.stream().filter(s -> s.kind() == StepKind.START).findFirst().orElseThrow();
        this.happyPath = findHappyPath();
        Duration sum = Duration.ZERO;
        for (Step s : happyPath) {
            sum = sum.plus(nominal(s));
        }
        this.nominalStandardTime = sum;
    }

    /** Returns the identity section. */
    public Identity identity() {
        return identity;
    }

    /** Returns the Nomor SOP as written. */
    public String number() {
        return identity.number();
    }

    /** Returns the Nama SOP. */
    public String name() {
        return identity.name();
    }

    /**
     * Returns the fingerprint of this definition's exact content: identity, roles, steps, parts, Mutu
     * Baku, notes, flags, guards (by description) and transitions. Equal definitions have equal
     * fingerprints in every JVM and Tertib version; a revision that changes anything a case or a
     * document depends on has another.
     *
     * @return the fingerprint, computed once
     */
    public Fingerprint fingerprint() {
        Fingerprint f = fingerprint;
        if (f == null) {
            f = Fingerprint.of(this);
            fingerprint = f;
        }
        return f;
    }

    /**
     * Returns this revision of the SOP: its number, Tanggal Revisi and {@link #fingerprint()}, as a
     * case's START event records it.
     *
     * @return the revision, made once
     */
    public Revision revision() {
        Revision r = revision;
        if (r == null) {
            r = new Revision(identity.number(), identity.revised(), fingerprint());
            revision = r;
        }
        return r;
    }

    /** Returns the roles, in the order of their columns. */
    public List<Role> roles() {
        return roles;
    }

    /**
     * Returns the role with the given id.
     *
     * @param id the role id, such as {@code kepala-seksi}
     * @return the role
     * @throws IllegalArgumentException if no role has that id; the message lists the ids there are
     */
    public Role role(String id) {
        return findRole(id).orElseThrow(() -> new IllegalArgumentException("SOP " + number() + " has no role \"" + id
                + "\": its roles are " + roles.stream().map(Role::id).toList()));
    }

    /**
     * Returns the role with the given id, if there is one.
     *
     * @param id the role id
     * @return the role
     */
    public Optional<Role> findRole(String id) {
        Objects.requireNonNull(id, "id");
        for (Role r : roles) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Returns the roles that may cancel a case, in declaration order; empty if nobody may. */
    public List<Role> cancelRoles() {
        return cancelRoles;
    }

    /** Returns the steps, in number order. */
    public List<Step> steps() {
        return steps;
    }

    /**
     * Returns a builder holding everything of this definition, to build a changed copy (a revision).
     *
     * <pre>{@code
     * SopDefinition revised = v4.toBuilder().cancelledBy(KEPALA_DINAS).build();
     * }</pre>
     *
     * @return a new builder; building it unchanged gives an equal definition
     */
    public SopBuilder toBuilder() {
        return SopBuilder.from(this);
    }

    /**
     * Returns the step with the given number.
     *
     * @param number the step number
     * @return the step
     * @throws IllegalArgumentException if there is no such step; the message lists the numbers there are
     */
    public Step step(int number) {
        int i = Arrays.binarySearch(numbers, number);
        if (i < 0) {
            throw new IllegalArgumentException("SOP " + number() + " has no step " + number + ": its steps are "
                    + Arrays.toString(numbers));
        }
        return steps.get(i);
    }

    /**
     * Returns the step with the given number, if there is one.
     *
     * @param number the step number
     * @return the step
     */
    public Optional<Step> findStep(int number) {
        int i = Arrays.binarySearch(numbers, number);
        return i < 0 ? Optional.empty() : Optional.of(steps.get(i));
    }

    /**
     * Returns the position of a step in {@link #steps()}, or -1 if there is none. Cheap: for code that
     * keeps per-step arrays.
     *
     * @param number the step number
     * @return its index in {@code steps()}, or -1
     */
    public int indexOf(int number) {
        int i = Arrays.binarySearch(numbers, number);
        return i < 0 ? -1 : i;
    }

    /**
     * Returns the position in {@link #steps()} of the step that follows the step at position
     * {@code index} once its parts are done, as {@link Step#target(Answer)} names it; -1 for an END
     * step. Cheap (computed once): for code that walks cases step by step.
     *
     * @param index the position of a step in {@code steps()}
     * @param answer the answer given to a DECISION; ignored for START and PROCESS
     * @return the position of the target step, or -1 for an END step
     * @throws IndexOutOfBoundsException if there is no step at {@code index}
     */
    public int targetIndex(int index, Answer answer) {
        Objects.checkIndex(index, numbers.length);
        return switch (Objects.requireNonNull(answer, "answer")) {
            case YES -> yesTargets[index];
            case NO -> noTargets[index];
        };
    }

    /** Returns the START step. */
    public Step startStep() {
        return start;
    }

    /**
     * Returns the steps a step may go to: its next step, or its Ya and Tidak targets; none for END.
     *
     * @param number the step number
     * @return the successors, in that order
     */
    public List<Step> successors(int number) {
        List<Step> out = new ArrayList<>(2);
        for (int n : step(number).successors()) {
            out.add(step(n));
        }
        return List.copyOf(out);
    }

    /** Returns the style warnings the definition was built with (the format's rules it breaks). */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * Returns the happy path: the steps a case visits from START to an END when every decision is
     * answered "Ya", without visiting a step twice. Where "Ya" would return to a step already on the
     * path, or lead where no END can be reached without doing so, the path takes "Tidak" instead.
     *
     * @return the steps, START first and an END last, each a successor of the one before, none twice
     */
    public List<Step> happyPath() {
        return happyPath;
    }

    private List<Step> findHappyPath() {
        List<Step> path = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Step s = start;
        // Invariant: an END can be reached from s without passing a step on the path. It holds at START
        // (every step reaches an END) and the step chosen next keeps it, so the walk never gets stuck.
        while (true) {
            path.add(s);
            seen.add(s.number());
            if (s.kind() == StepKind.END) {
                return List.copyOf(path);
            }
            Step chosen = null;
            for (int n : s.successors()) {
                if (!seen.contains(n) && reachesEndAvoiding(n, seen)) {
                    chosen = step(n);
                    break;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("checked definitions reach an END from every step");
            }
            s = chosen;
        }
    }

    private boolean reachesEndAvoiding(int from, Set<Integer> avoid) {
        Set<Integer> visited = new HashSet<>(List.of(from));
        Deque<Integer> todo = new ArrayDeque<>(visited);
        while (!todo.isEmpty()) {
            Step s = step(todo.pop());
            if (s.kind() == StepKind.END) {
                return true;
            }
            for (int m : s.successors()) {
                if (!avoid.contains(m) && visited.add(m)) {
                    todo.push(m);
                }
            }
        }
        return false;
    }

    /**
     * Returns the nominal standard time of the happy path: the sum of its steps' Waktu, read nominally
     * (see {@link TimeStandard#duration()}); steps without a Waktu count zero.
     *
     * @return the nominal standard time; for SOP V.4, 4360 minutes
     */
    public Duration nominalStandardTime() {
        return nominalStandardTime;
    }

    private static Duration nominal(Step s) {
        return s.time().map(TimeStandard::duration).orElse(Duration.ZERO);
    }

    /**
     * Returns the least and the most standard time a case spends from the moment step {@code from}
     * becomes current until step {@code to} first does: the sum of the Waktu of the steps on the way,
     * {@code from} included and {@code to} not. A loop on the way makes the most unbounded; the answer
     * says so rather than loop.
     *
     * @param from the step number where the span starts
     * @param to the step number where it ends
     * @return the bounds, or empty if {@code to} cannot be reached from {@code from}
     */
    public Optional<TimeBounds> standardTimeBetween(int from, int to) {
        step(from);
        step(to);
        if (from == to) {
            return Optional.of(new TimeBounds(Duration.ZERO, Optional.of(Duration.ZERO)));
        }
        // Paths end when they first reach `to`, so its own transitions are ignored.
        Map<Integer, Duration> best = new HashMap<>();
        PriorityQueue<Map.Entry<Integer, Duration>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        best.put(from, Duration.ZERO);
        queue.add(Map.entry(from, Duration.ZERO));
        Duration minimum = null;
        while (!queue.isEmpty()) {
            Map.Entry<Integer, Duration> e = queue.poll();
            int n = e.getKey();
            if (e.getValue().compareTo(best.get(n)) > 0) {
                continue;
            }
            if (n == to) {
                minimum = e.getValue();
                break;
            }
            Duration via = e.getValue().plus(nominal(step(n)));
            for (int m : step(n).successors()) {
                Duration old = best.get(m);
                if (old == null || via.compareTo(old) < 0) {
                    best.put(m, via);
                    queue.add(Map.entry(m, via));
                }
            }
        }
        if (minimum == null) {
            return Optional.empty();
        }
        return Optional.of(new TimeBounds(minimum, longest(from, to)));
    }

    /** The longest path from `from` to `to` over the steps that lie between them, or empty on a loop. */
    private Optional<Duration> longest(int from, int to) {
        Set<Integer> forward = reach(from, to);
        Map<Integer, List<Integer>> reverse = new HashMap<>();
        for (int n : forward) {
            if (n != to) {
                for (int m : step(n).successors()) {
                    reverse.computeIfAbsent(m, k -> new ArrayList<>()).add(n);
                }
            }
        }
        Set<Integer> between = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(to));
        between.add(to);
        while (!todo.isEmpty()) {
            for (int p : reverse.getOrDefault(todo.pop(), List.of())) {
                if (forward.contains(p) && between.add(p)) {
                    todo.push(p);
                }
            }
        }
        Map<Integer, Duration> memo = new HashMap<>();
        Set<Integer> onStack = new HashSet<>();
        return longestFrom(from, to, between, memo, onStack);
    }

    private Optional<Duration> longestFrom(int n, int to, Set<Integer> between, Map<Integer, Duration> memo,
            Set<Integer> onStack) {
        if (n == to) {
            return Optional.of(Duration.ZERO);
        }
        Duration known = memo.get(n);
        if (known != null) {
            return Optional.of(known);
        }
        if (!onStack.add(n)) {
            return Optional.empty();
        }
        Duration most = null;
        for (int m : step(n).successors()) {
            if (!between.contains(m)) {
                continue;
            }
            Optional<Duration> rest = longestFrom(m, to, between, memo, onStack);
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            Duration d = rest.get().plus(nominal(step(n)));
            if (most == null || d.compareTo(most) > 0) {
                most = d;
            }
        }
        onStack.remove(n);
        memo.put(n, most);
        return Optional.of(most);
    }

    private Set<Integer> reach(int from, int stopAt) {
        Set<Integer> seen = new HashSet<>(List.of(from));
        Deque<Integer> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (n == stopAt) {
                continue;
            }
            for (int m : step(n).successors()) {
                if (seen.add(m)) {
                    todo.push(m);
                }
            }
        }
        return seen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SopDefinition d && d.identity.equals(identity) && d.roles.equals(roles)
                && d.cancelRoles.equals(cancelRoles) && d.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identity, roles, cancelRoles, steps);
    }

    /** Returns the number, the name, and each step on one line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(identity.toString()).append(" (").append(roles.size()).append(" roles, ")
                .append(steps.size()).append(" steps)");
        for (Step s : steps) {
            b.append(System.lineSeparator()).append("  ").append(s);
        }
        return b.toString();
    }
}
