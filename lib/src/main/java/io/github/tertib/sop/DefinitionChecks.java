package io.github.tertib.sop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Runs every check of a definition on the builder's drafts; package-private machinery of SopBuilder. */
final class DefinitionChecks {

    /** Words that, opening an activity, make it a sentence with a subject rather than a verb phrase. */
    private static final Set<String> SUBJECT_WORDS = Set.of("saya", "kami", "kita", "ia", "dia", "mereka", "petugas",
            "pegawai", "staf", "staff", "operator", "admin", "pemohon", "pejabat");

    /** An Indonesian active or passive verb: me-, ber-, di-, ter- prefixes. */
    private static final Pattern VERB = Pattern.compile("(me|mem|men|meng|meny|ber|di|ter)\\p{L}{2,}.*");

    private final Identity identity;
    private final List<Role> roles;
    private final Set<Role> cancelRoles;
    private final List<SopBuilder.Draft> drafts;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Integer, SopBuilder.Draft> byNumber = new LinkedHashMap<>();
    private final Map<Integer, Integer> defaultNext = new HashMap<>();
    /** Drafts whose transitions are broken (missing, unknown, or both branches on one step), by identity. */
    private final Set<SopBuilder.Draft> broken = Collections.newSetFromMap(new IdentityHashMap<>());

    DefinitionChecks(Identity identity, List<Role> roles, Set<Role> cancelRoles, List<SopBuilder.Draft> drafts) {
        this.identity = identity;
        this.roles = List.copyOf(roles);
        this.cancelRoles = Set.copyOf(cancelRoles);
        this.drafts = List.copyOf(drafts);
    }

    List<Problem> run() {
        checkRoles();
        checkNumbers();
        for (SopBuilder.Draft d : drafts) {
            checkStep(d);
        }
        checkKinds();
        checkTransitions();
        checkGraph();
        checkRoleUse();
        for (SopBuilder.Draft d : drafts) {
            checkStyle(d);
        }
        return List.copyOf(problems);
    }

    private void report(ProblemCode code, int step, String message) {
        problems.add(Problem.of(code, step, message));
    }

    private static String name(SopBuilder.Draft d) {
        return "step " + d.number + " (" + d.kind + ")";
    }

    private void checkRoles() {
        Set<String> ids = new HashSet<>();
        for (Role r : roles) {
            if (!ids.add(r.id())) {
                problems.add(Problem.of(ProblemCode.DUPLICATE_ROLE, "the role id \"" + r.id()
                        + "\" is declared twice: give each role of roles(...) its own id"));
            }
        }
        for (Role r : cancelRoles) {
            if (!roles.contains(r)) {
                problems.add(Problem.of(ProblemCode.UNDECLARED_CANCEL_ROLE, "cancelledBy(...) names " + r
                        + ", which is not declared: add it to roles(...) or remove it from cancelledBy(...)"));
            }
        }
    }

    private void checkNumbers() {
        Set<Integer> reported = new HashSet<>();
        for (SopBuilder.Draft d : drafts) {
            if (d.number <= 0) {
                report(ProblemCode.INVALID_STEP_NUMBER, d.number, name(d) + " has the number " + d.number
                        + ": step numbers start at 1");
            }
            if (byNumber.putIfAbsent(d.number, d) != null && reported.add(d.number)) {
                report(ProblemCode.DUPLICATE_STEP_NUMBER, d.number, "step number " + d.number
                        + " is used by more than one step: give each row its own number");
            }
        }
        List<Integer> ordered = new ArrayList<>(byNumber.keySet());
        ordered.sort(Comparator.naturalOrder());
        for (int i = 0; i + 1 < ordered.size(); i++) {
            defaultNext.put(ordered.get(i), ordered.get(i + 1));
        }
    }

    private void checkStep(SopBuilder.Draft d) {
        for (String repeat : d.repeats) {
            report(ProblemCode.SETTING_REPEATED, d.number, name(d) + " is given " + repeat + ": a step has one such"
                    + " setting, so remove the one you do not mean");
        }
        if (d.activity.isBlank()) {
            report(ProblemCode.BLANK_ACTIVITY, d.number, name(d) + " has no activity: write its Kegiatan");
        }
        if (d.partRoles.isEmpty() && d.kind != StepKind.END) {
            report(ProblemCode.NO_PARTS, d.number, name(d) + " has no part, so nobody can do it: add .by(role, \"label\")");
        }
        Set<Role> seen = new HashSet<>();
        for (int i = 0; i < d.partRoles.size(); i++) {
            Role r = d.partRoles.get(i);
            if (d.partLabels.get(i).isBlank()) {
                report(ProblemCode.BLANK_LABEL, d.number, name(d) + " has a blank label for " + r.title()
                        + ": write the word in its cell, such as \"Proses\"");
            }
            if (!seen.add(r)) {
                report(ProblemCode.DUPLICATE_PART, d.number, name(d) + " gives " + r.title()
                        + " two parts: one role has one cell per row, so merge them");
            }
            if (!roles.contains(r)) {
                report(ProblemCode.UNDECLARED_ROLE, d.number, name(d) + " is done by " + r
                        + ", which is not declared: add it to roles(...)");
            }
        }
        if (d.kind != StepKind.END) {
            if (d.badTime != null) {
                report(ProblemCode.TIME_UNREADABLE, d.number, name(d) + ": " + d.badTime);
            }
            if (d.time != null && !d.time.isPositive()) {
                report(ProblemCode.NON_POSITIVE_TIME, d.number, name(d) + " takes \"" + d.time.text()
                        + "\": a time standard must be more than zero");
            }
        } else {
            // Whatever its Waktu says, the one fix is to remove it: advising a readable or positive
            // time as well would contradict that.
            if (d.time != null || d.badTime != null) {
                report(ProblemCode.END_HAS_TIME, d.number, name(d) + " takes \"" + d.timeText
                        + "\", but an END needs no action and carries no time: remove .takes(...)");
            }
            if (d.pausable || d.definitiveOnly || d.separateActors || !d.guards.isEmpty()) {
                report(ProblemCode.FLAG_ON_END, d.number, name(d) + " is marked pausable, definitive-only, separate-actors"
                        + " or guarded, but nobody acts on an END: remove the flag");
            }
        }
    }

    private void checkKinds() {
        List<SopBuilder.Draft> starts = new ArrayList<>();
        boolean anyEnd = false;
        for (SopBuilder.Draft d : drafts) {
            if (d.kind == StepKind.START) {
                starts.add(d);
            }
            anyEnd |= d.kind == StepKind.END;
        }
        if (starts.isEmpty()) {
            problems.add(Problem.of(ProblemCode.NO_START, "the SOP has no START step: open the first step with"
                    + " .start(n, \"...\")"));
        }
        for (int i = 1; i < starts.size(); i++) {
            report(ProblemCode.MULTIPLE_STARTS, starts.get(i).number, "step " + starts.get(i).number
                    + " is a second START (step " + starts.get(0).number + " is the first): an SOP has exactly one,"
                    + " make it .process(...)");
        }
        if (!anyEnd) {
            problems.add(Problem.of(ProblemCode.NO_END, "the SOP has no END step: close it with .end(n, \"...\")"));
        }
    }

    private void checkTransitions() {
        for (SopBuilder.Draft d : drafts) {
            switch (d.kind) {
                case START:
                case PROCESS:
                    if (d.ifYes != null || d.ifNo != null) {
                        report(ProblemCode.BRANCH_ON_NON_DECISION, d.number, name(d) + " has ifYes/ifNo, but only a"
                                + " DECISION branches: use .next(n), or make it .decision(...)");
                    }
                    if (d.next != null) {
                        checkTarget(d, d.next, "next");
                    } else if (!defaultNext.containsKey(d.number)) {
                        report(ProblemCode.NO_NEXT_STEP, d.number, name(d) + " is the last row and has no next step:"
                                + " add .next(n) or end the SOP with .end(...)");
                        broken.add(d);
                    }
                    break;
                case DECISION:
                    if (d.next != null) {
                        report(ProblemCode.DECISION_HAS_NEXT, d.number, name(d) + " has .next(" + d.next
                                + "), but a DECISION goes on by its answer: use .ifYes(n) and .ifNo(n)");
                    }
                    boolean same = d.ifYes != null && d.ifYes.equals(d.ifNo);
                    if (d.ifYes == null) {
                        report(ProblemCode.DECISION_WITHOUT_YES, d.number, name(d) + " has no \"ifYes\" target:"
                                + " add .ifYes(n)");
                        broken.add(d);
                    } else {
                        checkTarget(d, d.ifYes, "ifYes");
                    }
                    if (d.ifNo == null) {
                        report(ProblemCode.DECISION_WITHOUT_NO, d.number, name(d) + " has no \"ifNo\" target:"
                                + " add .ifNo(n)");
                        broken.add(d);
                    } else if (!same) { // one unknown target is reported once, not once per branch
                        checkTarget(d, d.ifNo, "ifNo");
                    }
                    if (same) {
                        report(ProblemCode.DECISION_SAME_TARGETS, d.number, name(d) + " goes to step " + d.ifYes
                                + " on both Ya and Tidak: a decision needs two different targets");
                        broken.add(d);
                    }
                    // Two parts of one role are DUPLICATE_PART already; this counts deciding roles.
                    int deciders = new HashSet<>(d.partRoles).size();
                    if (deciders > 1) {
                        report(ProblemCode.DECISION_ROLE_COUNT, d.number, name(d) + " has parts for " + deciders
                                + " roles, but one role decides: keep one .by(...)");
                    }
                    break;
                case END:
                default:
                    if (d.next != null || d.ifYes != null || d.ifNo != null) {
                        report(ProblemCode.END_HAS_TRANSITION, d.number, name(d) + " has a next step or branches,"
                                + " but a case ends there: remove them");
                    }
                    break;
            }
        }
    }

    private void checkTarget(SopBuilder.Draft d, int target, String which) {
        if (!byNumber.containsKey(target)) {
            report(ProblemCode.UNKNOWN_TARGET, d.number, name(d) + " has ." + which + "(" + target + "), but there is no"
                    + " step " + target + ": point it at one of the steps " + new TreeSet<>(byNumber.keySet()));
            broken.add(d);
        }
    }

    /** Successors along transitions that point to existing steps. */
    private List<Integer> edges(SopBuilder.Draft d) {
        List<Integer> out = new ArrayList<>(2);
        switch (d.kind) {
            case START:
            case PROCESS:
                Integer n = d.next != null ? d.next : defaultNext.get(d.number);
                if (n != null && byNumber.containsKey(n)) {
                    out.add(n);
                }
                break;
            case DECISION:
                if (d.ifYes != null && byNumber.containsKey(d.ifYes)) {
                    out.add(d.ifYes);
                }
                if (d.ifNo != null && byNumber.containsKey(d.ifNo) && !d.ifNo.equals(d.ifYes)) {
                    out.add(d.ifNo);
                }
                break;
            default:
                break;
        }
        return out;
    }

    private void checkGraph() {
        Optional<SopBuilder.Draft> start = drafts.stream().filter(d -> d.kind == StepKind.START).findFirst();
        Map<Integer, List<Integer>> reverse = new HashMap<>();
        for (SopBuilder.Draft d : byNumber.values()) {
            for (int t : edges(d)) {
                reverse.computeIfAbsent(t, k -> new ArrayList<>()).add(d.number);
            }
        }
        // A step whose next or branch is missing or points nowhere is reported already, and where it
        // should go is not known: it might go anywhere. So steps behind it are not called unreachable,
        // nor steps before it trapped; only what no fix of that arrow could mend is reported.
        Set<Integer> open = new HashSet<>();
        for (SopBuilder.Draft d : byNumber.values()) {
            if (broken.contains(d)) {
                open.add(d.number);
            }
        }
        if (start.isPresent()) {
            Set<Integer> reached = walk(List.of(start.get().number), n -> edges(byNumber.get(n)));
            if (reached.stream().anyMatch(open::contains)) {
                reached = byNumber.keySet();
            }
            for (SopBuilder.Draft d : byNumber.values()) {
                if (!reached.contains(d.number)) {
                    report(ProblemCode.UNREACHABLE_STEP, d.number, name(d) + " cannot be reached from the START step "
                            + start.get().number + ": point a next or a branch at it, or remove it");
                }
            }
        }
        List<Integer> ends = new ArrayList<>();
        for (SopBuilder.Draft d : byNumber.values()) {
            if (d.kind == StepKind.END) {
                ends.add(d.number);
            }
        }
        if (!ends.isEmpty()) {
            ends.addAll(open);
            Set<Integer> canEnd = walk(ends, n -> reverse.getOrDefault(n, List.of()));
            for (SopBuilder.Draft d : byNumber.values()) {
                if (!canEnd.contains(d.number)) {
                    report(ProblemCode.NO_PATH_TO_END, d.number, "no END can be reached from " + name(d)
                            + ", so a case there could never finish: give its loop a way out to an END");
                }
            }
        }
    }

    private static Set<Integer> walk(List<Integer> from, java.util.function.Function<Integer, List<Integer>> next) {
        Set<Integer> seen = new HashSet<>(from);
        Deque<Integer> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (int n : next.apply(todo.pop())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }

    private void checkRoleUse() {
        Set<Role> used = new HashSet<>();
        for (SopBuilder.Draft d : drafts) {
            used.addAll(d.partRoles);
        }
        for (Role r : new LinkedHashSet<>(roles)) {
            if (!used.contains(r)) {
                problems.add(Problem.of(ProblemCode.UNUSED_ROLE, "the role " + r + " is declared but no step uses it:"
                        + " give it a part or remove it from roles(...)"));
            }
        }
    }

    private void checkStyle(SopBuilder.Draft d) {
        if (d.kind != StepKind.END && d.time == null && d.badTime == null) {
            report(ProblemCode.MISSING_TIME, d.number, name(d) + " has no Waktu in its Mutu Baku: add .takes(\"...\")"
                    + " so that its time can be measured");
        }
        String[] words = d.activity.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length >= 2 && (SUBJECT_WORDS.contains(words[0]) || startsWithRoleThenVerb(words))) {
            report(ProblemCode.ACTIVITY_HAS_SUBJECT, d.number, name(d) + " reads \"" + d.activity
                    + "\", which has a subject: the format writes an active verb phrase without one, such as"
                    + " \"Menyusun laporan\"");
        }
    }

    private boolean startsWithRoleThenVerb(String[] words) {
        for (Role r : roles) {
            String[] title = r.title().toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length > title.length && java.util.Arrays.equals(title, 0, title.length, words, 0, title.length)
                    && VERB.matcher(words[title.length]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Builds the checked steps, in number order, with parts in column order; only when there are no errors. */
    List<Step> steps() {
        List<SopBuilder.Draft> ordered = new ArrayList<>(byNumber.values());
        ordered.sort(Comparator.comparingInt(d -> d.number));
        List<Step> steps = new ArrayList<>(ordered.size());
        for (SopBuilder.Draft d : ordered) {
            List<Assignment> parts = new ArrayList<>();
            for (int i = 0; i < d.partRoles.size(); i++) {
                parts.add(new Assignment(d.partRoles.get(i), d.partLabels.get(i)));
            }
            parts.sort(Comparator.comparingInt(a -> roles.indexOf(a.role())));
            OptionalInt next = OptionalInt.empty();
            if (d.kind == StepKind.START || d.kind == StepKind.PROCESS) {
                next = OptionalInt.of(d.next != null ? d.next : defaultNext.get(d.number));
            }
            QualityStandard q = new QualityStandard(d.requirements, Optional.ofNullable(d.time), d.outputs);
            steps.add(new Step(d.number, d.kind, d.activity, parts, q, d.note, d.pausable, d.definitiveOnly,
                    d.separateActors, d.guards, next,
                    d.ifYes == null ? OptionalInt.empty() : OptionalInt.of(d.ifYes),
                    d.ifNo == null ? OptionalInt.empty() : OptionalInt.of(d.ifNo)));
        }
        return steps;
    }

    Identity identity() {
        return identity;
    }
}
