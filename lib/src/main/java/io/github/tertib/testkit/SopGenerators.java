package io.github.tertib.testkit;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Role titles, the simplest first; ids are made from them. None opens an activity of the pools below. */
    private static final List<String> ROLE_TITLES = List.of("Pelaksana", "Kepala Seksi", "Kepala Bidang",
            "Kepala Dinas", "Sekretaris", "Kepala Sub Bagian Umum", "Bendahara", "Operator Layanan", "Verifikator",
            "Analis Kebijakan", "Pengelola Arsip", "Kepala Unit Layanan");

    /**
     * White space a title may carry at its ends as typed, which {@link Role#of} strips as the DSL strips
     * an activity: none first, then the kinds a round trip through text once lost (U+3000, U+2029, U+000B).
     */
    private static final List<String> TITLE_SPACE = List.of("", " ", "\u3000", "\u2029", "\u000B", "\t");

    /** A role that parts use but that is never declared (planted UNDECLARED_ROLE). */
    private static final Role OUTSIDER = Role.of("pihak-luar", "Pihak Luar");
    /** A role that is declared but never used (planted UNUSED_ROLE). */
    private static final Role BYSTANDER = Role.of("pengawas-internal", "Pengawas Internal");
    /** A role named to cancel but never declared (planted UNDECLARED_CANCEL_ROLE). */
    private static final Role CANCELLER = Role.of("inspektur", "Inspektur");

    private static final List<String> START_ACTIVITIES = List.of("Menerima berkas permohonan",
            "Mencermati surat masuk", "Menerima laporan pengaduan", "Mengajukan usulan kegiatan");
    private static final List<String> PROCESS_ACTIVITIES = List.of("Memeriksa kelengkapan berkas",
            "Menyusun konsep surat", "Memberi paraf pada konsep", "Menandatangani surat", "Mengagendakan surat keluar",
            "Mengunggah dokumen ke aplikasi", "Menyusun laporan kegiatan", "Mendistribusikan surat",
            "Melakukan verifikasi data", "Mengarsipkan dokumen");
    private static final List<String> DECISION_ACTIVITIES = List.of("Apakah berkas lengkap?",
            "Apakah konsep disetujui?", "Apakah data sesuai?",
            "Jika disetujui maka dilanjutkan, jika tidak maka diperbaiki");
    private static final List<String> END_ACTIVITIES = List.of("Surat diserahkan kepada pemohon",
            "Laporan diarsipkan", "Kegiatan selesai dilaksanakan");
    /** Activities that open with a subject: each draws the ACTIVITY_HAS_SUBJECT warning. */
    private static final List<String> SUBJECT_ACTIVITIES = List.of("Petugas memeriksa kelengkapan berkas",
            "Kami menyusun laporan kegiatan", "Pemohon menerima surat");

    private static final List<String> START_LABELS = List.of("Mulai", "Start");
    private static final List<String> PROCESS_LABELS = List.of("Proses", "Dokumentasi", "Pelaporan", "Verifikasi",
            "Paraf", "Tanda tangan");
    private static final List<String> DECISION_LABELS = List.of("Jika", "Keputusan");
    private static final List<String> END_LABELS = List.of("Selesai", "End");

    private static final List<String> UNIT_WORDS = List.of("Menit", "Jam", "Hari", "Hari Kerja", "Minggu", "Bulan",
            "mnt", "Pekan");
    private static final long[] UNIT_MAX = {600, 48, 30, 30, 8, 12, 600, 8};
    private static final List<String> RANGE_SEPARATORS = List.of("-", " - ", "\u2013", " \u2013 ", " s.d. ", " s/d ",
            " sampai ", " sampai dengan ", "\u2014");
    private static final List<String> UNREADABLE_TIMES = List.of("sebentar", "15", "Menit", "15 Detik",
            "lima belas menit", "1,5 Jam", "-5 Menit", "30-15 Menit", "2000000 Menit", "", "15 Menit lebih");
    private static final List<String> ZERO_TIMES = List.of("0 Menit", "0 Jam", "0 Hari Kerja", "0-0 Hari",
            "0 s.d. 0 Minggu");

    private static final List<String> REQUIREMENTS = List.of("Surat permohonan", "Kartu identitas",
            "Formulir isian", "Disposisi pimpinan", "Data pendukung");
    private static final List<String> OUTPUTS = List.of("Konsep surat", "Berita acara", "Laporan", "Surat keluar",
            "Arsip digital");
    private static final List<String> NOTES = List.of("Dapat ditunda sampai berkas lengkap",
            "Dikoordinasikan dengan bidang terkait", "Dicatat dalam buku agenda");

    private static final List<String> SOP_PREFIXES = List.of("A", "B", "V", "KP", "UM");
    private static final List<String> SOP_NAMES = List.of("Penerbitan Surat Keterangan", "Pengelolaan Surat Masuk",
            "Pelayanan Informasi Publik", "Pembinaan Sumber Daya Komunikasi", "Pengadaan Barang Habis Pakai");
    private static final List<String> POSTS = List.of("Kepala Dinas Komunikasi dan Informatika",
            "Sekretaris Daerah", "Kepala Badan Kepegawaian Daerah");
    private static final List<String> NAMES = List.of("Drs. MURNI", "Ir. SITI AMINAH, M.T.", "BUDI SANTOSO, S.Kom.");
    private static final List<String> GOVERNMENTS = List.of("Pemerintah Kota Palangka Raya",
            "Pemerintah Kabupaten Sleman");
    private static final List<String> AGENCIES = List.of("Dinas Komunikasi dan Informatika",
            "Badan Kepegawaian Daerah");
    private static final List<String> LEGAL_BASES = List.of(
            "Undang-Undang No 25 Tahun 2009 tentang Pelayanan Publik",
            "Undang-Undang No 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Menteri PAN-RB No 35 Tahun 2012");
    private static final List<String> LIST_ITEMS = List.of("Komputer", "Printer", "Buku agenda", "Paham Tupoksi",
            "Database bidang");

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2005, 12, 31);
    private static final LocalDate EARLIEST_DATE = LocalDate.of(2010, 1, 1);

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
        return SopGenerators::planted;
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
        return c -> {
            switch (c.chooseInt(0, 2)) {
                case 0:
                    return validTable(c);
                case 1:
                    return planted(c).table();
                default:
                    return noisyTable(c);
            }
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

    private static StepTable validTable(Choices c) {
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

    private static <T> T nth(List<T> values, int index) {
        return values.get(index % values.size());
    }

    private static <T> List<T> distinct(List<T> values, int[] picks, int count) {
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

    private static List<String> activities(StepKind kind) {
        switch (kind) {
            case START:
                return START_ACTIVITIES;
            case DECISION:
                return DECISION_ACTIVITIES;
            case END:
                return END_ACTIVITIES;
            case PROCESS:
            default:
                return PROCESS_ACTIVITIES;
        }
    }

    private static List<String> labels(StepKind kind) {
        switch (kind) {
            case START:
                return START_LABELS;
            case DECISION:
                return DECISION_LABELS;
            case END:
                return END_LABELS;
            case PROCESS:
            default:
                return PROCESS_LABELS;
        }
    }

    // ---------------------------------------------------------------- noisy tables

    private static StepTable noisyTable(Choices c) {
        int n = c.chooseInt(0, 12);
        List<Role> pool = roles(c.chooseInt(1, 4)).generate(c);
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
            String activity = c.chance(3) ? "" : pick(c, activities(kind));
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
                parts.add(new Part(pick(c, usable), c.chance(3) ? " " : pick(c, labels(kind))));
            }
            Optional<String> time;
            if (kind == StepKind.END) {
                time = c.chance(5) ? Optional.of(timeTexts().generate(c)) : Optional.empty();
            } else {
                int t = c.chooseInt(0, 19);
                time = t < 16 ? Optional.of(timeTexts().generate(c)) : t == 16 ? Optional.of(pick(c, UNREADABLE_TIMES))
                        : t == 17 ? Optional.of(pick(c, ZERO_TIMES)) : Optional.empty();
            }
            OptionalInt next = OptionalInt.empty();
            OptionalInt ifYes = OptionalInt.empty();
            OptionalInt ifNo = OptionalInt.empty();
            switch (kind) {
                case START:
                case PROCESS:
                    next = c.chance(25) ? target(c, numbers) : next;
                    ifYes = c.chance(3) ? target(c, numbers) : ifYes;
                    break;
                case DECISION:
                    ifYes = c.chance(95) ? target(c, numbers) : ifYes;
                    ifNo = c.chance(95) ? target(c, numbers) : ifNo;
                    next = c.chance(3) ? target(c, numbers) : next;
                    break;
                case END:
                default:
                    next = c.chance(3) ? target(c, numbers) : next;
                    break;
            }
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            addIf(c.chance(kind == StepKind.END ? 3 : 10), flags, Flag.PAUSABLE);
            addIf(c.chance(3), flags, Flag.GUARDED);
            rows.add(new Row(numbers[i], kind, activity, parts, time, next, ifYes, ifNo, List.of(), List.of(), "",
                    flags));
        }
        List<Role> cancel = new ArrayList<>();
        if (c.chance(20)) {
            cancel.add(pick(c, pool));
        }
        if (c.chance(3)) {
            cancel.add(CANCELLER);
        }
        return new StepTable("N." + c.chooseInt(1, 30), pick(c, SOP_NAMES), Header.EMPTY, declared, cancel, rows);
    }

    private static OptionalInt target(Choices c, int[] numbers) {
        if (numbers.length == 0 || c.chance(8)) {
            return OptionalInt.of(numbers.length + 1 + c.chooseInt(0, 3));
        }
        return OptionalInt.of(numbers[c.chooseInt(0, numbers.length - 1)]);
    }

    // ---------------------------------------------------------------- planted mistakes

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

    private static Planted planted(Choices c) {
        StepTable base = validTable(c);
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

        boolean plant(Plant p, Choices c) {
            switch (p) {
                case UNUSED_ROLE:
                    if (roles.contains(BYSTANDER)) {
                        return false;
                    }
                    roles.add(BYSTANDER);
                    return found(ProblemCode.UNUSED_ROLE);
                case INVALID_STEP_NUMBER:
                    return renumberStart(c);
                case NO_START:
                    if (noStart || multipleStarts || used.contains(0)) {
                        return false;
                    }
                    // A PROCESS goes on exactly as a START does: the graph is the same, without its start.
                    change(0, rows.get(0).withKind(StepKind.PROCESS));
                    noStart = true;
                    return found(ProblemCode.NO_START);
                case MULTIPLE_STARTS: {
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
                case NO_END:
                    return removeEnds();
                case BLANK_ACTIVITY: {
                    int i = pickRow(c, r -> true);
                    return i >= 0 && change(i, rows.get(i).withActivity(c.chance(50) ? "" : "   "))
                            && found(ProblemCode.BLANK_ACTIVITY);
                }
                case NO_PARTS: {
                    int i = pickRow(c, r -> r.kind() != StepKind.END && !r.parts().isEmpty()
                            && r.parts().stream().allMatch(part -> usedElsewhere(part.role(), r)));
                    return i >= 0 && change(i, rows.get(i).withParts(List.of())) && found(ProblemCode.NO_PARTS);
                }
                case BLANK_LABEL: {
                    int i = pickRow(c, r -> !r.parts().isEmpty());
                    if (i < 0) {
                        return false;
                    }
                    List<Part> parts = new ArrayList<>(rows.get(i).parts());
                    int j = c.chooseInt(0, parts.size() - 1);
                    parts.set(j, new Part(parts.get(j).role(), c.chance(50) ? "" : " "));
                    return change(i, rows.get(i).withParts(parts)) && found(ProblemCode.BLANK_LABEL);
                }
                case DUPLICATE_PART: {
                    int i = pickRow(c, r -> r.kind() != StepKind.DECISION && !r.parts().isEmpty());
                    return i >= 0 && addPart(i, rows.get(i).parts().get(0).role(), pick(c, PROCESS_LABELS))
                            && found(ProblemCode.DUPLICATE_PART);
                }
                case UNDECLARED_ROLE: {
                    int i = pickRow(c, r -> r.kind() != StepKind.DECISION);
                    return i >= 0 && addPart(i, OUTSIDER, "Proses") && found(ProblemCode.UNDECLARED_ROLE);
                }
                case DUPLICATE_ROLE:
                    roles.add(pick(c, List.copyOf(roles)));
                    return found(ProblemCode.DUPLICATE_ROLE);
                case UNDECLARED_CANCEL_ROLE:
                    if (cancel.contains(CANCELLER)) {
                        return false;
                    }
                    cancel.add(CANCELLER);
                    return found(ProblemCode.UNDECLARED_CANCEL_ROLE);
                case TIME_UNREADABLE:
                    return setTime(c, false, UNREADABLE_TIMES, ProblemCode.TIME_UNREADABLE);
                case NON_POSITIVE_TIME:
                    return setTime(c, false, ZERO_TIMES, ProblemCode.NON_POSITIVE_TIME);
                case END_HAS_TIME: {
                    // Readable, zero or unreadable: an END with any Waktu is END_HAS_TIME and nothing else.
                    int kind = c.chooseInt(0, 2);
                    List<String> texts = kind == 0 ? List.of(timeTexts().generate(c))
                            : kind == 1 ? ZERO_TIMES : UNREADABLE_TIMES;
                    return setTime(c, true, texts, ProblemCode.END_HAS_TIME);
                }
                case FLAG_ON_END: {
                    int i = pickRow(c, r -> r.kind() == StepKind.END);
                    return i >= 0 && change(i, rows.get(i).withFlags(Set.of(pick(c, List.of(Flag.values())))))
                            && found(ProblemCode.FLAG_ON_END);
                }
                case END_HAS_TRANSITION: {
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
                case BRANCH_ON_NON_DECISION: {
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
                case DECISION_HAS_NEXT: {
                    int i = pickRow(c, r -> r.kind() == StepKind.DECISION);
                    if (i < 0) {
                        return false;
                    }
                    Row r = rows.get(i);
                    return change(i, r.withTargets(OptionalInt.of(c.chooseInt(1, maxNumber() + 3)), r.ifYes(), r.ifNo()))
                            && found(ProblemCode.DECISION_HAS_NEXT);
                }
                case DECISION_ROLE_COUNT: {
                    int i = pickRow(c, r -> r.kind() == StepKind.DECISION && r.parts().size() == 1);
                    if (i < 0) {
                        return false;
                    }
                    Role decider = rows.get(i).parts().get(0).role();
                    List<Role> others = base.stream().filter(r -> !r.equals(decider)).toList();
                    return !others.isEmpty() && addPart(i, pick(c, others), "Jika")
                            && found(ProblemCode.DECISION_ROLE_COUNT);
                }
                case UNKNOWN_TARGET:
                    return pointNowhere(c);
                case NO_NEXT_STEP:
                    return lastEndGoesNowhere();
                case DECISION_WITHOUT_YES:
                case DECISION_WITHOUT_NO:
                case DECISION_SAME_TARGETS:
                    return breakDecision(p, c);
                case UNREACHABLE_STEP:
                    return addOrphan(c);
                case NO_PATH_TO_END:
                    return addTrap(c);
                case DUPLICATE_STEP_NUMBER:
                default: {
                    // A copy is invisible to the graph (the first row of a number is the step) and repeats
                    // exactly the problems of its original, so the only new code is the duplicate number.
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
            }
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
            switch (p) {
                case DECISION_WITHOUT_YES:
                    return change(i, r.withTargets(r.next(), OptionalInt.empty(), r.ifNo()))
                            && found(ProblemCode.DECISION_WITHOUT_YES);
                case DECISION_WITHOUT_NO:
                    return change(i, r.withTargets(r.next(), r.ifYes(), OptionalInt.empty()))
                            && found(ProblemCode.DECISION_WITHOUT_NO);
                default:
                    OptionalInt both = c.chance(50) ? r.ifYes() : r.ifNo();
                    return change(i, r.withTargets(r.next(), both, both)) && found(ProblemCode.DECISION_SAME_TARGETS);
            }
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
                        .withTime(Optional.of(timeTexts().generate(c)))
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
                    .withTime(Optional.of(timeTexts().generate(c)))
                    .withTargets(OptionalInt.of(number), OptionalInt.empty(), OptionalInt.empty());
            Set<Integer> unreachableBefore = Graph.unreachable(rows);
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
                if (Graph.unreachable(rows).equals(unreachableBefore) && Graph.trapped(rows).equals(trapped)) {
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

    /**
     * Reachability over a table as the checks see it: the first row of a number is the step; a START or
     * PROCESS goes to its next, or the next number; a DECISION to its targets that exist.
     */
    private static final class Graph {

        private Graph() {
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
                List<Integer> out = new ArrayList<>(2);
                switch (r.kind()) {
                    case START:
                    case PROCESS: {
                        Integer n = r.next().isPresent() ? Integer.valueOf(r.next().getAsInt()) : numbers.higher(r.number());
                        if (n != null && byNumber.containsKey(n)) {
                            out.add(n);
                        }
                        break;
                    }
                    case DECISION:
                        r.ifYes().stream().filter(byNumber::containsKey).forEach(out::add);
                        r.ifNo().stream().filter(n -> byNumber.containsKey(n) && !out.contains(n)).forEach(out::add);
                        break;
                    case END:
                    default:
                        break;
                }
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

    // ---------------------------------------------------------------- small helpers

    private static <T> T pick(Choices c, List<T> values) {
        return values.get(c.chooseInt(0, values.size() - 1));
    }

    private static <T> List<T> distinct(Choices c, List<T> values, int count) {
        List<T> left = new ArrayList<>(values);
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            out.add(left.remove(c.chooseInt(0, left.size() - 1)));
        }
        return List.copyOf(out);
    }

    private static void addIf(boolean condition, Set<Flag> flags, Flag flag) {
        if (condition) {
            flags.add(flag);
        }
    }
}
