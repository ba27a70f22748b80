package io.github.tertib.testkit;

import static io.github.tertib.testkit.GeneratorWords.BYSTANDER;
import static io.github.tertib.testkit.GeneratorWords.CANCELLER;
import static io.github.tertib.testkit.GeneratorWords.END_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.OUTSIDER;
import static io.github.tertib.testkit.GeneratorWords.PROCESS_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.PROCESS_LABELS;
import static io.github.tertib.testkit.GeneratorWords.SUBJECT_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.UNREADABLE_TIMES;
import static io.github.tertib.testkit.GeneratorWords.ZERO_TIMES;
import static io.github.tertib.testkit.SopGenerators.pick;

import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.StepKind;
import io.github.tertib.testkit.SopGenerators.Planted;
import io.github.tertib.testkit.StepTable.Flag;
import io.github.tertib.testkit.StepTable.Part;
import io.github.tertib.testkit.StepTable.Row;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The mistakes {@link SopGenerators#invalidDefinitions()} plants in a valid table, one small method per
 * mistake, and the exact problem codes that building the table then reports.
 */
final class PlantedMistakes {

    private PlantedMistakes() {
    }

        /**
     * What can be planted, in the order it is applied: renumbering and changes of kind first (the later
     * plants see their result), rows added last, and copies of rows at the very end. The first is the
     * simplest, so that shrinking goes towards it.
     */
    private enum Plant {
        UNUSED_ROLE, INVALID_STEP_NUMBER, NO_START, MULTIPLE_STARTS, NO_END, BLANK_ACTIVITY, NO_PARTS, BLANK_LABEL,
        DUPLICATE_PART, UNDECLARED_ROLE, DUPLICATE_ROLE, UNDECLARED_CANCEL_ROLE, TIME_UNREADABLE, NON_POSITIVE_TIME,
        END_HAS_TIME, FLAG_ON_END, END_HAS_TRANSITION, BRANCH_ON_NON_DECISION, DECISION_HAS_NEXT,
        DECISION_ROLE_COUNT, UNKNOWN_TARGET, NO_NEXT_STEP, DECISION_WITHOUT_YES, DECISION_WITHOUT_NO,
        DECISION_SAME_TARGETS, UNREACHABLE_STEP, NO_PATH_TO_END, DUPLICATE_STEP_NUMBER
    }

    static Planted planted(Choices c) {
        StepTable base = SopGenerators.validTable(c);
        int count = c.chooseInt(1, 4);
        List<Plant> plants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plants.add(Plant.values()[c.chooseInt(0, Plant.values().length - 1)]);
        }
        plants.sort(null);
        Work w = new Work(base);
        boolean any = false;
        for (Plant p : plants) {
            any |= w.plant(p, c);
        }
        if (!any) {
            w.plant(Plant.UNUSED_ROLE, c);
        }
        StepTable table = new StepTable(base.number(), base.name(), base.header(), w.roles, w.cancel, w.rows);
        Set<ProblemCode> warnings = EnumSet.noneOf(ProblemCode.class);
        for (Row r : w.rows) {
            if (r.kind() != StepKind.END && r.time().isEmpty()) {
                warnings.add(ProblemCode.MISSING_TIME);
            }
            if (SUBJECT_ACTIVITIES.contains(r.activity())) {
                warnings.add(ProblemCode.ACTIVITY_HAS_SUBJECT);
            }
        }
        return new Planted(table, w.errors, warnings);
    }

    /** A table being changed plant by plant; rows are only ever replaced or appended, so indices stay. */
    private static final class Work {
        final List<Row> rows;
        final List<Role> roles;
        final List<Role> cancel;
        /** The roles of the valid table: declared and used, safe to give a part without changing either. */
        final List<Role> base;
        /** Rows that carry a planted mistake already, by index: each row carries at most one. */
        final Set<Integer> used = new HashSet<>();
        /** Numbers of rows added as traps (a step that only loops on itself). */
        final Set<Integer> traps = new HashSet<>();
        final Set<ProblemCode> errors = EnumSet.noneOf(ProblemCode.class);
        boolean renumbered;
        boolean noStart;
        boolean multipleStarts;
        boolean noEnd;
        /** A transition is missing, points nowhere or has both branches on one step. */
        boolean transitionBroken;
        /** A row was added that nothing reaches, or that reaches no END. */
        boolean graphChanged;

        Work(StepTable t) {
            rows = new ArrayList<>(t.rows());
            roles = new ArrayList<>(t.roles());
            cancel = new ArrayList<>(t.cancelRoles());
            base = List.copyOf(t.roles());
        }

        /** Plants one mistake if the table still has room for it; says whether it did. */
        boolean plant(Plant p, Choices c) {
            return switch (p) {
                case UNUSED_ROLE -> unusedRole();
                case INVALID_STEP_NUMBER -> renumberStart(c);
                case NO_START -> noStart();
                case MULTIPLE_STARTS -> multipleStarts(c);
                case NO_END -> removeEnds();
                case BLANK_ACTIVITY -> blankActivity(c);
                case NO_PARTS -> noParts(c);
                case BLANK_LABEL -> blankLabel(c);
                case DUPLICATE_PART -> duplicatePart(c);
                case UNDECLARED_ROLE -> undeclaredRole(c);
                case DUPLICATE_ROLE -> duplicateRole(c);
                case UNDECLARED_CANCEL_ROLE -> undeclaredCancelRole();
                case TIME_UNREADABLE -> setTime(c, false, UNREADABLE_TIMES, ProblemCode.TIME_UNREADABLE);
                case NON_POSITIVE_TIME -> setTime(c, false, ZERO_TIMES, ProblemCode.NON_POSITIVE_TIME);
                case END_HAS_TIME -> endHasTime(c);
                case FLAG_ON_END -> flagOnEnd(c);
                case END_HAS_TRANSITION -> endHasTransition(c);
                case BRANCH_ON_NON_DECISION -> branchOnNonDecision(c);
                case DECISION_HAS_NEXT -> decisionHasNext(c);
                case DECISION_ROLE_COUNT -> decisionRoleCount(c);
                case UNKNOWN_TARGET -> pointNowhere(c);
                case NO_NEXT_STEP -> lastEndGoesNowhere();
                case DECISION_WITHOUT_YES, DECISION_WITHOUT_NO, DECISION_SAME_TARGETS -> breakDecision(p, c);
                case UNREACHABLE_STEP -> addOrphan(c);
                case NO_PATH_TO_END -> addTrap(c);
                case DUPLICATE_STEP_NUMBER -> duplicateStepNumber(c);
            };
        }

        private boolean unusedRole() {
            if (roles.contains(BYSTANDER)) {
                return false;
            }
            roles.add(BYSTANDER);
            return found(ProblemCode.UNUSED_ROLE);
        }

        private boolean noStart() {
            if (noStart || multipleStarts || used.contains(0)) {
                return false;
            }
            // A PROCESS goes on exactly as a START does: the graph is the same, without its start.
            change(0, rows.get(0).withKind(StepKind.PROCESS));
            noStart = true;
            return found(ProblemCode.NO_START);
        }

        private boolean multipleStarts(Choices c) {
            if (noStart) {
                return false;
            }
            int i = pickRow(c, r -> r.kind() == StepKind.PROCESS);
            if (i < 0) {
                return false;
            }
            change(i, rows.get(i).withKind(StepKind.START));
            multipleStarts = true;
            return found(ProblemCode.MULTIPLE_STARTS);
        }

        private boolean blankActivity(Choices c) {
            int i = pickRow(c, r -> true);
            return i >= 0 && change(i, rows.get(i).withActivity(c.chance(50) ? "" : "   "))
                    && found(ProblemCode.BLANK_ACTIVITY);
        }

        private boolean noParts(Choices c) {
            int i = pickRow(c, r -> r.kind() != StepKind.END && !r.parts().isEmpty()
                    && r.parts().stream().allMatch(part -> usedElsewhere(part.role(), r)));
            return i >= 0 && change(i, rows.get(i).withParts(List.of())) && found(ProblemCode.NO_PARTS);
        }

        private boolean blankLabel(Choices c) {
            int i = pickRow(c, r -> !r.parts().isEmpty());
            if (i < 0) {
                return false;
            }
            List<Part> parts = new ArrayList<>(rows.get(i).parts());
            int j = c.chooseInt(0, parts.size() - 1);
            parts.set(j, new Part(parts.get(j).role(), c.chance(50) ? "" : " "));
            return change(i, rows.get(i).withParts(parts)) && found(ProblemCode.BLANK_LABEL);
        }

        private boolean duplicatePart(Choices c) {
            int i = pickRow(c, r -> r.kind() != StepKind.DECISION && !r.parts().isEmpty());
            return i >= 0 && addPart(i, rows.get(i).parts().get(0).role(), pick(c, PROCESS_LABELS))
                    && found(ProblemCode.DUPLICATE_PART);
        }

        private boolean undeclaredRole(Choices c) {
            int i = pickRow(c, r -> r.kind() != StepKind.DECISION);
            return i >= 0 && addPart(i, OUTSIDER, "Proses") && found(ProblemCode.UNDECLARED_ROLE);
        }

        private boolean duplicateRole(Choices c) {
            roles.add(pick(c, List.copyOf(roles)));
            return found(ProblemCode.DUPLICATE_ROLE);
        }

        private boolean undeclaredCancelRole() {
            if (cancel.contains(CANCELLER)) {
                return false;
            }
            cancel.add(CANCELLER);
            return found(ProblemCode.UNDECLARED_CANCEL_ROLE);
        }

        private boolean endHasTime(Choices c) {
            // Readable, zero or unreadable: an END with any Waktu is END_HAS_TIME and nothing else.
            int kind = c.chooseInt(0, 2);
            List<String> texts = kind == 0 ? List.of(SopGenerators.timeTexts().generate(c))
                    : kind == 1 ? ZERO_TIMES : UNREADABLE_TIMES;
            return setTime(c, true, texts, ProblemCode.END_HAS_TIME);
        }

        private boolean flagOnEnd(Choices c) {
            int i = pickRow(c, r -> r.kind() == StepKind.END);
            return i >= 0 && change(i, rows.get(i).withFlags(Set.of(pick(c, List.of(Flag.values())))))
                    && found(ProblemCode.FLAG_ON_END);
        }

        private boolean endHasTransition(Choices c) {
            int i = pickRow(c, r -> r.kind() == StepKind.END);
            if (i < 0) {
                return false;
            }
            OptionalInt t = OptionalInt.of(c.chooseInt(1, maxNumber() + 3));
            OptionalInt none = OptionalInt.empty();
            int which = c.chooseInt(0, 2);
            Row r = rows.get(i).withTargets(which == 0 ? t : none, which == 1 ? t : none, which == 2 ? t : none);
            return change(i, r) && found(ProblemCode.END_HAS_TRANSITION);
        }

        private boolean branchOnNonDecision(Choices c) {
            int i = pickRow(c, r -> r.kind() == StepKind.START || r.kind() == StepKind.PROCESS);
            if (i < 0) {
                return false;
            }
            Row r = rows.get(i);
            int which = c.chooseInt(0, 2);
            OptionalInt yes = which != 1 ? OptionalInt.of(c.chooseInt(1, maxNumber() + 3)) : OptionalInt.empty();
            OptionalInt no = which != 0 ? OptionalInt.of(c.chooseInt(1, maxNumber() + 3)) : OptionalInt.empty();
            return change(i, r.withTargets(r.next(), yes, no)) && found(ProblemCode.BRANCH_ON_NON_DECISION);
        }

        private boolean decisionHasNext(Choices c) {
            int i = pickRow(c, r -> r.kind() == StepKind.DECISION);
            if (i < 0) {
                return false;
            }
            Row r = rows.get(i);
            return change(i, r.withTargets(OptionalInt.of(c.chooseInt(1, maxNumber() + 3)), r.ifYes(), r.ifNo()))
                    && found(ProblemCode.DECISION_HAS_NEXT);
        }

        private boolean decisionRoleCount(Choices c) {
            int i = pickRow(c, r -> r.kind() == StepKind.DECISION && r.parts().size() == 1);
            if (i < 0) {
                return false;
            }
            Role decider = rows.get(i).parts().get(0).role();
            List<Role> others = base.stream().filter(r -> !r.equals(decider)).toList();
            return !others.isEmpty() && addPart(i, pick(c, others), "Jika")
                    && found(ProblemCode.DECISION_ROLE_COUNT);
        }

        /**
         * Appends a copy of a row. A copy is invisible to the graph (the first row of a number is the
         * step) and repeats exactly the problems of its original, so the only new code is the duplicate
         * number.
         */
        private boolean duplicateStepNumber(Choices c) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).kind() != StepKind.START) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                return false;
            }
            rows.add(rows.get(pick(c, candidates)));
            used.add(rows.size() - 1);
            return found(ProblemCode.DUPLICATE_STEP_NUMBER);
        }

        private boolean found(ProblemCode code) {
            errors.add(code);
            return true;
        }

        private boolean change(int i, Row r) {
            rows.set(i, r);
            used.add(i);
            return true;
        }

        private boolean addPart(int i, Role role, String label) {
            List<Part> parts = new ArrayList<>(rows.get(i).parts());
            parts.add(new Part(role, label));
            return change(i, rows.get(i).withParts(parts));
        }

        private int pickRow(Choices c, java.util.function.Predicate<Row> ok) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!used.contains(i) && ok.test(rows.get(i))) {
                    candidates.add(i);
                }
            }
            return candidates.isEmpty() ? -1 : pick(c, candidates);
        }

        private boolean usedElsewhere(Role role, Row except) {
            for (Row r : rows) {
                if (r != except && r.parts().stream().anyMatch(p -> p.role().equals(role))) {
                    return true;
                }
            }
            return false;
        }

        private int maxNumber() {
            int max = Integer.MIN_VALUE;
            for (Row r : rows) {
                max = Math.max(max, r.number());
            }
            return max;
        }

        private boolean setTime(Choices c, boolean onEnd, List<String> texts, ProblemCode code) {
            int i = pickRow(c, r -> (r.kind() == StepKind.END) == onEnd);
            return i >= 0 && change(i, rows.get(i).withTime(Optional.of(pick(c, texts)))) && found(code);
        }

        /** Renumbers the START (the lowest number) to 0 or below, with every reference to it. */
        private boolean renumberStart(Choices c) {
            if (renumbered) {
                return false;
            }
            int old = rows.get(0).number();
            int now = -c.chooseInt(0, 5);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                rows.set(i, r.withTargets(swap(r.next(), old, now), swap(r.ifYes(), old, now), swap(r.ifNo(), old, now)));
            }
            rows.set(0, rows.get(0).withNumber(now));
            renumbered = true;
            return found(ProblemCode.INVALID_STEP_NUMBER);
        }

        private static OptionalInt swap(OptionalInt target, int old, int now) {
            return target.isPresent() && target.getAsInt() == old ? OptionalInt.of(now) : target;
        }

        /** Turns every END into a process that goes back to the first row: no END, and nothing else changes. */
        private boolean removeEnds() {
            if (noEnd) {
                return false;
            }
            int first = rows.get(0).number();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (r.kind() == StepKind.END) {
                    List<Part> parts = r.parts().isEmpty() ? List.of(new Part(base.get(0), "Proses")) : r.parts();
                    change(i, r.withKind(StepKind.PROCESS).withParts(parts)
                            .withTargets(OptionalInt.of(first), OptionalInt.empty(), OptionalInt.empty()));
                }
            }
            noEnd = true;
            return found(ProblemCode.NO_END);
        }

        private boolean pointNowhere(Choices c) {
            if (graphChanged) {
                return false;
            }
            int i = pickRow(c, r -> r.kind() != StepKind.END);
            if (i < 0) {
                return false;
            }
            Row r = rows.get(i);
            OptionalInt nowhere = OptionalInt.of(maxNumber() + 1 + c.chooseInt(0, 20));
            if (r.kind() == StepKind.DECISION) {
                r = c.chance(50) ? r.withTargets(r.next(), nowhere, r.ifNo()) : r.withTargets(r.next(), r.ifYes(), nowhere);
            } else {
                r = r.withTargets(nowhere, r.ifYes(), r.ifNo());
            }
            transitionBroken = true;
            return change(i, r) && found(ProblemCode.UNKNOWN_TARGET);
        }

        /** Turns the last row, an END, into a process with no next step: NO_NEXT_STEP (and NO_END if it was the only END). */
        private boolean lastEndGoesNowhere() {
            if (graphChanged) {
                return false;
            }
            int last = 0;
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i).number() > rows.get(last).number()) {
                    last = i;
                }
            }
            Row r = rows.get(last);
            if (used.contains(last) || r.kind() != StepKind.END) {
                return false;
            }
            List<Part> parts = r.parts().isEmpty() ? List.of(new Part(base.get(0), "Proses")) : r.parts();
            change(last, r.withKind(StepKind.PROCESS).withParts(parts));
            transitionBroken = true;
            if (rows.stream().noneMatch(row -> row.kind() == StepKind.END)) {
                noEnd = true;
                found(ProblemCode.NO_END);
            }
            return found(ProblemCode.NO_NEXT_STEP);
        }

        private boolean breakDecision(Plant p, Choices c) {
            if (graphChanged) {
                return false;
            }
            int i = pickRow(c, r -> r.kind() == StepKind.DECISION);
            if (i < 0) {
                return false;
            }
            Row r = rows.get(i);
            transitionBroken = true;
            if (p == Plant.DECISION_WITHOUT_YES) {
                return change(i, r.withTargets(r.next(), OptionalInt.empty(), r.ifNo()))
                        && found(ProblemCode.DECISION_WITHOUT_YES);
            }
            if (p == Plant.DECISION_WITHOUT_NO) {
                return change(i, r.withTargets(r.next(), r.ifYes(), OptionalInt.empty()))
                        && found(ProblemCode.DECISION_WITHOUT_NO);
            }
            OptionalInt both = c.chance(50) ? r.ifYes() : r.ifNo();
            return change(i, r.withTargets(r.next(), both, both)) && found(ProblemCode.DECISION_SAME_TARGETS);
        }

        /** Adds a step after the last that nothing points at: UNREACHABLE_STEP, unless there is no START. */
        private boolean addOrphan(Choices c) {
            if (transitionBroken) {
                return false;
            }
            int number = maxNumber() + 1 + c.chooseInt(0, 3);
            Row orphan;
            if (!noEnd && c.chance(25)) {
                orphan = Row.of(number, StepKind.END, pick(c, END_ACTIVITIES));
            } else {
                List<Integer> targets = new ArrayList<>();
                for (Row r : rows) {
                    if (!traps.contains(r.number())) {
                        targets.add(r.number());
                    }
                }
                orphan = Row.of(number, StepKind.PROCESS, pick(c, PROCESS_ACTIVITIES))
                        .withParts(List.of(new Part(pick(c, base), "Proses")))
                        .withTime(Optional.of(SopGenerators.timeTexts().generate(c)))
                        .withTargets(OptionalInt.of(pick(c, targets)), OptionalInt.empty(), OptionalInt.empty());
            }
            rows.add(orphan);
            used.add(rows.size() - 1);
            graphChanged = true;
            if (!noStart) {
                found(ProblemCode.UNREACHABLE_STEP);
            }
            return true;
        }

        /**
         * Adds a step after the last that loops on itself: NO_PATH_TO_END. Either a decision's branch is
         * turned to it, where that leaves every other step reachable and able to end, or nothing points
         * at it and it is UNREACHABLE_STEP too (unless there is no START).
         */
        private boolean addTrap(Choices c) {
            if (transitionBroken || noEnd) {
                return false;
            }
            int number = maxNumber() + 1 + c.chooseInt(0, 3);
            Row trap = Row.of(number, StepKind.PROCESS, pick(c, PROCESS_ACTIVITIES))
                    .withParts(List.of(new Part(pick(c, base), "Proses")))
                    .withTime(Optional.of(SopGenerators.timeTexts().generate(c)))
                    .withTargets(OptionalInt.of(number), OptionalInt.empty(), OptionalInt.empty());
            Set<Integer> unreachableBefore = TableGraph.unreachable(rows);
            rows.add(trap);
            used.add(rows.size() - 1);
            traps.add(number);
            graphChanged = true;
            int d = noStart ? -1 : pickRow(c, r -> r.kind() == StepKind.DECISION);
            if (d >= 0) {
                Row decision = rows.get(d);
                boolean yes = c.chance(50);
                Row attached = yes ? decision.withTargets(decision.next(), OptionalInt.of(number), decision.ifNo())
                        : decision.withTargets(decision.next(), decision.ifYes(), OptionalInt.of(number));
                rows.set(d, attached);
                Set<Integer> trapped = new HashSet<>(traps);
                if (TableGraph.unreachable(rows).equals(unreachableBefore) && TableGraph.trapped(rows).equals(trapped)) {
                    used.add(d);
                    return found(ProblemCode.NO_PATH_TO_END);
                }
                rows.set(d, decision);
            }
            if (!noStart) {
                found(ProblemCode.UNREACHABLE_STEP);
            }
            return found(ProblemCode.NO_PATH_TO_END);
        }
    }
}
