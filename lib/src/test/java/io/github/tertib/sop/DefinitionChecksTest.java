package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wrong SOP for every {@link ProblemCode}, and for the interplay of checks: building it reports
 * exactly the listed codes, in order, and the problem's message names the step or value and the fix.
 */
class DefinitionChecksTest {

    private static final Role KASI = Role.of("kepala-seksi", "Kepala Seksi");
    private static final Role KABID = Role.of("kepala-bidang", "Kepala Bidang");
    private static final Role KADIN = Role.of("kepala-dinas", "Kepala Dinas");

    /**
     * A wrong SOP and what building it reports.
     *
     * @param code the code the example is about
     * @param situation what is wrong, as the test's name
     * @param sop writes the SOP
     * @param expected every code reported, in order (errors, then warnings)
     * @param step the step the problem of {@code code} concerns, or null for none
     * @param fragments what its message says: the thing, the value, the fix
     */
    record Example(ProblemCode code, String situation, Supplier<SopBuilder> sop, List<ProblemCode> expected, Integer step,
            List<String> fragments) {
        @Override
        public String toString() {
            return code + ": " + situation;
        }
    }

    private static Example example(ProblemCode code, String situation, Supplier<SopBuilder> sop, Integer step,
            List<String> fragments, ProblemCode... expected) {
        return new Example(code, situation, sop, List.of(expected), step, fragments);
    }

    private static SopBuilder sop() {
        return Sop.define("A.1", "Penerbitan Surat Keterangan");
    }

    private static SopBuilder startAt1(SopBuilder b) {
        return b.start(1, "Menerima permohonan").by(KASI, "Mulai").takes("15 Menit");
    }

    static Stream<Example> examples() {
        return Stream.of(
                example(ProblemCode.NO_START, "no step is a START", () -> sop().roles(KASI)
                        .process(1, "Menerima permohonan").by(KASI, "Proses").takes("15 Menit")
                        .end(2, "Surat diserahkan"),
                        null, List.of("no START step", ".start(n, \"...\")"), ProblemCode.NO_START),
                example(ProblemCode.NO_START, "and a step nothing points at is not called unreachable", () -> sop()
                        .roles(KASI)
                        .process(1, "Menerima permohonan").by(KASI, "Proses").takes("15 Menit").next(3)
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        null, List.of("no START step"), ProblemCode.NO_START),
                example(ProblemCode.MULTIPLE_STARTS, "two steps are a START", () -> startAt1(sop().roles(KASI))
                        .start(2, "Memeriksa berkas").by(KASI, "Mulai").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("second START (step 1 is the first)", "make it .process(...)"),
                        ProblemCode.MULTIPLE_STARTS),
                example(ProblemCode.NO_END, "no step is an END", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit").next(1),
                        null, List.of("no END step", ".end(n, \"...\")"), ProblemCode.NO_END),
                example(ProblemCode.INVALID_STEP_NUMBER, "a step is numbered 0", () -> sop().roles(KASI)
                        .start(0, "Menerima permohonan").by(KASI, "Mulai").takes("15 Menit")
                        .end(1, "Surat diserahkan"),
                        0, List.of("step 0 (START) has the number 0", "step numbers start at 1"),
                        ProblemCode.INVALID_STEP_NUMBER),
                example(ProblemCode.DUPLICATE_STEP_NUMBER, "two rows are numbered 2", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit")
                        .process(2, "Menyusun konsep").by(KASI, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("step number 2 is used by more than one step", "give each row its own number"),
                        ProblemCode.DUPLICATE_STEP_NUMBER),
                example(ProblemCode.BLANK_ACTIVITY, "an activity is blank", () -> startAt1(sop().roles(KASI))
                        .process(2, "   ").by(KASI, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) has no activity", "write its Kegiatan"),
                        ProblemCode.BLANK_ACTIVITY),
                example(ProblemCode.NO_PARTS, "a process has no part", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) has no part", "add .by(role, \"label\")"), ProblemCode.NO_PARTS),
                example(ProblemCode.BLANK_LABEL, "a part's label is blank", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, " ").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("blank label for Kepala Seksi", "such as \"Proses\""), ProblemCode.BLANK_LABEL),
                example(ProblemCode.DUPLICATE_PART, "one role has two parts in a row", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").by(KASI, "Paraf").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("gives Kepala Seksi two parts", "merge them"), ProblemCode.DUPLICATE_PART),
                example(ProblemCode.DUPLICATE_PART, "in a decision, rather than also DECISION_ROLE_COUNT", () ->
                        startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").by(KASI, "Jika").takes("5 Menit")
                            .ifYes(3).ifNo(1)
                        .end(3, "Surat diserahkan"),
                        2, List.of("gives Kepala Seksi two parts"), ProblemCode.DUPLICATE_PART),
                example(ProblemCode.UNDECLARED_ROLE, "a part's role is not declared", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KABID, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("done by Kepala Bidang (kepala-bidang), which is not declared", "add it to roles(...)"),
                        ProblemCode.UNDECLARED_ROLE),
                example(ProblemCode.UNUSED_ROLE, "a declared role has no part", () -> startAt1(sop().roles(KASI, KABID))
                        .end(2, "Surat diserahkan"),
                        null, List.of("Kepala Bidang (kepala-bidang) is declared but no step uses it",
                                "remove it from roles(...)"),
                        ProblemCode.UNUSED_ROLE),
                example(ProblemCode.DUPLICATE_ROLE, "a role is declared twice", () -> startAt1(sop().roles(KASI, KASI))
                        .end(2, "Surat diserahkan"),
                        null, List.of("\"kepala-seksi\" is declared twice", "its own id"), ProblemCode.DUPLICATE_ROLE),
                example(ProblemCode.DUPLICATE_ROLE, "and unused: reported unused once", () -> startAt1(sop()
                        .roles(KASI, KABID, KABID))
                        .end(2, "Surat diserahkan"),
                        null, List.of("\"kepala-bidang\" is declared twice"), ProblemCode.DUPLICATE_ROLE,
                        ProblemCode.UNUSED_ROLE),
                example(ProblemCode.DUPLICATE_ROLE, "with another title: that one is unused", () -> startAt1(sop()
                        .roles(KASI, Role.of("kepala-seksi", "Kasi")))
                        .end(2, "Surat diserahkan"),
                        null, List.of("\"kepala-seksi\" is declared twice"), ProblemCode.DUPLICATE_ROLE,
                        ProblemCode.UNUSED_ROLE),
                example(ProblemCode.UNDECLARED_CANCEL_ROLE, "cancelledBy names a role not declared", () ->
                        startAt1(sop().roles(KASI).cancelledBy(KADIN))
                        .end(2, "Surat diserahkan"),
                        null, List.of("cancelledBy(...) names Kepala Dinas (kepala-dinas), which is not declared",
                                "add it to roles(...) or remove it from cancelledBy(...)"),
                        ProblemCode.UNDECLARED_CANCEL_ROLE),
                example(ProblemCode.SETTING_REPEATED, "a decision's Ya target is set twice, even to the same step", () ->
                        startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(3).ifYes(3)
                        .ifNo(1)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (DECISION) is given ifYes(3) then ifYes(3)",
                                "remove the one you do not mean"),
                        ProblemCode.SETTING_REPEATED),
                example(ProblemCode.TIME_UNREADABLE, "a Waktu cannot be read", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("sebentar")
                        .end(3, "Surat diserahkan"),
                        2, List.of("\"sebentar\"", "such as \"15 Menit\""), ProblemCode.TIME_UNREADABLE),
                example(ProblemCode.NON_POSITIVE_TIME, "a Waktu is zero", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("0 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("takes \"0 Menit\"", "must be more than zero"), ProblemCode.NON_POSITIVE_TIME),
                example(ProblemCode.END_HAS_TIME, "an END has a Waktu", () -> startAt1(sop().roles(KASI))
                        .end(2, "Surat diserahkan").takes("5 Menit"),
                        2, List.of("step 2 (END) takes \"5 Menit\"", "remove .takes(...)"), ProblemCode.END_HAS_TIME),
                example(ProblemCode.END_HAS_TIME, "of zero: not also NON_POSITIVE_TIME", () -> startAt1(sop()
                        .roles(KASI))
                        .end(2, "Surat diserahkan").takes("0 Menit"),
                        2, List.of("takes \"0 Menit\"", "remove .takes(...)"), ProblemCode.END_HAS_TIME),
                example(ProblemCode.END_HAS_TIME, "that cannot be read: not also TIME_UNREADABLE", () -> startAt1(sop()
                        .roles(KASI))
                        .end(2, "Surat diserahkan").takes("sebentar"),
                        2, List.of("takes \"sebentar\"", "remove .takes(...)"), ProblemCode.END_HAS_TIME),
                example(ProblemCode.END_HAS_TRANSITION, "an END has a next step", () -> startAt1(sop().roles(KASI))
                        .end(2, "Surat diserahkan").next(1),
                        2, List.of("step 2 (END) has a next step or branches", "remove them"),
                        ProblemCode.END_HAS_TRANSITION),
                example(ProblemCode.FLAG_ON_END, "an END is pausable", () -> startAt1(sop().roles(KASI))
                        .end(2, "Surat diserahkan").pausable(),
                        2, List.of("step 2 (END) is marked pausable", "remove the flag"), ProblemCode.FLAG_ON_END),
                example(ProblemCode.NO_NEXT_STEP, "the last row is a process without next", () -> sop().roles(KASI)
                        .start(1, "Menerima permohonan").by(KASI, "Mulai").takes("15 Menit").next(3)
                        .end(2, "Surat diserahkan")
                        .process(3, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit"),
                        3, List.of("step 3 (PROCESS) is the last row and has no next step", "add .next(n)"),
                        ProblemCode.NO_NEXT_STEP),
                example(ProblemCode.UNKNOWN_TARGET, "a next points at no step, and nothing else is blamed", () ->
                        startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit").next(9)
                        .end(3, "Surat diserahkan"),
                        2, List.of("has .next(9), but there is no step 9", "point it at one of the steps [1, 2, 3]"),
                        ProblemCode.UNKNOWN_TARGET),
                example(ProblemCode.UNKNOWN_TARGET, "both branches at one unknown step: reported once", () ->
                        startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(9).ifNo(9)
                        .end(3, "Surat diserahkan"),
                        2, List.of("has .ifYes(9), but there is no step 9"), ProblemCode.UNKNOWN_TARGET,
                        ProblemCode.DECISION_SAME_TARGETS),
                example(ProblemCode.UNKNOWN_TARGET, "while a trap loop elsewhere is still reported", () ->
                        startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(4).ifNo(3)
                        .process(3, "Melengkapi berkas").by(KASI, "Proses").takes("15 Menit").next(3)
                        .process(4, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit").next(9)
                        .end(5, "Surat diserahkan"),
                        4, List.of("step 4 (PROCESS) has .next(9)"), ProblemCode.UNKNOWN_TARGET,
                        ProblemCode.NO_PATH_TO_END),
                example(ProblemCode.BRANCH_ON_NON_DECISION, "a process has ifYes", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit").ifYes(3)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) has ifYes/ifNo", "use .next(n), or make it .decision(...)"),
                        ProblemCode.BRANCH_ON_NON_DECISION),
                example(ProblemCode.DECISION_HAS_NEXT, "a decision has a next", () -> startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(3).ifNo(1).next(3)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (DECISION) has .next(3)", "use .ifYes(n) and .ifNo(n)"),
                        ProblemCode.DECISION_HAS_NEXT),
                example(ProblemCode.DECISION_WITHOUT_YES, "a decision has no Ya target", () -> startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifNo(1)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (DECISION) has no \"ifYes\" target", "add .ifYes(n)"),
                        ProblemCode.DECISION_WITHOUT_YES),
                example(ProblemCode.DECISION_WITHOUT_NO, "a decision has no Tidak target", () -> startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(3)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (DECISION) has no \"ifNo\" target", "add .ifNo(n)"),
                        ProblemCode.DECISION_WITHOUT_NO),
                example(ProblemCode.DECISION_SAME_TARGETS, "Ya and Tidak go to one step", () -> startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(3).ifNo(3)
                        .end(3, "Surat diserahkan"),
                        2, List.of("goes to step 3 on both Ya and Tidak", "two different targets"),
                        ProblemCode.DECISION_SAME_TARGETS),
                example(ProblemCode.DECISION_ROLE_COUNT, "two roles decide", () -> startAt1(sop().roles(KASI, KABID))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").by(KABID, "Jika").takes("5 Menit")
                            .ifYes(3).ifNo(1)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (DECISION) has parts for 2 roles", "keep one .by(...)"),
                        ProblemCode.DECISION_ROLE_COUNT),
                example(ProblemCode.UNREACHABLE_STEP, "nothing points at a step", () -> sop().roles(KASI)
                        .start(1, "Menerima permohonan").by(KASI, "Mulai").takes("15 Menit").next(3)
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) cannot be reached from the START step 1",
                                "point a next or a branch at it, or remove it"),
                        ProblemCode.UNREACHABLE_STEP),
                example(ProblemCode.UNREACHABLE_STEP, "and it loops on itself: also NO_PATH_TO_END", () -> sop()
                        .roles(KASI)
                        .start(1, "Menerima permohonan").by(KASI, "Mulai").takes("15 Menit").next(3)
                        .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("15 Menit").next(2)
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) cannot be reached"), ProblemCode.UNREACHABLE_STEP,
                        ProblemCode.NO_PATH_TO_END),
                example(ProblemCode.NO_PATH_TO_END, "a branch leads into a loop with no way out", () ->
                        startAt1(sop().roles(KASI))
                        .decision(2, "Apakah berkas lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(4).ifNo(3)
                        .process(3, "Melengkapi berkas").by(KASI, "Proses").takes("15 Menit").next(3)
                        .end(4, "Surat diserahkan"),
                        3, List.of("no END can be reached from step 3 (PROCESS)", "give its loop a way out to an END"),
                        ProblemCode.NO_PATH_TO_END),
                example(ProblemCode.MISSING_TIME, "a process has no Waktu (a warning)", () -> startAt1(sop().roles(KASI))
                        .process(2, "Memeriksa berkas").by(KASI, "Proses")
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) has no Waktu", "add .takes(\"...\")"), ProblemCode.MISSING_TIME),
                example(ProblemCode.ACTIVITY_HAS_SUBJECT, "an activity opens with a subject (a warning)", () ->
                        startAt1(sop().roles(KASI))
                        .process(2, "Petugas memeriksa berkas").by(KASI, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("reads \"Petugas memeriksa berkas\", which has a subject", "such as \"Menyusun laporan\""),
                        ProblemCode.ACTIVITY_HAS_SUBJECT),
                example(ProblemCode.ACTIVITY_HAS_SUBJECT, "a role's title and a verb (a warning)", () ->
                        startAt1(sop().roles(KASI))
                        .process(2, "Kepala Seksi memeriksa berkas").by(KASI, "Proses").takes("15 Menit")
                        .end(3, "Surat diserahkan"),
                        2, List.of("reads \"Kepala Seksi memeriksa berkas\""), ProblemCode.ACTIVITY_HAS_SUBJECT),
                example(ProblemCode.NO_PARTS, "errors come before warnings", () -> startAt1(sop().roles(KASI))
                        .process(2, "Petugas memeriksa berkas")
                        .end(3, "Surat diserahkan"),
                        2, List.of("step 2 (PROCESS) has no part"), ProblemCode.NO_PARTS, ProblemCode.MISSING_TIME,
                        ProblemCode.ACTIVITY_HAS_SUBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void reports_exactly_the_problems_of_a_wrong_sop(Example e) {
        List<Problem> problems;
        if (e.expected().stream().allMatch(ProblemCode::isWarning)) {
            problems = e.sop().get().build().warnings();
        } else {
            InvalidSopException thrown = catchThrowableOfType(InvalidSopException.class, () -> e.sop().get().build());
            assertThat(thrown).as("building throws").isNotNull();
            problems = thrown.problems();
            assertThat(thrown.getMessage()).contains(problems.get(0).toString());
        }
        assertThat(problems).extracting(Problem::code).containsExactlyElementsOf(e.expected());
        Problem p = problems.stream().filter(x -> x.code() == e.code()).findFirst().orElseThrow();
        if (e.step() != null) {
            assertThat(p.step()).hasValue(e.step());
            assertThat(p.message()).containsPattern("step (number )?" + e.step() + "\\b");
        } else {
            assertThat(p.step()).isEmpty();
        }
        assertThat(p.message()).contains(e.fragments());
        assertThat(p).hasToString("[" + e.code() + "] " + p.message());
    }

    @Test
    void every_problem_code_has_an_example() {
        Set<ProblemCode> covered = examples().map(Example::code).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(ProblemCode.class)));
        assertThat(covered).containsExactlyInAnyOrder(ProblemCode.values());
    }

    @Test
    void warnings_are_exactly_the_style_rules() {
        assertThat(Arrays.stream(ProblemCode.values()).filter(ProblemCode::isWarning))
                .containsExactly(ProblemCode.MISSING_TIME, ProblemCode.ACTIVITY_HAS_SUBJECT);
    }

    @Test
    void the_exception_numbers_every_problem_in_its_message() {
        InvalidSopException e = catchThrowableOfType(InvalidSopException.class, () -> sop().roles(KASI, KABID)
                .process(1, "Petugas menerima berkas").by(KASI, "Proses")
                .end(2, "Surat diserahkan").build());
        assertThat(e.problems()).extracting(Problem::code).containsExactly(ProblemCode.NO_START,
                ProblemCode.UNUSED_ROLE, ProblemCode.MISSING_TIME, ProblemCode.ACTIVITY_HAS_SUBJECT);
        String nl = System.lineSeparator();
        assertThat(e.getMessage()).isEqualTo("SOP A.1 \"Penerbitan Surat Keterangan\" is not a valid SOP: 4 problems"
                + nl + "  1. " + e.problems().get(0) + nl + "  2. " + e.problems().get(1) + nl + "  3. "
                + e.problems().get(2) + nl + "  4. " + e.problems().get(3));
    }
}
