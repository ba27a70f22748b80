package io.github.tertib.testkit;

import static io.github.tertib.testkit.GeneratorWords.AGENCIES;
import static io.github.tertib.testkit.GeneratorWords.DECISION_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.DECISION_LABELS;
import static io.github.tertib.testkit.GeneratorWords.EARLIEST_BIRTH;
import static io.github.tertib.testkit.GeneratorWords.EARLIEST_DATE;
import static io.github.tertib.testkit.GeneratorWords.END_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.END_LABELS;
import static io.github.tertib.testkit.GeneratorWords.GOVERNMENTS;
import static io.github.tertib.testkit.GeneratorWords.LATEST_BIRTH;
import static io.github.tertib.testkit.GeneratorWords.LEGAL_BASES;
import static io.github.tertib.testkit.GeneratorWords.LIST_ITEMS;
import static io.github.tertib.testkit.GeneratorWords.NAMES;
import static io.github.tertib.testkit.GeneratorWords.NOTES;
import static io.github.tertib.testkit.GeneratorWords.OUTPUTS;
import static io.github.tertib.testkit.GeneratorWords.POSTS;
import static io.github.tertib.testkit.GeneratorWords.PROCESS_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.PROCESS_LABELS;
import static io.github.tertib.testkit.GeneratorWords.RANGE_SEPARATORS;
import static io.github.tertib.testkit.GeneratorWords.REQUIREMENTS;
import static io.github.tertib.testkit.GeneratorWords.ROLE_TITLES;
import static io.github.tertib.testkit.GeneratorWords.SOP_NAMES;
import static io.github.tertib.testkit.GeneratorWords.SOP_PREFIXES;
import static io.github.tertib.testkit.GeneratorWords.START_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.START_LABELS;
import static io.github.tertib.testkit.GeneratorWords.SUBJECT_ACTIVITIES;
import static io.github.tertib.testkit.GeneratorWords.UNIT_MAX;
import static io.github.tertib.testkit.GeneratorWords.UNIT_WORDS;

import io.github.tertib.sop.Nip;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.StepTable.Flag;
import io.github.tertib.testkit.StepTable.Header;
import io.github.tertib.testkit.StepTable.Part;
import io.github.tertib.testkit.StepTable.Row;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generators of SOP definitions for property-based tests: valid definitions, definitions with known
 * mistakes planted in them, arbitrary step tables, time standards, and the identity pieces (NIPs, ranks,
 * roles).
 *
 * <p>Every generator is framework-neutral: it builds its value from {@link Choices} alone, and asks
 * for small numbers to mean simple values, so a framework that shrinks the choices (QuickTheories,
 * through {@link io.github.tertib.testkit.quicktheories.TertibGens}) shrinks a failing definition
 * towards a small table: fewer steps, fewer roles, no loops, no optional fields. Definitions come as
 * {@link StepTable}s where that helps, because a table prints readably when a property fails.
 *
 * <pre>{@code
 * qt().forAll(TertibGens.of(SopGenerators.validDefinitions()))
 *     .checkAssert(d -> assertThat(d.happyPath().get(0)).isEqualTo(d.startStep()));
 *
 * SopGenerators.Planted p = SopGenerators.invalidDefinitions().generate(Choices.from(new SplittableRandom(1)));
 * p.table();   // a step table with mistakes
 * p.errors();  // exactly the codes building it reports as errors
 * }</pre>
 *
 * <p>Stateless and thread-safe; each generator is a pure function of the choices it is given.
 */
public final class SopGenerators {

    private SopGenerators() {
    }

    /**
     * Returns a generator of valid NIPs: a real date of birth from 1950 to 2005, an appointment 18 to 55
     * years later, either sex digit and a sequence number from 001 to 999.
     *
     * @return the generator; it shrinks towards {@code 19500101 196801 1 001}
     */
    public static Generator<Nip> nips() {
        return c -> {
            LocalDate birth = EARLIEST_BIRTH.plusDays(c.choose(0, ChronoUnit.DAYS.between(EARLIEST_BIRTH, LATEST_BIRTH)));
            YearMonth appointment = YearMonth.from(birth).plusMonths(18 * 12 + c.choose(0, 37 * 12));
            int sex = c.chooseInt(1, 2);
            int sequence = c.chooseInt(1, 999);
            return Nip.parse(String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(),
                    birth.getMonthValue(), birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(),
                    sex, sequence));
        };
    }

    /**
     * Returns a generator of ranks, from I/a to IV/e.
     *
     * @return the generator; it shrinks towards Juru Muda (I/a)
     */
    public static Generator<Rank> ranks() {
        return Generator.oneOf(List.of(Rank.values()));
    }

    /**
     * White space a title may carry at its ends as typed, which {@link Role#of} strips as the DSL strips
     * an activity: none first, then the kinds a round trip through text once lost (U+3000, U+2029, U+000B).
     */
    private static final List<String> TITLE_SPACE = List.of("", " ", "\u3000", "\u2029", "\u000B", "\t");

    /**
     * Returns a generator of {@code n} roles with distinct ids, in a chosen order: Pelaksana, Kepala
     * Seksi, Kepala Bidang and so on (twelve titles), then {@code Peran 13}, {@code Peran 14}, ...; a title
     * is sometimes typed with white space after it, which {@link Role#of} strips.
     *
     * @param n how many roles, not negative
     * @return the generator; it shrinks towards the first {@code n} titles in order
     */
    public static Generator<List<Role>> roles(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("roles(" + n + "): the number of roles cannot be negative");
        }
        return c -> {
            List<String> left = new ArrayList<>(ROLE_TITLES);
            List<Role> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String title = left.isEmpty() ? "Peran " + (i + 1) : left.remove(c.chooseInt(0, left.size() - 1));
                String id = title.toLowerCase(Locale.ROOT).replace(' ', '-');
                out.add(Role.of(id, title + pick(c, TITLE_SPACE)));
            }
            return List.copyOf(out);
        };
    }

    /**
     * Returns a generator of approving officials: a post and a name, and mostly a rank and a NIP.
     *
     * @return the generator
     */
    public static Generator<Signatory> signatories() {
        return c -> {
            String post = pick(c, POSTS);
            String name = pick(c, NAMES);
            if (!c.chance(80)) {
                return Signatory.of(post, name);
            }
            return Signatory.of(post, name, ranks().generate(c), nips().generate(c));
        };
    }

    /**
     * Returns a generator of readable, positive Waktu texts in every unit and spelling the format allows:
     * {@code "15 Menit"}, {@code "2 Hari Kerja"}, {@code "1-2 Minggu"}, {@code "3 s.d. 5 HARI"}, ...
     *
     * @return the generator; it shrinks towards {@code "1 Menit"}
     */
    public static Generator<String> timeTexts() {
        return SopGenerators::timeText;
    }

    /**
     * Returns a generator of time standards in every unit, single amounts and ranges: amounts from 0 to
     * {@link TimeStandard#MAX_AMOUNT} (now and then zero, mostly up to 100), written as
     * {@link TimeStandard#of(long, TimeStandard.Unit)} and
     * {@link TimeStandard#range(long, long, TimeStandard.Unit)} write them, and a third of them read from
     * the spellings of {@link #timeTexts()}. Zero is included: it is a valid standard, though a step's
     * Waktu must be positive ({@code NON_POSITIVE_TIME}).
     *
     * @return the generator; it shrinks towards {@code "0 Menit"}
     */
    public static Generator<TimeStandard> timeStandards() {
        List<TimeStandard.Unit> units = List.of(TimeStandard.Unit.values());
        return c -> {
            if (c.chance(33)) {
                return TimeStandard.parse(timeText(c));
            }
            TimeStandard.Unit unit = pick(c, units);
            long amount = amount(c);
            if (!c.chance(30)) {
                return TimeStandard.of(amount, unit);
            }
            return TimeStandard.range(amount, Math.min(TimeStandard.MAX_AMOUNT, amount + amount(c)), unit);
        };
    }

    /** An amount: one time in twenty zero, one in ten up to {@link TimeStandard#MAX_AMOUNT}, else up to 100. */
    private static long amount(Choices c) {
        int size = c.chooseInt(0, 19);
        return size == 0 ? 0 : size <= 2 ? c.choose(0, TimeStandard.MAX_AMOUNT) : c.choose(0, 100);
    }

    /**
     * Returns a generator of step tables that always build: 2 to 25 steps, START first and an END last,
     * 1 to 6 roles, each declared role used, 1 to 3 parts per step (one for a decision), decisions with
     * forward and backward targets (loops, including a decision that asks itself again), side exits to
     * extra ENDs, explicit and default next steps, numbers with gaps, time standards in every unit and
     * spelling, requirements, outputs, notes, flags, cancel roles and the optional identity fields.
     *
     * <p>Every step lies on a chain from START to the last END (a process goes on to the next row, a
     * decision has one branch to it), so every step is reachable and can reach an END whatever the other
     * branches do. Some steps have no Waktu or an activity with a subject: the definition then carries
     * style warnings.
     *
     * @return the generator; it shrinks towards a two-row table START → END with one role
     */
    public static Generator<StepTable> validTables() {
        return SopGenerators::validTable;
    }

    /**
     * Returns a generator of valid definitions: {@link #validTables()}, built.
     *
     * @return the generator; every definition it returns has passed {@code build()}; it shrinks towards a
     *     two-step SOP START → END
     */
    public static Generator<SopDefinition> validDefinitions() {
        return validTables().map(StepTable::build);
    }

    /**
     * Returns a generator of valid definitions that a document can carry: {@link #validDefinitions()}
     * without custom guards, which are code. What the SOP AP text form and the renderers are tested on.
     *
     * @return the generator; it shrinks like {@link #validDefinitions()}
     */
    public static Generator<SopDefinition> writableDefinitions() {
        return validTables().map(SopGenerators::withoutGuards).map(StepTable::build);
    }

    private static StepTable withoutGuards(StepTable table) {
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Row r : table.rows()) {
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(r.flags());
            flags.remove(Flag.GUARDED);
            rows.add(r.withFlags(flags));
        }
        return table.withRows(rows);
    }

    /**
     * Returns a generator of step tables with mistakes planted in a valid table, each with the exact set of
     * problem codes that building it reports: one to four of the problems of {@link Planted#PLANTABLE},
     * on different rows, combined only where the checks' answer for the combination is known. A mistake
     * may bring the codes it implies: turning the last END into a process that goes nowhere is
     * NO_NEXT_STEP, and NO_END as well when it was the only END; a step nothing points at that loops on
     * itself is NO_PATH_TO_END and UNREACHABLE_STEP; with NO_START, no step is called unreachable.
     *
     * @return the generator; it shrinks towards a two-step SOP with one role declared and never used
     */
    public static Generator<Planted> invalidDefinitions() {
        return PlantedMistakes::planted;
    }

    /**
     * Returns a generator of arbitrary step tables, for checking that building never fails in an
     * unexpected way: valid tables, tables with planted mistakes, and noisy tables whose rows have random
     * kinds, numbers (repeated, zero, with gaps), parts (of undeclared roles, blank labels), times
     * (unreadable, zero, on an END) and targets (pointing nowhere, looping). Building one either returns a
     * definition or throws {@link io.github.tertib.sop.InvalidSopException}.
     *
     * @return the generator; it shrinks towards a valid two-row table
     */
    public static Generator<StepTable> stepTables() {
        return c -> switch (c.chooseInt(0, 2)) {
            case 0 -> validTable(c);
            case 1 -> PlantedMistakes.planted(c).table();
            default -> NoisyTables.noisyTable(c);
        };
    }

    /**
     * A step table with mistakes planted in it, and the problem codes building it reports.
     *
     * @param table the table
     * @param errors exactly the codes of the errors {@code build()} reports (each at least once)
     * @param warnings exactly the codes of the warnings it reports along with them
     */
    public record Planted(StepTable table, Set<ProblemCode> errors, Set<ProblemCode> warnings) {

        /** The error codes {@link #invalidDefinitions()} plants. */
        public static final Set<ProblemCode> PLANTABLE = Set.copyOf(EnumSet.of(ProblemCode.NO_START,
                ProblemCode.MULTIPLE_STARTS, ProblemCode.NO_END, ProblemCode.INVALID_STEP_NUMBER,
                ProblemCode.DUPLICATE_STEP_NUMBER, ProblemCode.BLANK_ACTIVITY, ProblemCode.NO_PARTS,
                ProblemCode.BLANK_LABEL, ProblemCode.DUPLICATE_PART, ProblemCode.UNDECLARED_ROLE,
                ProblemCode.UNUSED_ROLE, ProblemCode.DUPLICATE_ROLE, ProblemCode.TIME_UNREADABLE,
                ProblemCode.NON_POSITIVE_TIME, ProblemCode.END_HAS_TIME, ProblemCode.END_HAS_TRANSITION,
                ProblemCode.FLAG_ON_END, ProblemCode.NO_NEXT_STEP, ProblemCode.UNKNOWN_TARGET,
                ProblemCode.BRANCH_ON_NON_DECISION, ProblemCode.DECISION_HAS_NEXT, ProblemCode.DECISION_WITHOUT_YES,
                ProblemCode.DECISION_WITHOUT_NO, ProblemCode.DECISION_SAME_TARGETS, ProblemCode.DECISION_ROLE_COUNT,
                ProblemCode.UNREACHABLE_STEP, ProblemCode.NO_PATH_TO_END, ProblemCode.UNDECLARED_CANCEL_ROLE));

        /**
         * Checks that nothing is null and that there is at least one error, and copies the sets.
         *
         * @param table the table
         * @param errors the error codes
         * @param warnings the warning codes
         */
        public Planted {
            Objects.requireNonNull(table, "table");
            errors = Set.copyOf(Objects.requireNonNull(errors, "errors"));
            warnings = Set.copyOf(Objects.requireNonNull(warnings, "warnings"));
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a planted table has at least one error");
            }
        }

        /** Returns the table, then the planted codes in the order of {@link ProblemCode}. */
        @Override
        public String toString() {
            return table + System.lineSeparator() + "planted errors: " + new TreeSet<>(errors)
                    + (warnings.isEmpty() ? "" : "; warnings: " + new TreeSet<>(warnings));
        }
    }

    // ---------------------------------------------------------------- valid tables

    static StepTable validTable(Choices c) {
        int slotCount = c.chooseInt(2, 25);
        List<Role> pool = roles(c.chooseInt(1, 6)).generate(c);
        // Every slot draws the same choices whatever it becomes, and a middle slot whose kind is 0 holds no
        // row: so lowering one choice removes one row and leaves the others as they were, and a shrinker
        // that only lowers choices one by one can still cut a table down to the rows that matter.
        List<Slot> slots = new ArrayList<>(slotCount);
        for (int i = 0; i < slotCount; i++) {
            slots.add(Slot.draw(c));
        }
        List<Slot> kept = new ArrayList<>(slotCount);
        for (int i = 0; i < slotCount; i++) {
            if (i == 0 || i == slotCount - 1 || slots.get(i).kind != 0) {
                kept.add(slots.get(i));
            }
        }
        int n = kept.size();
        int[] numbers = new int[n];
        StepKind[] kinds = new StepKind[n];
        int[] chain = new int[n];
        int[] other = new int[n];
        for (int i = 0; i < n; i++) {
            Slot s = kept.get(i);
            numbers[i] = (i == 0 ? 0 : numbers[i - 1]) + (s.gapped ? s.gap : 1);
            chain[i] = i + 1;
            if (i == 0) {
                kinds[i] = StepKind.START;
            } else if (i == n - 1 || kinds[i - 1] == StepKind.DECISION && other[i - 1] == i) {
                kinds[i] = StepKind.END; // the last row, or a side exit of the decision before it
            } else {
                kinds[i] = s.kind <= 6 ? StepKind.PROCESS : StepKind.DECISION;
            }
            if (kinds[i] == StepKind.DECISION) {
                // Every step lies on the chain START -> ... -> last END; a decision's other branch goes back
                // (a loop, possibly to itself), skips forward, or exits to a side END in the next row.
                if (s.way == 9 && i + 2 < n) {
                    other[i] = i + 1;
                    chain[i] = i + 2;
                } else if (s.way >= 7 && i + 2 < n) {
                    other[i] = Math.min(n - 1, i + 2 + s.skip);
                } else {
                    other[i] = i - Math.min(s.back, i);
                }
            }
        }
        List<Row> rows = new ArrayList<>(n);
        Set<Role> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Slot s = kept.get(i);
            StepKind kind = kinds[i];
            String activity = s.subject && kind != StepKind.DECISION ? nth(SUBJECT_ACTIVITIES, s.activity)
                    : nth(activities(kind), s.activity);
            int count = kind == StepKind.DECISION ? 1
                    : Math.min(Math.min(3, pool.size()), kind == StepKind.END ? s.parts : s.parts + 1);
            List<Role> left = new ArrayList<>(pool);
            List<Part> parts = new ArrayList<>(count);
            for (int p = 0; p < count; p++) {
                Role r = left.remove(s.roles[p] % left.size());
                used.add(r);
                parts.add(new Part(r, nth(labels(kind), s.labels[p])));
            }
            Optional<String> time = kind == StepKind.END || s.untimed ? Optional.empty() : Optional.of(s.time);
            OptionalInt next = OptionalInt.empty();
            OptionalInt ifYes = OptionalInt.empty();
            OptionalInt ifNo = OptionalInt.empty();
            if (kind == StepKind.DECISION) {
                ifYes = OptionalInt.of(numbers[s.yesOnChain ? chain[i] : other[i]]);
                ifNo = OptionalInt.of(numbers[s.yesOnChain ? other[i] : chain[i]]);
            } else if (kind != StepKind.END && s.explicitNext) {
                next = OptionalInt.of(numbers[i + 1]);
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            if (kind != StepKind.END) {
                addIf(s.pausable, flags, Flag.PAUSABLE);
                addIf(s.definitiveOnly, flags, Flag.DEFINITIVE_ONLY);
                addIf(s.separateActors, flags, Flag.SEPARATE_ACTORS);
                addIf(s.guarded, flags, Flag.GUARDED);
            }
            rows.add(new Row(numbers[i], kind, activity, parts, time, next, ifYes, ifNo,
                    s.requirements == 0 ? List.of() : distinct(REQUIREMENTS, s.picks, s.requirements),
                    s.outputs == 0 ? List.of() : distinct(OUTPUTS, s.picks, s.outputs),
                    s.note == 0 ? "" : nth(NOTES, s.note - 1), flags));
        }
        List<Role> declared = pool.stream().filter(used::contains).toList();
        List<Role> cancel = c.chance(30) ? distinct(c, declared, c.chooseInt(1, Math.min(2, declared.size())))
                : List.of();
        Header header = c.chance(50) ? header(c) : Header.EMPTY;
        String number = pick(c, SOP_PREFIXES) + "." + c.chooseInt(1, 30);
        return new StepTable(number, pick(c, SOP_NAMES), header, declared, cancel, rows);
    }

    /** The choices of one slot of a valid table, drawn alike whatever the slot becomes. */
    private static final class Slot {
        /** 0: no row here (a middle slot); 1 to 6: a PROCESS; 7 to 9: a DECISION. */
        final int kind;
        final boolean gapped;
        final int gap;
        /** For a decision, where the other branch goes: 0 to 6 back, 7 and 8 forward, 9 to a side END. */
        final int way;
        final int skip;
        final int back;
        final boolean yesOnChain;
        final boolean subject;
        final int activity;
        final int parts;
        final int[] roles = new int[3];
        final int[] labels = new int[3];
        final boolean untimed;
        final String time;
        final boolean explicitNext;
        final int requirements;
        final int outputs;
        final int[] picks = new int[3];
        final int note;
        final boolean pausable;
        final boolean definitiveOnly;
        final boolean separateActors;
        final boolean guarded;

        private Slot(Choices c) {
            kind = c.chooseInt(0, 9);
            gapped = c.chance(10);
            gap = c.chooseInt(2, 10);
            way = c.chooseInt(0, 9);
            skip = c.chooseInt(0, 4);
            back = c.chooseInt(0, 24);
            yesOnChain = !c.chance(25);
            subject = c.chance(5);
            activity = c.chooseInt(0, 9);
            parts = c.chooseInt(0, 2);
            for (int i = 0; i < 3; i++) {
                roles[i] = c.chooseInt(0, 5);
                labels[i] = c.chooseInt(0, 5);
            }
            untimed = c.chance(8);
            time = timeText(c);
            explicitNext = c.chance(20);
            requirements = count(c, 15, 3);
            outputs = count(c, 15, 2);
            for (int i = 0; i < 3; i++) {
                picks[i] = c.chooseInt(0, 4);
            }
            note = count(c, 10, NOTES.size());
            pausable = c.chance(15);
            definitiveOnly = c.chance(8);
            separateActors = c.chance(8);
            guarded = c.chance(5);
        }

        static Slot draw(Choices c) {
            return new Slot(c);
        }

        /** With the given chance, 1 to most; else 0. Draws the same two choices either way. */
        private static int count(Choices c, int percent, int most) {
            boolean any = c.chance(percent);
            int howMany = 1 + c.chooseInt(0, most - 1);
            return any ? howMany : 0;
        }
    }

    static <T> T nth(List<T> values, int index) {
        return values.get(index % values.size());
    }

    static <T> List<T> distinct(List<T> values, int[] picks, int count) {
        List<T> left = new ArrayList<>(values);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(left.remove(picks[i] % left.size()));
        }
        return List.copyOf(out);
    }

    /** A readable Waktu text; always the same six choices, so that it keeps the shape of what follows. */
    private static String timeText(Choices c) {
        int unit = c.chooseInt(0, UNIT_WORDS.size() - 1);
        long amount = 1 + (c.choose(1, 600) - 1) % UNIT_MAX[unit];
        boolean range = c.chance(20);
        String separator = pick(c, RANGE_SEPARATORS);
        long wider = c.choose(1, 30);
        int letters = c.chooseInt(0, 9);
        String word = UNIT_WORDS.get(unit);
        String text = range ? amount + separator + (amount + wider) + " " + word : amount + " " + word;
        return letters == 8 ? text.toUpperCase(Locale.ROOT) : letters == 9 ? text.toLowerCase(Locale.ROOT) : text;
    }

    private static Header header(Choices c) {
        boolean org = c.chance(70);
        return new Header(org ? pick(c, GOVERNMENTS) : "", org ? pick(c, AGENCIES) : "",
                org && c.chance(50) ? "Bidang Pelayanan" : "", org && c.chance(50) ? "Seksi Pengelolaan" : "",
                date(c, 60), date(c, 20), date(c, 60),
                c.chance(60) ? Optional.of(signatories().generate(c)) : Optional.empty(),
                c.chance(50) ? distinct(c, LEGAL_BASES, c.chooseInt(1, 3)) : List.of(),
                c.chance(30) ? List.of("SOP Pengelolaan Surat Masuk dan Keluar") : List.of(),
                c.chance(40) ? "Jika prosedur ini tidak dilaksanakan, pelayanan terhambat" : "",
                c.chance(40) ? distinct(c, LIST_ITEMS, c.chooseInt(1, 2)) : List.of(),
                c.chance(40) ? distinct(c, LIST_ITEMS, c.chooseInt(1, 3)) : List.of(),
                c.chance(40) ? distinct(c, LIST_ITEMS, c.chooseInt(1, 2)) : List.of());
    }

    private static Optional<LocalDate> date(Choices c, int percent) {
        return c.chance(percent) ? Optional.of(EARLIEST_DATE.plusDays(c.choose(0, 20 * 365))) : Optional.empty();
    }

    static List<String> activities(StepKind kind) {
        return switch (kind) {
            case START -> START_ACTIVITIES;
            case DECISION -> DECISION_ACTIVITIES;
            case END -> END_ACTIVITIES;
            case PROCESS -> PROCESS_ACTIVITIES;
        };
    }

    static List<String> labels(StepKind kind) {
        return switch (kind) {
            case START -> START_LABELS;
            case DECISION -> DECISION_LABELS;
            case END -> END_LABELS;
            case PROCESS -> PROCESS_LABELS;
        };
    }

    // ---------------------------------------------------------------- noisy tables

    // ---------------------------------------------------------------- small helpers

    static <T> T pick(Choices c, List<T> values) {
        return values.get(c.chooseInt(0, values.size() - 1));
    }

    static <T> List<T> distinct(Choices c, List<T> values, int count) {
        List<T> left = new ArrayList<>(values);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            out.add(left.remove(c.chooseInt(0, left.size() - 1)));
        }
        return List.copyOf(out);
    }

    static void addIf(boolean condition, Set<Flag> flags, Flag flag) {
        if (condition) {
            flags.add(flag);
        }
    }
}
