package io.github.tertib.run;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static io.github.tertib.run.V4.ANDI;
import static io.github.tertib.run.V4.BUDI;
import static io.github.tertib.run.V4.MURNI;
import static io.github.tertib.run.V4.RINA;
import static io.github.tertib.run.V4.SARI;
import static io.github.tertib.run.V4.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tertib.sop.Answer;
import io.github.tertib.text.Diagnostic;
import io.github.tertib.text.DiagnosticCode;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Problem;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.time.CalendarRangeException;
import io.github.tertib.time.Holidays;
import io.github.tertib.time.OutsideHolidayDataException;
import io.github.tertib.time.WorkCalendar;
import java.time.LocalDate;
import java.util.OptionalInt;
import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Renders a refusal of every {@link RejectionCode} (and every variant of its sentence), every
 * {@link ProblemCode}, every reader {@link DiagnosticCode} and the calendar refusals in both languages
 * into {@code docs/messages.md}, so that a reviewer reads them all; fails if the committed file differs.
 * The rendering is always written to {@code lib/target/messages.md}: copy it over the committed file
 * after changing a sentence.
 */
class MessagesDocumentTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    private static Rejection refused(Supplier<SopInstance> command) {
        return catchThrowableOfType(RejectedTransitionException.class, command::get).rejection();
    }

    /** One real refusal per code and variant, in the order of the codes. */
    static Map<String, Rejection> refusals() {
        Map<String, Rejection> m = new LinkedHashMap<>();
        Instant later = Instant.parse("2026-03-09T01:00:00Z");
        m.put("INSTANCE_CLOSED (completed)", refused(() -> V4.completed().complete(6, BUDI, t(6000))));
        m.put("INSTANCE_CLOSED (cancelled)", refused(() -> V4.atStep2().cancel(MURNI, t(15), "berkas ditarik pemohon")
                .complete(2, RINA, t(20))));
        m.put("TIME_REVERSED", refused(() -> V4.atStep2().complete(2, RINA, t(5))));
        m.put("INSTANCE_SUSPENDED", refused(() -> V4.atStep3().suspend(BUDI, t(45), "menunggu kejelasan")
                .decide(3, Answer.YES, BUDI, t(50))));
        m.put("NOT_CURRENT_STEP", refused(() -> V4.atStep2().complete(4, ANDI, t(20))));
        m.put("DECISION_REQUIRED", refused(() -> V4.atStep3().complete(3, BUDI, t(40))));
        m.put("NOT_A_DECISION", refused(() -> V4.atStep2().decide(2, Answer.YES, RINA, t(20))));
        m.put("ROLE_NOT_IN_STEP", refused(() -> V4.atStep2().complete(2, KEPALA_SEKSI, BUDI, t(20))));
        m.put("ROLE_NOT_HELD (one role)", refused(() -> V4.atStep2().complete(2, KEPALA_DINAS, ANDI, t(20))));
        m.put("ROLE_NOT_HELD (several roles)", refused(() -> V4.atStep2().complete(2, ANDI, t(20))));
        m.put("DELEGATION_NOT_VALID (ended)", refused(() -> V4.atStep2().complete(2, RINA, later)
                .complete(2, SARI, later)));
        Actor early = Actor.of("staf-8", "Dewi", PELAKSANA).acting(KEPALA_DINAS, Capacity.PLT, t(600), t(6000));
        m.put("DELEGATION_NOT_VALID (not begun)", refused(() -> V4.atStep2().complete(2, early, t(20))));
        m.put("PART_ALREADY_DONE", refused(() -> V4.atStep2().complete(2, RINA, t(20)).complete(2, RINA, t(30))));
        m.put("DEFINITIVE_ONLY", refused(() -> RejectionTest.flaggedAt2()
                .complete(2, RejectionTest.KABID, RejectionTest.PLH_KABID, t(10))));
        m.put("SAME_ACTOR", refused(() -> RejectionTest.flaggedAt2().complete(2, RejectionTest.KASI, RejectionTest.BOTH,
                t(10)).complete(2, RejectionTest.BOTH, t(20))));
        m.put("GUARD", refused(() -> RejectionTest.flaggedAt2().complete(2, RejectionTest.KASI_1, t(10))
                .complete(2, RejectionTest.KABID_1, t(20))
                .complete(3, RejectionTest.KABID_1, Instant.parse("2026-03-02T10:00:00Z"))));
        Actor joko = Actor.of("staf-1", "Joko", PELAKSANA, KEPALA_SEKSI);
        m.put("AMBIGUOUS_PART", refused(() -> V4.atStep3().decide(3, Answer.YES, BUDI, t(40)).complete(4, ANDI, t(50))
                .complete(5, V4.TIM, t(60)).complete(6, joko, t(70))));
        m.put("NOT_PAUSABLE", refused(() -> V4.atStep2().suspend(RINA, t(20), "menunggu")));
        m.put("NOT_SUSPENDED", refused(() -> V4.atStep3().resume(BUDI, t(40))));
        m.put("CANCEL_NOT_ALLOWED (roles named)", refused(() -> V4.atStep2().cancel(RINA, t(20), "batal")));
        SopDefinition noCancel = Sop.define("T. 2", "Tanpa Pembatalan").roles(RejectionTest.STAF)
                .start(1, "Menerima berkas").by(RejectionTest.STAF, "Mulai").takes("5 Menit")
                .end(2, "Selesai").by(RejectionTest.STAF, "Selesai").build();
        m.put("CANCEL_NOT_ALLOWED (none named)", refused(() -> SopInstance.start(noCancel, "T/2", RejectionTest.STAFF,
                t(0)).cancel(RejectionTest.STAFF, t(1), "batal")));
        m.put("start: ROLE_NOT_HELD", refused(() -> SopInstance.start(V4.SOP, "2026/002", ANDI, t(0))));
        return m;
    }

    static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# What Tertib says to people\n\n");
        b.append("Every sentence Tertib says to officials, in Bahasa Indonesia (`id`) and English (`en`), rendered from\n"
                + "real refusals by `MessagesDocumentTest` (lib tests); a test fails when this file and the bundles\n"
                + "(`lib/src/main/resources/io/github/tertib/internal/messages_*.properties`) disagree. After changing a\n"
                + "sentence, copy `lib/target/messages.md` over this file. Instants are shown in WIB\n"
                + "(`Asia/Jakarta`), the zone of `Rejection.message(Locale)`; `message(Locale, ZoneId)` takes the\n"
                + "office's zone. The developer sentence is `Rejection.message()` and the exception's `getMessage()`.\n");
        b.append("\n## Refusals of commands (`RejectionCode`)\n");
        refusals().forEach((name, r) -> b.append("\n### ").append(name).append("\n\n")
                .append("- id: ").append(r.message(ID)).append('\n')
                .append("- en: ").append(r.message(Locale.ENGLISH)).append('\n')
                .append("- developer: ").append(r.message()).append('\n'));
        b.append("\n## Problems of a definition (`ProblemCode`)\n\n"
                + "`Problem.message(Locale)`, in the terms of the SOP AP form; `message()` is the English developer\n"
                + "sentence with the value and the builder call. Shown for step 3 where a problem concerns a step.\n");
        for (ProblemCode code : ProblemCode.values()) {
            Problem p = problem(code);
            b.append("\n### ").append(code).append("\n\n")
                    .append("- id: ").append(p.message(ID)).append('\n')
                    .append("- en: ").append(p.message(Locale.ENGLISH)).append('\n');
        }
        b.append("\n## What the text reader tells (`DiagnosticCode`)\n\n"
                + "`Diagnostic.message(Locale)`, in the terms of the SOP AP form; `message()` is the English developer\n"
                + "sentence with the value found. Shown at line 31; a problem of the definition checks (`DEFINITION`)\n"
                + "says what its `ProblemCode` says above.\n");
        for (DiagnosticCode code : DiagnosticCode.values()) {
            Diagnostic d = code == DiagnosticCode.DEFINITION
                    ? Diagnostic.of(Diagnostic.Severity.ERROR, ProblemCode.UNKNOWN_TARGET, 31, 0, "developer sentence")
                    : Diagnostic.of(Diagnostic.Severity.WARNING, code, 31, 0, "developer sentence");
            b.append("\n### ").append(code).append("\n\n")
                    .append("- id: ").append(d.message(ID)).append('\n')
                    .append("- en: ").append(d.message(Locale.ENGLISH)).append('\n');
        }
        b.append("\n## Calendar refusals (`OutsideHolidayDataException`, `CalendarRangeException`)\n");
        OutsideHolidayDataException outside = catchThrowableOfType(OutsideHolidayDataException.class,
                () -> V4_CALENDAR.workingHoursOn(LocalDate.of(2028, 1, 3)));
        b.append("\n### OutsideHolidayDataException\n\n")
                .append("- id: ").append(outside.message(ID)).append('\n')
                .append("- en: ").append(outside.message(Locale.ENGLISH)).append('\n')
                .append("- developer: ").append(outside.getMessage()).append('\n');
        CalendarRangeException range = catchThrowableOfType(CalendarRangeException.class,
                () -> V4_CALENDAR.assumingNoHolidaysOutsideData().plusWorkingTime(Instant.parse("9999-12-31T00:00:00Z"),
                        java.time.Duration.ofDays(400)));
        b.append("\n### CalendarRangeException\n\n")
                .append("- id: ").append(range.message(ID)).append('\n')
                .append("- en: ").append(range.message(Locale.ENGLISH)).append('\n')
                .append("- developer: ").append(range.getMessage()).append('\n');
        return b.toString();
    }

    private static final WorkCalendar V4_CALENDAR = WorkCalendar.asn(java.time.ZoneId.of("Asia/Jakarta"))
            .withHolidays(Holidays.indonesia());

    /** A problem of the code, at step 3 unless it concerns the SOP as a whole. */
    static Problem problem(ProblemCode code) {
        boolean whole = switch (code) {
            case NO_START, MULTIPLE_STARTS, NO_END, UNDECLARED_ROLE, UNUSED_ROLE, DUPLICATE_ROLE,
                    UNDECLARED_CANCEL_ROLE -> true;
            case INVALID_STEP_NUMBER, DUPLICATE_STEP_NUMBER, BLANK_ACTIVITY, NO_PARTS, BLANK_LABEL, DUPLICATE_PART,
                    TIME_UNREADABLE, NON_POSITIVE_TIME, END_HAS_TIME, END_HAS_TRANSITION, FLAG_ON_END, NO_NEXT_STEP,
                    UNKNOWN_TARGET, BRANCH_ON_NON_DECISION, DECISION_HAS_NEXT, DECISION_WITHOUT_YES,
                    DECISION_WITHOUT_NO, DECISION_SAME_TARGETS, DECISION_ROLE_COUNT, UNREACHABLE_STEP,
                    NO_PATH_TO_END, SETTING_REPEATED, MISSING_TIME, ACTIVITY_HAS_SUBJECT -> false;
        };
        return new Problem(code, whole ? OptionalInt.empty() : OptionalInt.of(3), "developer sentence");
    }

    @Test
    void an_invalid_definition_and_the_calendar_speak_both_languages() {
        InvalidSopException e = catchThrowableOfType(InvalidSopException.class, () -> Sop.define("T. 3", "Uji")
                .roles(RejectionTest.STAF).start(1, "Menerima berkas").by(RejectionTest.STAF, "Mulai")
                .takes("5 Menit").next(9).end(2, "Selesai").by(RejectionTest.STAF, "Selesai").build());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(ID);
            assertThat(e.getLocalizedMessage()).isEqualTo(e.message(ID))
                    .startsWith("SOP T. 3 \"Uji\" bukan SOP yang sah; masalah yang ditemukan: 1")
                    .contains("Langkah 1: panah menuju langkah yang tidak ada");
            assertThat(e.getMessage()).startsWith("SOP T. 3 \"Uji\" is not a valid SOP");
            OutsideHolidayDataException outside = catchThrowableOfType(OutsideHolidayDataException.class,
                    () -> V4_CALENDAR.workingHoursOn(LocalDate.of(2028, 1, 3)));
            assertThat(outside.getLocalizedMessage()).contains("3 Januari 2028", "tahun 2028");
            assertThat(outside.getMessage()).contains("2028-01-03");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void every_problem_and_diagnostic_code_has_a_sentence_in_both_languages() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(problem(code).message(ID)).as(code.name()).isNotBlank()
                    .isNotEqualTo(problem(code).message(Locale.ENGLISH));
        }
        for (DiagnosticCode code : DiagnosticCode.values()) {
            if (code != DiagnosticCode.DEFINITION) {
                Diagnostic d = Diagnostic.of(Diagnostic.Severity.INFO, code, 0, 0, "x");
                assertThat(d.message(ID)).as(code.name()).isNotBlank().isNotEqualTo(d.message(Locale.ENGLISH));
            }
        }
    }

    @Test
    void every_rejection_code_has_a_sentence_in_both_languages() {
        Set<RejectionCode> seen = EnumSet.noneOf(RejectionCode.class);
        refusals().forEach((name, r) -> {
            assertThat(name).contains(r.code().name());
            assertThat(r.message(ID)).as(name).isNotBlank().doesNotContain("(...)", "Actor.", "Answer.");
            assertThat(r.message(Locale.ENGLISH)).as(name).isNotBlank().doesNotContain("(...)", "Actor.", "Answer.");
            seen.add(r.code());
        });
        assertThat(seen).containsExactlyInAnyOrder(RejectionCode.values());
    }

    @Test
    void docs_messages_md_is_the_rendering_of_every_message() throws IOException {
        String rendered = render();
        Path lib = Path.of(System.getProperty("user.dir"));
        Files.createDirectories(lib.resolve("target"));
        Files.writeString(lib.resolve("target").resolve("messages.md"), rendered, StandardCharsets.UTF_8);
        String committed = Files.readString(lib.resolve("..").resolve("docs").resolve("messages.md"),
                StandardCharsets.UTF_8);
        assertThat(committed).as("docs/messages.md: copy lib/target/messages.md over it").isEqualTo(rendered);
    }
}
