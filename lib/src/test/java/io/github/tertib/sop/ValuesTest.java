package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.catalog.PalangkaRaya;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour of the small value types of the definition; their equality and null contracts are in ValueContractTest. */
class ValuesTest {

    private static final Role KASI = Role.of("kepala-seksi", "Kepala Seksi");

    @Nested
    @DisplayName("Role")
    class RoleTest {

        @ParameterizedTest
        @ValueSource(strings = {"kasi", "kepala-seksi", "staf-7", "a", "kepala-sub-bagian-umum"})
        void accepts_ids_of_lower_case_letters_digits_and_hyphens(String id) {
            assertThat(Role.of(id, "Kepala").id()).isEqualTo(id);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Kepala Seksi", "kepala seksi", "7-staf", "kepala--seksi", "kepala-", "-kepala", "",
            "KASI"})
        void refuses_other_ids_quoting_them(String id) {
            assertThatIllegalArgumentException().isThrownBy(() -> Role.of(id, "Kepala"))
                    .withMessage("role id \"" + id + "\" is not valid: use lower-case letters, digits and hyphens,"
                            + " starting with a letter, such as \"kepala-seksi\"");
        }

        @Test
        void refuses_a_blank_title() {
            assertThatIllegalArgumentException().isThrownBy(() -> Role.of("kasi", "  "))
                    .withMessageContaining("role \"kasi\" has a blank title");
        }

        @Test
        void prints_title_and_id() {
            assertThat(KASI).hasToString("Kepala Seksi (kepala-seksi)");
            assertThat(KASI.title()).isEqualTo("Kepala Seksi");
        }
    }

    @Nested
    @DisplayName("Assignment")
    class AssignmentTest {

        @Test
        void pairs_a_role_with_the_label_of_its_cell() {
            Assignment a = Assignment.of(KASI, "Proses");
            assertThat(a.role()).isEqualTo(KASI);
            assertThat(a.label()).isEqualTo("Proses");
            assertThat(a).hasToString("Kepala Seksi: Proses").isEqualTo(new Assignment(KASI, "Proses"));
        }

        @Test
        void refuses_a_blank_label_naming_the_role() {
            assertThatIllegalArgumentException().isThrownBy(() -> Assignment.of(KASI, " "))
                    .withMessageContaining("the part of Kepala Seksi has a blank label").withMessageContaining("\"Proses\"");
        }
    }

    @Nested
    @DisplayName("Signatory")
    class SignatoryTest {

        @Test
        void holds_post_name_rank_and_nip() {
            Signatory s = Signatory.of(" Kepala Dinas ", "Drs. MURNI", Rank.PEMBINA_TINGKAT_I,
                    Nip.parse("19610923 199103 1 004"));
            assertThat(s.post()).isEqualTo("Kepala Dinas");
            assertThat(s.name()).isEqualTo("Drs. MURNI");
            assertThat(s.rank()).contains(Rank.PEMBINA_TINGKAT_I);
            assertThat(s.nip()).contains(Nip.parse("196109231991031004"));
            assertThat(s).hasToString("Kepala Dinas, Drs. MURNI, Pembina Tingkat I, NIP. 19610923 199103 1 004");
        }

        @Test
        void may_be_known_by_post_and_name_only() {
            Signatory s = Signatory.of("Kepala Desa", "Sutrisno");
            assertThat(s.rank()).isEmpty();
            assertThat(s.nip()).isEmpty();
            assertThat(s).hasToString("Kepala Desa, Sutrisno");
        }

        @Test
        void refuses_a_blank_post_or_name() {
            assertThatIllegalArgumentException().isThrownBy(() -> Signatory.of(" ", "Sutrisno"))
                    .withMessageContaining("the signatory's post is blank");
            assertThatIllegalArgumentException().isThrownBy(() -> Signatory.of("Kepala Desa", ""))
                    .withMessageContaining("the signatory's name is blank");
        }
    }

    @Nested
    @DisplayName("Identity")
    class IdentityTest {

        @Test
        void holds_every_field_of_the_seed() {
            Identity id = PalangkaRaya.v4().identity();
            assertThat(id.number()).isEqualTo("V. 4.");
            assertThat(id.organization()).containsExactly("PEMERINTAH KOTA PALANGKA RAYA",
                    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN KOTA PALANGKA RAYA",
                    "BIDANG PENYELENGGARAAN E-GOVERNMENT", "SEKSI PENGEMBANGAN APLIKASI");
            assertThat(id.created()).contains(LocalDate.of(2017, 9, 11));
            assertThat(id.effective()).contains(LocalDate.of(2017, 9, 11));
            assertThat(id.revised()).isEmpty();
            assertThat(id.approvedBy().flatMap(Signatory::nip)).contains(Nip.parse("19610923 199103 1 004"));
            assertThat(id.legalBases()).hasSize(5);
            assertThat(id.related()).containsExactly("SOP Pengelolaan Surat Masuk dan Keluar");
            assertThat(id.warning()).startsWith("Jika prosedur ini tidak dilaksanakan");
            assertThat(id.qualifications()).containsExactly("Paham Tupoksi", "Mampu menggunakan Peralatan Komputer");
            assertThat(id.equipment()).hasSize(3);
            assertThat(id.records()).containsExactly("Database Bidang");
            assertThat(id).hasToString("SOP V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI");
        }

        @Test
        void leaves_absent_fields_empty_and_the_organisation_without_empty_levels() {
            Identity id = Identity.of(" A.1 ", " Penerbitan Surat ");
            assertThat(id.number()).isEqualTo("A.1");
            assertThat(id.name()).isEqualTo("Penerbitan Surat");
            assertThat(id.government()).isEmpty();
            assertThat(id.organization()).isEmpty();
            assertThat(id.approvedBy()).isEmpty();
            assertThat(id.legalBases()).isEmpty();
            Identity partial = Sop.define("A.1", "X").identity(b -> b.organization("Pemerintah Kota", "", "Bidang", ""))
                    .roles(KASI).start(1, "Menerima").by(KASI, "Mulai").takes("1 Menit").end(2, "Selesai").build()
                    .identity();
            assertThat(partial.organization()).containsExactly("Pemerintah Kota", "Bidang");
        }

        @Test
        void refuses_a_blank_number_name_or_list_item() {
            assertThatIllegalArgumentException().isThrownBy(() -> Sop.define(" ", "X"))
                    .withMessageContaining("the SOP number is blank");
            assertThatIllegalArgumentException().isThrownBy(() -> Sop.define("A.1", ""))
                    .withMessageContaining("the SOP name is blank");
            assertThatIllegalArgumentException().isThrownBy(() -> Sop.define("A.1", "X").identity(b -> b.legalBasis("UU", " ")))
                    .withMessage("an item of legal basis is blank: leave it out or write it");
        }
    }

    @Nested
    @DisplayName("QualityStandard")
    class QualityStandardTest {

        @Test
        void copies_its_lists_and_makes_changed_copies() {
            List<String> needs = new ArrayList<>(List.of("Surat permohonan"));
            QualityStandard q = new QualityStandard(needs, Optional.empty(), List.of("Disposisi"));
            needs.add("later");
            assertThat(q.requirements()).containsExactly("Surat permohonan");
            TimeStandard fifteen = TimeStandard.parse("15 Menit");
            assertThat(q.withTime(fifteen).time()).contains(fifteen);
            assertThat(q.withRequirements(List.of()).requirements()).isEmpty();
            assertThat(q.withOutputs(List.of("Surat")).outputs()).containsExactly("Surat");
            assertThat(q.isEmpty()).isFalse();
            assertThat(QualityStandard.NONE.isEmpty()).isTrue();
            assertThatThrownBy(() -> q.requirements().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    @DisplayName("TimeBounds and Problem")
    class SmallRecordsTest {

        @Test
        void time_bounds_say_whether_they_are_bounded() {
            TimeBounds open = new TimeBounds(Duration.ofMinutes(40), Optional.empty());
            assertThat(open.isBounded()).isFalse();
            assertThat(open).hasToString("PT40M..unbounded");
            TimeBounds closed = new TimeBounds(Duration.ofMinutes(30), Optional.of(Duration.ofMinutes(30)));
            assertThat(closed.isBounded()).isTrue();
            assertThat(closed).hasToString("PT30M..PT30M");
        }

        @Test
        void a_problem_prints_its_code_and_message() {
            Problem p = new Problem(ProblemCode.MISSING_TIME, OptionalInt.of(2), "step 2 has no Waktu");
            assertThat(p).hasToString("[MISSING_TIME] step 2 has no Waktu");
            assertThat(p.isWarning()).isTrue();
            assertThat(new Problem(ProblemCode.NO_END, OptionalInt.empty(), "x").isWarning()).isFalse();
        }
    }
}
