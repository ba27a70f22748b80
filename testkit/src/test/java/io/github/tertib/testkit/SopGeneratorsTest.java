package io.github.tertib.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.Guard;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.StepTable.Flag;
import io.github.tertib.testkit.StepTable.Header;
import io.github.tertib.testkit.StepTable.Part;
import io.github.tertib.testkit.StepTable.Row;
import io.github.tertib.testkit.quicktheories.TertibGens;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SopGeneratorsTest {

    /** Every choice at its smallest: the simplest value each generator makes. */
    private static final Choices SIMPLEST = (min, max) -> min;

    private static Choices seeded(long seed) {
        return Choices.from(new SplittableRandom(seed));
    }

    @Test
    void the_simplest_valid_table_is_a_start_and_an_end_with_one_role() {
        String nl = System.lineSeparator();
        assertThat(SopGenerators.validTables().generate(SIMPLEST)).hasToString(String.join(nl,
                "SOP A.1 \"Penerbitan Surat Keterangan\"",
                "roles: Pelaksana (pelaksana)",
                "No | kind  | Kegiatan                        | parts            | Waktu   | goes to | more",
                " 1 | START | Menerima berkas permohonan      | pelaksana: Mulai | 1 Menit |         |",
                " 2 | END   | Surat diserahkan kepada pemohon |                  |         |         |"));
        SopDefinition d = SopGenerators.validDefinitions().generate(SIMPLEST);
        assertThat(d.steps()).extracting(Step::kind).containsExactly(StepKind.START, StepKind.END);
        assertThat(SopGenerators.stepTables().generate(SIMPLEST)).isEqualTo(SopGenerators.validTables()
                .generate(SIMPLEST));
    }

    @Test
    void the_simplest_planted_mistake_is_a_role_nobody_uses() {
        SopGenerators.Planted p = SopGenerators.invalidDefinitions().generate(SIMPLEST);
        assertThat(p.errors()).containsExactly(ProblemCode.UNUSED_ROLE);
        assertThat(p.warnings()).isEmpty();
        assertThat(p.toString()).endsWith(System.lineSeparator() + "planted errors: [UNUSED_ROLE]")
                .contains("roles: Pelaksana (pelaksana), Pengawas Internal (pengawas-internal)");
    }

    @Test
    void the_same_choices_make_the_same_values() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(SopGenerators.stepTables().generate(seeded(seed)))
                    .isEqualTo(SopGenerators.stepTables().generate(seeded(seed)));
            assertThat(SopGenerators.invalidDefinitions().generate(seeded(seed)))
                    .isEqualTo(SopGenerators.invalidDefinitions().generate(seeded(seed)));
        }
    }

    @Test
    void valid_tables_range_from_two_to_twenty_five_steps_with_loops_side_exits_and_every_unit() {
        List<StepTable> tables = LongStream.range(0, 300).mapToObj(s -> SopGenerators.validTables().generate(seeded(s)))
                .toList();
        assertThat(tables).extracting(t -> t.rows().size()).contains(2).anyMatch(n -> n >= 22)
                .allMatch(n -> n >= 2 && n <= 25);
        assertThat(tables).extracting(t -> t.roles().size()).contains(1, 6).allMatch(n -> n >= 1 && n <= 6);
        assertThat(tables).anyMatch(t -> t.rows().stream().anyMatch(r -> r.kind() == StepKind.DECISION
                && (r.ifYes().getAsInt() < r.number() || r.ifNo().getAsInt() < r.number())));
        assertThat(tables).anyMatch(t -> t.rows().stream().filter(r -> r.kind() == StepKind.END).count() > 1);
        assertThat(tables).anyMatch(t -> t.header().approvedBy().flatMap(Signatory::nip).isPresent());
        assertThat(tables).anyMatch(t -> !t.cancelRoles().isEmpty());
        Set<String> units = tables.stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.time().stream())
                .map(text -> TimeStandard.parse(text).unit().name()).collect(Collectors.toSet());
        assertThat(units).hasSize(TimeStandard.Unit.values().length);
    }

    @Test
    void invalid_definitions_plant_every_plantable_code() {
        Set<ProblemCode> seen = EnumSet.noneOf(ProblemCode.class);
        for (long seed = 0; seed < 1500; seed++) {
            seen.addAll(SopGenerators.invalidDefinitions().generate(seeded(seed)).errors());
        }
        assertThat(seen).isEqualTo(SopGenerators.Planted.PLANTABLE);
        assertThat(SopGenerators.Planted.PLANTABLE).noneMatch(ProblemCode::isWarning);
    }

    @Test
    void nips_are_valid_and_appointed_at_least_eighteen_years_after_birth() {
        qt().withExamples(300).forAll(TertibGens.of(SopGenerators.nips())).checkAssert(nip -> {
            assertThat(Nip.parse(nip.toString())).isEqualTo(nip);
            assertThat(nip.appointment().minusYears(18).isBefore(YearMonth.from(nip.birthDate()))).isFalse();
            assertThat(nip.birthDate()).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2005, 12, 31));
        });
        assertThat(SopGenerators.nips().generate(SIMPLEST)).hasToString("19500101 196801 1 001");
    }

    @Test
    void ranks_cover_the_whole_table() {
        Set<Rank> seen = LongStream.range(0, 500).mapToObj(s -> SopGenerators.ranks().generate(seeded(s)))
                .collect(Collectors.toSet());
        assertThat(seen).containsExactlyInAnyOrder(Rank.values());
        assertThat(SopGenerators.ranks().generate(SIMPLEST)).isEqualTo(Rank.JURU_MUDA);
    }

    @Test
    void roles_have_distinct_ids_even_beyond_the_twelve_titles() {
        qt().withExamples(100).forAll(TertibGens.of(c -> SopGenerators.roles(c.chooseInt(0, 20)).generate(c)))
                .checkAssert(roles -> {
                    assertThat(roles).extracting(Role::id).doesNotHaveDuplicates();
                    assertThat(roles).extracting(Role::title).doesNotHaveDuplicates();
                });
        assertThat(SopGenerators.roles(2).generate(SIMPLEST)).containsExactly(Role.of("pelaksana", "Pelaksana"),
                Role.of("kepala-seksi", "Kepala Seksi"));
        assertThat(SopGenerators.roles(14).generate(SIMPLEST)).hasSize(14).contains(Role.of("peran-14", "Peran 14"));
        assertThat(SopGenerators.roles(0).generate(SIMPLEST)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> SopGenerators.roles(-1)).withMessageContaining("-1");
    }

    @Test
    void time_texts_are_readable_and_positive() {
        qt().withExamples(300).forAll(TertibGens.of(SopGenerators.timeTexts())).checkAssert(text ->
                assertThat(TimeStandard.parse(text).isPositive()).isTrue());
        assertThat(SopGenerators.timeTexts().generate(SIMPLEST)).isEqualTo("1 Menit");
    }

    @Test
    void time_standards_cover_every_unit_ranges_zero_large_amounts_and_written_spellings() {
        Set<TimeStandard.Unit> units = EnumSet.noneOf(TimeStandard.Unit.class);
        int ranges = 0;
        int zeros = 0;
        int large = 0;
        int spelled = 0;
        for (long seed = 0; seed < 400; seed++) {
            TimeStandard t = SopGenerators.timeStandards().generate(Choices.from(new SplittableRandom(seed)));
            units.add(t.unit());
            ranges += t.isRange() ? 1 : 0;
            zeros += t.isPositive() ? 0 : 1;
            large += t.maxAmount() > 1000 ? 1 : 0;
            boolean asWritten = t.text().equals(TimeStandard.range(t.amount(), t.maxAmount(), t.unit()).text());
            spelled += asWritten ? 0 : 1;
        }
        assertThat(units).containsExactlyInAnyOrder(TimeStandard.Unit.values());
        assertThat(ranges).isGreaterThan(40);
        assertThat(zeros).isPositive();
        assertThat(large).isGreaterThan(10);
        assertThat(spelled).isGreaterThan(40);
        assertThat(SopGenerators.timeStandards().generate(SIMPLEST)).isEqualTo(TimeStandard.of(0, TimeStandard.Unit.MINUTES));
    }

    @Test
    void the_table_of_a_definition_builds_it_again_and_turns_its_guards_into_the_guarded_flag() {
        SopDefinition v4 = PalangkaRaya.v4();
        StepTable table = StepTable.from(v4);
        assertThat(table.build()).isEqualTo(v4);
        assertThat(table.rows()).extracting(Row::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(table.rows().get(2).ifNo()).hasValue(2);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.next()).as("the following step is left out").isEmpty());

        Role kasi = Role.of("kasi", "Kepala Seksi");
        SopDefinition guarded = Sop.define("G.1", "Contoh").roles(kasi)
                .start(1, "Menerima berkas").by(kasi, "Mulai").takes("5 Menit").next(3)
                    .guard(Guard.of("hanya pada hari kerja", attempt -> true))
                .end(2, "Selesai").by(kasi, "Selesai")
                .process(3, "Memeriksa berkas").by(kasi, "Periksa").takes("10 Menit").next(2)
                .build();
        StepTable t = StepTable.from(guarded);
        assertThat(t.rows().get(0).flags()).containsExactly(Flag.GUARDED);
        assertThat(t.rows()).extracting(Row::next).containsExactly(OptionalInt.of(3), OptionalInt.empty(),
                OptionalInt.of(2));
        assertThat(t.build().step(1).guards()).extracting(Guard::description).containsExactly(StepTable.GUARD_DESCRIPTION);
        assertThat(t.build()).isNotEqualTo(guarded);
    }

    @Test
    void a_table_prints_every_column_and_quotes_blanks() {
        Role kasi = Role.of("kasi", "Kepala Seksi");
        StepTable t = new StepTable("B.2", "Contoh", Header.EMPTY, List.of(kasi), List.of(kasi), List.of(
                Row.of(1, StepKind.START, "Menerima").withParts(List.of(new Part(kasi, "Mulai"), new Part(kasi, " ")))
                        .withTime(Optional.of("sebentar")).withTargets(OptionalInt.of(3), OptionalInt.empty(),
                                OptionalInt.empty()),
                Row.of(2, StepKind.DECISION, "").withTargets(OptionalInt.empty(), OptionalInt.of(3), OptionalInt.of(9))
                        .withFlags(Set.of(Flag.GUARDED, Flag.PAUSABLE))
                        .withStandard(List.of("Surat"), List.of("Disposisi"), "Catatan"),
                Row.of(3, StepKind.END, "Selesai")));
        String nl = System.lineSeparator();
        assertThat(t).hasToString(String.join(nl,
                "SOP B.2 \"Contoh\"",
                "roles: Kepala Seksi (kasi)",
                "cancelled by: Kepala Seksi (kasi)",
                "No | kind     | Kegiatan | parts                  | Waktu    | goes to      | more",
                " 1 | START    | Menerima | kasi: Mulai; kasi: \" \" | sebentar | \u21923           |",
                " 2 | DECISION | \"\"       |                        |          | Ya\u21923 Tidak\u21929 | pausable, guarded,"
                        + " requires [Surat], produces [Disposisi], note \"Catatan\"",
                " 3 | END      | Selesai  |                        |          |              |"));
        assertThat(t.toBuilder()).isNotNull();
        assertThat(catchThrowable(t::build)).isInstanceOf(InvalidSopException.class);
    }

    @Test
    void a_table_prints_its_identity_fields_on_one_line() {
        Header h = new Header("Pemerintah Kota", "Dinas", "", "", Optional.of(LocalDate.of(2020, 1, 2)),
                Optional.empty(), Optional.empty(), Optional.of(Signatory.of("Kepala Dinas", "MURNI")),
                List.of("UU 25/2009"), List.of(), "Hati-hati", List.of(), List.of("Komputer"), List.of());
        StepTable t = SopGenerators.validTables().generate(SIMPLEST);
        StepTable withHeader = new StepTable(t.number(), t.name(), h, t.roles(), t.cancelRoles(), t.rows());
        assertThat(withHeader.toString()).contains(System.lineSeparator() + "identity: Pemerintah Kota / Dinas;"
                + " created 2020-01-02; approved by Kepala Dinas, MURNI; legal basis [UU 25/2009];"
                + " warning \"Hati-hati\"; equipment [Komputer]" + System.lineSeparator());
        SopDefinition d = withHeader.build();
        assertThat(d.identity().organization()).containsExactly("Pemerintah Kota", "Dinas");
        assertThat(d.identity().created()).contains(LocalDate.of(2020, 1, 2));
        assertThat(d.identity().warning()).isEqualTo("Hati-hati");
        assertThat(h.isEmpty()).isFalse();
        assertThat(Header.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void a_table_needs_a_number_and_a_name() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StepTable(" ", "X", Header.EMPTY, List.of(),
                List.of(), List.of())).withMessageContaining("not blank");
    }

    @Test
    void a_planted_table_needs_an_error() {
        StepTable t = SopGenerators.validTables().generate(SIMPLEST);
        assertThatIllegalArgumentException().isThrownBy(() -> new SopGenerators.Planted(t, Set.of(), Set.of()))
                .withMessageContaining("at least one error");
    }

    @Test
    void the_javadoc_examples_work() {
        // SopGenerators
        SopGenerators.Planted p = SopGenerators.invalidDefinitions().generate(Choices.from(new SplittableRandom(1)));
        assertThat(p.errors()).isNotEmpty();
        qt().withExamples(100).forAll(TertibGens.of(SopGenerators.validDefinitions()))
                .checkAssert(d -> assertThat(d.happyPath().get(0)).isEqualTo(d.startStep()));
        // StepTable
        StepTable table = SopGenerators.stepTables().generate(Choices.from(new SplittableRandom(7)));
        assertThat(table.toString()).contains("No | kind");
        try {
            SopDefinition d = table.build();
            assertThat(d.steps()).hasSize(table.rows().size());
        } catch (InvalidSopException e) {
            assertThat(e.problems()).isNotEmpty();
        }
        // Generator and Choices
        Generator<Integer> sizes = c -> c.chooseInt(1, 10);
        Generator<List<Integer>> lists = sizes.listOf(0, 5);
        List<Integer> one = lists.generate(Choices.from(new SplittableRandom(7)));
        assertThat(one).hasSizeLessThanOrEqualTo(5).allMatch(i -> i >= 1 && i <= 10);
        Choices choices = Choices.from(new SplittableRandom(42));
        assertThat(SopGenerators.validDefinitions().generate(choices).steps()).isNotEmpty();
        assertThat(new HashSet<>(List.of(SopGenerators.signatories().generate(SIMPLEST))))
                .containsExactly(Signatory.of("Kepala Dinas Komunikasi dan Informatika", "Drs. MURNI"));
    }
}
