package io.github.tertib.testkit;

import static io.github.tertib.testkit.GeneratorWords.BYSTANDER;
import static io.github.tertib.testkit.GeneratorWords.CANCELLER;
import static io.github.tertib.testkit.GeneratorWords.OUTSIDER;
import static io.github.tertib.testkit.GeneratorWords.SOP_NAMES;
import static io.github.tertib.testkit.GeneratorWords.UNREADABLE_TIMES;
import static io.github.tertib.testkit.GeneratorWords.ZERO_TIMES;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.StepKind;
import io.github.tertib.testkit.StepTable.Flag;
import io.github.tertib.testkit.StepTable.Header;
import io.github.tertib.testkit.StepTable.Part;
import io.github.tertib.testkit.StepTable.Row;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Noisy step tables for {@link SopGenerators#stepTables()}: rows with random kinds, numbers, parts, times and targets. */
final class NoisyTables {

    private NoisyTables() {
    }

    static StepTable noisyTable(Choices c) {
        int n = c.chooseInt(0, 12);
        List<Role> pool = SopGenerators.roles(c.chooseInt(1, 4)).generate(c);
        List<Role> usable = new ArrayList<>(pool);
        if (c.chance(10)) {
            usable.add(OUTSIDER);
        }
        List<Role> declared = new ArrayList<>();
        boolean all = !c.chance(15);
        for (Role r : pool) {
            if (all || c.chance(70)) {
                declared.add(r);
            }
        }
        if (c.chance(5)) {
            declared.add(BYSTANDER);
        }
        if (c.chance(3)) {
            declared.add(pool.get(0));
        }
        int[] numbers = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = c.chance(10) ? c.chooseInt(0, n + 1) : i + 1;
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StepKind kind;
            if (i == 0 && !c.chance(8)) {
                kind = StepKind.START;
            } else if (i == n - 1 && !c.chance(10)) {
                kind = StepKind.END;
            } else {
                int k = c.chooseInt(0, 19);
                kind = k < 12 ? StepKind.PROCESS : k < 17 ? StepKind.DECISION : k < 19 ? StepKind.END : StepKind.START;
            }
            String activity = c.chance(3) ? "" : SopGenerators.pick(c, SopGenerators.activities(kind));
            int count;
            if (kind == StepKind.END) {
                count = c.chooseInt(0, 1);
            } else if (c.chance(4)) {
                count = 0;
            } else {
                count = kind == StepKind.DECISION ? (c.chance(10) ? 2 : 1) : c.chooseInt(1, 2);
            }
            List<Part> parts = new ArrayList<>(count);
            for (int p = 0; p < count; p++) {
                parts.add(new Part(SopGenerators.pick(c, usable), c.chance(3) ? " " : SopGenerators.pick(c, SopGenerators.labels(kind))));
            }
            Optional<String> time;
            if (kind == StepKind.END) {
                time = c.chance(5) ? Optional.of(SopGenerators.timeTexts().generate(c)) : Optional.empty();
            } else {
                int t = c.chooseInt(0, 19);
                time = t < 16 ? Optional.of(SopGenerators.timeTexts().generate(c)) : t == 16 ? Optional.of(SopGenerators.pick(c, UNREADABLE_TIMES))
                        : t == 17 ? Optional.of(SopGenerators.pick(c, ZERO_TIMES)) : Optional.empty();
            }
            // Drawn in this order, so that a seed keeps giving the same tables.
            Targets to = switch (kind) {
                case START, PROCESS -> {
                    OptionalInt next = maybeTarget(c, 25, numbers);
                    yield new Targets(next, maybeTarget(c, 3, numbers), OptionalInt.empty());
                }
                case DECISION -> {
                    OptionalInt ifYes = maybeTarget(c, 95, numbers);
                    OptionalInt ifNo = maybeTarget(c, 95, numbers);
                    yield new Targets(maybeTarget(c, 3, numbers), ifYes, ifNo);
                }
                case END -> new Targets(maybeTarget(c, 3, numbers), OptionalInt.empty(), OptionalInt.empty());
            };
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            SopGenerators.addIf(c.chance(kind == StepKind.END ? 3 : 10), flags, Flag.PAUSABLE);
            SopGenerators.addIf(c.chance(3), flags, Flag.GUARDED);
            rows.add(new Row(numbers[i], kind, activity, parts, time, to.next(), to.ifYes(), to.ifNo(), List.of(), List.of(), "",
                    flags));
        }
        List<Role> cancel = new ArrayList<>();
        if (c.chance(20)) {
            cancel.add(SopGenerators.pick(c, pool));
        }
        if (c.chance(3)) {
            cancel.add(CANCELLER);
        }
        return new StepTable("N." + c.chooseInt(1, 30), SopGenerators.pick(c, SOP_NAMES), Header.EMPTY, declared, cancel, rows);
    }

    /** The targets a row names. */
    private record Targets(OptionalInt next, OptionalInt ifYes, OptionalInt ifNo) {
    }

    /** Returns a target with the given chance in percent (drawn first), else none. */
    private static OptionalInt maybeTarget(Choices c, int percent, int[] numbers) {
        return c.chance(percent) ? target(c, numbers) : OptionalInt.empty();
    }

    private static OptionalInt target(Choices c, int[] numbers) {
        if (numbers.length == 0 || c.chance(8)) {
            return OptionalInt.of(numbers.length + 1 + c.chooseInt(0, 3));
        }
        return OptionalInt.of(numbers[c.chooseInt(0, numbers.length - 1)]);
    }
}
