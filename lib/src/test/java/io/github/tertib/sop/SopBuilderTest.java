package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SopBuilderTest {

    private static final Role KASI = Role.of("kepala-seksi", "Kepala Seksi");
    private static final Role KABID = Role.of("kepala-bidang", "Kepala Bidang");

    @Test
    void builds_the_example_of_its_javadoc() {
        Role kasi = KASI;
        Role kabid = KABID;
        SopDefinition d = Sop.define("A.1", "Penerbitan Surat")
                .roles(kasi, kabid)
                .start(1, "Menerima permohonan").by(kasi, "Mulai").takes("15 Menit")
                .decision(2, "Apakah berkas lengkap?").by(kasi, "Jika").takes("10 Menit").ifYes(3).ifNo(1)
                .process(3, "Menandatangani surat").by(kabid, "Proses").takes("1 Jam")
                .end(4, "Surat diserahkan").by(kasi, "Selesai")
                .build();
        assertThat(d.steps()).extracting(Step::kind).containsExactly(StepKind.START, StepKind.DECISION,
                StepKind.PROCESS, StepKind.END);
        assertThat(d.nominalStandardTime()).isEqualTo(Duration.ofMinutes(85));
    }

    @Test
    void goes_on_to_the_next_number_by_default_across_gaps_and_in_any_order_of_writing() {
        SopDefinition d = Sop.define("A.2", "Bernomor").roles(KASI)
                .end(30, "Selesai")
                .process(20, "Memeriksa").by(KASI, "Proses").takes("5 Menit")
                .start(10, "Menerima").by(KASI, "Mulai").takes("5 Menit")
                .build();
        assertThat(d.steps()).extracting(Step::number).containsExactly(10, 20, 30);
        assertThat(d.step(10).next()).hasValue(20);
        assertThat(d.step(20).next()).hasValue(30);
    }

    @Test
    void refuses_to_describe_a_step_before_one_is_opened() {
        assertThatIllegalStateException().isThrownBy(() -> Sop.define("A.1", "X").by(KASI, "Proses"))
                .withMessageContaining("by(...) describes a step, but no step is open yet");
        assertThatIllegalStateException().isThrownBy(() -> Sop.define("A.1", "X").takes("1 Menit"))
                .withMessageContaining("takes(...)");
    }

    @Test
    void reports_every_problem_at_once_rather_than_the_first() {
        InvalidSopException e = catchThrowableOfType(InvalidSopException.class, () -> Sop.define("A.1", "X")
                .roles(KASI)
                .start(1, "Menerima").by(KASI, "Mulai").takes("lama")
                .decision(2, "Apakah lengkap?").by(KASI, "Jika").takes("5 Menit").ifYes(3)
                .end(3, "Selesai").takes("1 Menit")
                .build());
        assertThat(e.problems()).extracting(Problem::code).containsExactly(ProblemCode.TIME_UNREADABLE,
                ProblemCode.END_HAS_TIME, ProblemCode.DECISION_WITHOUT_NO);
        assertThat(e.getMessage()).startsWith("SOP A.1 \"X\" is not a valid SOP: 3 problems");
    }

    @Test
    void takes_a_duration_as_whole_minutes_and_reports_one_that_is_not() {
        SopDefinition d = Sop.define("A.3", "Durasi").roles(KASI)
                .start(1, "Menerima").by(KASI, "Mulai").takes(Duration.ofHours(2))
                .process(2, "Memeriksa").by(KASI, "Proses").takes(TimeStandard.parse("1-2 Hari"))
                .end(3, "Selesai").build();
        assertThat(d.step(1).time()).contains(TimeStandard.parse("120 Menit"));
        assertThat(d.step(2).time().orElseThrow().isRange()).isTrue();
        InvalidSopException e = catchThrowableOfType(InvalidSopException.class, () -> Sop.define("A.3", "Durasi")
                .roles(KASI).start(1, "Menerima").by(KASI, "Mulai").takes(Duration.ofSeconds(30))
                .end(2, "Selesai").takes(Duration.ofMinutes(5)).build());
        assertThat(e.problems()).extracting(Problem::code).containsExactly(ProblemCode.TIME_UNREADABLE,
                ProblemCode.END_HAS_TIME);
        assertThat(e.problems().get(1).message()).contains("takes \"5 Menit\"");
    }

    @Test
    void a_later_waktu_is_a_problem_not_a_replacement_of_the_earlier_one() {
        InvalidSopException e = catchThrowableOfType(InvalidSopException.class, () -> Sop.define("A.4", "Ganti")
                .roles(KASI).start(1, "Menerima").by(KASI, "Mulai").takes("lama").takes("5 Menit")
                .end(2, "Selesai").build());
        assertThat(e.problems()).extracting(Problem::code).containsExactly(ProblemCode.SETTING_REPEATED);
        assertThat(e.problems().get(0).message()).contains("takes(\"lama\") then takes(\"5 Menit\")");
    }

    @Test
    void strips_what_it_is_given() {
        SopDefinition d = Sop.define(" A.5 ", " Spasi ").roles(KASI)
                .start(1, "  Menerima  ").by(KASI, " Mulai ").takes(" 5 Menit ").requires(" Surat ").note(" Catatan ")
                .end(2, "Selesai").build();
        Step s = d.step(1);
        assertThat(d.number()).isEqualTo("A.5");
        assertThat(s.activity()).isEqualTo("Menerima");
        assertThat(s.parts()).containsExactly(Assignment.of(KASI, "Mulai"));
        assertThat(s.standard().requirements()).containsExactly("Surat");
        assertThat(s.note()).contains("Catatan");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ifYes", "ifNo", "next", "takes", "takesTime", "note"})
    void a_single_valued_setting_made_twice_is_a_problem_not_the_last_kept(String setting) {
        Role kasi = Role.of("kepala-seksi", "Kepala Seksi");
        SopBuilder b = Sop.define("A.1", "Penerbitan Surat").roles(kasi)
                .start(1, "Menerima permohonan").by(kasi, "Mulai").takes("15 Menit")
                .decision(2, "Apakah berkas lengkap?").by(kasi, "Jika").takes("10 Menit").ifYes(3).ifNo(1)
                .process(3, "Menandatangani").by(kasi, "Proses").takes("5 Menit").note("Catatan");
        String repeat = switch (setting) {
            case "ifYes" -> { b.ifYes(4).ifYes(5); yield "ifYes(4) then ifYes(5)"; }
            case "ifNo" -> { b.ifNo(4).ifNo(5); yield "ifNo(4) then ifNo(5)"; }
            case "next" -> { b.next(4).next(4); yield "next(4) then next(4)"; }
            case "takes" -> { b.takes("1 Jam"); yield "takes(\"5 Menit\") then takes(\"1 Jam\")"; }
            case "takesTime" -> { b.takes(java.time.Duration.ofMinutes(60)); yield "takes(\"5 Menit\") then takes(\"PT1H\")"; }
            case "note" -> { b.note("Lain"); yield "note(\"Catatan\") then note(\"Lain\")"; }
            default -> throw new IllegalArgumentException(setting);
        };
        b.end(4, "Selesai").by(kasi, "Selesai");
        InvalidSopException e = org.assertj.core.api.Assertions.catchThrowableOfType(b::build, InvalidSopException.class);
        assertThat(e.problems()).filteredOn(p -> p.code() == ProblemCode.SETTING_REPEATED).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("step 3 (PROCESS) is given " + repeat)
                        .contains("remove the one you do not mean"));
    }

    @Test
    void a_definition_gives_its_builder_and_building_it_unchanged_is_equal() {
        SopDefinition v4 = io.github.tertib.catalog.PalangkaRaya.v4();
        assertThat(v4.toBuilder().build()).isEqualTo(v4).hasSameHashCodeAs(v4);
    }
}
