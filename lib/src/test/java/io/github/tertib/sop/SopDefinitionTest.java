package io.github.tertib.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.tertib.catalog.PalangkaRaya;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SopDefinitionTest {

    private static final Role KASI = Role.of("kepala-seksi", "Kepala Seksi");
    private final SopDefinition v4 = PalangkaRaya.v4();

    @Nested
    @DisplayName("finding steps and roles")
    class Finding {

        @Test
        void finds_a_step_by_number() {
            assertThat(v4.step(3).kind()).isEqualTo(StepKind.DECISION);
            assertThat(v4.findStep(3)).contains(v4.step(3));
            assertThat(v4.indexOf(3)).isEqualTo(2);
            assertThat(v4.startStep()).isEqualTo(v4.step(1));
            assertThat(v4.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        }

        @Test
        void an_unknown_step_is_refused_with_the_steps_there_are() {
            assertThatIllegalArgumentException().isThrownBy(() -> v4.step(9))
                    .withMessage("SOP V. 4. has no step 9: its steps are [1, 2, 3, 4, 5, 6, 7]");
            assertThat(v4.findStep(9)).isEmpty();
            assertThat(v4.indexOf(9)).isEqualTo(-1);
        }

        @Test
        void finds_a_role_by_id_and_refuses_an_unknown_one_with_the_ids_there_are() {
            assertThat(v4.role("kepala-seksi")).isEqualTo(PalangkaRaya.KEPALA_SEKSI);
            assertThat(v4.findRole("kepala-seksi")).contains(PalangkaRaya.KEPALA_SEKSI);
            assertThat(v4.findRole("sekretaris")).isEmpty();
            assertThatIllegalArgumentException().isThrownBy(() -> v4.role("sekretaris"))
                    .withMessage("SOP V. 4. has no role \"sekretaris\": its roles are [pelaksana, kepala-seksi,"
                            + " kepala-bidang, kepala-dinas, pelaksanaan]");
        }

        @Test
        void lists_roles_in_column_order_and_who_may_cancel() {
            assertThat(v4.roles()).containsExactly(PalangkaRaya.PELAKSANA, PalangkaRaya.KEPALA_SEKSI,
                    PalangkaRaya.KEPALA_BIDANG, PalangkaRaya.KEPALA_DINAS, PalangkaRaya.PELAKSANAAN);
            assertThat(v4.cancelRoles()).containsExactly(PalangkaRaya.KEPALA_DINAS);
            assertThat(v4.number()).isEqualTo("V. 4.");
            assertThat(v4.name()).startsWith("PEMBINAAN DAN PENGEMBANGAN");
            assertThat(v4.warnings()).isEmpty();
        }

        @Test
        void gives_the_successors_of_a_step_ya_before_tidak() {
            assertThat(v4.successors(3)).extracting(Step::number).containsExactly(4, 2);
            assertThat(v4.successors(6)).extracting(Step::number).containsExactly(7);
            assertThat(v4.successors(7)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the happy path")
    class HappyPath {

        @Test
        void of_v4_is_every_step_in_order_and_takes_4360_minutes() {
            assertThat(v4.happyPath()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(v4.nominalStandardTime()).isEqualTo(Duration.ofMinutes(4360));
        }

        @Test
        void takes_tidak_where_ya_loops_back() {
            SopDefinition d = Sop.define("T.1", "Perbaikan berkas").roles(KASI)
                    .start(1, "Menerima berkas").by(KASI, "Mulai").takes("15 Menit")
                    .process(2, "Memeriksa berkas").by(KASI, "Proses").takes("30 Menit")
                    .decision(3, "Apakah berkas perlu diperbaiki?").by(KASI, "Jika").takes("5 Menit").ifYes(2).ifNo(4)
                    .end(4, "Berkas diterima").build();
            assertThat(d.happyPath()).extracting(Step::number).containsExactly(1, 2, 3, 4);
            assertThat(d.nominalStandardTime()).isEqualTo(Duration.ofMinutes(50));
        }

        @Test
        void takes_tidak_where_ya_leads_only_to_steps_already_on_the_path() {
            // Ya at 2 goes to 3, and from 3 every way to an END passes 2 again: the path takes Tidak at 2.
            SopDefinition d = Sop.define("T.2", "Jalan buntu").roles(KASI)
                    .start(1, "Menerima berkas").by(KASI, "Mulai").takes("10 Menit")
                    .decision(2, "Apakah perlu diperiksa?").by(KASI, "Jika").takes("1 Menit").ifYes(3).ifNo(5)
                    .process(3, "Memeriksa berkas").by(KASI, "Proses").takes("20 Menit")
                    .decision(4, "Apakah berkas sesuai?").by(KASI, "Jika").takes("2 Menit").ifYes(2).ifNo(3)
                    .end(5, "Selesai").build();
            assertThat(d.happyPath()).extracting(Step::number).containsExactly(1, 2, 5);
            assertThat(d.nominalStandardTime()).isEqualTo(Duration.ofMinutes(11));
        }

        @Test
        void counts_a_step_without_waktu_as_zero() {
            SopDefinition d = Sop.define("T.3", "Tanpa waktu").roles(KASI)
                    .start(1, "Menerima berkas").by(KASI, "Mulai").takes("1 Jam")
                    .process(2, "Memeriksa berkas").by(KASI, "Proses")
                    .end(3, "Selesai").build();
            assertThat(d.nominalStandardTime()).isEqualTo(Duration.ofHours(1));
            assertThat(d.warnings()).extracting(Problem::code).containsExactly(ProblemCode.MISSING_TIME);
        }
    }

    @Nested
    @DisplayName("standard time between two steps of V.4")
    class StandardTimeBetween {

        @ParameterizedTest(name = "{0} to {1}: {2}..{3} minutes")
        @CsvSource({
            "1, 3, 30, 30",      // 15 + 15; the loop 3 -> 2 lies after step 3 becomes current
            "1, 4, 40, ",        // 15 + 15 + 10, and Tidak at 3 may send the case back to 2 again and again
            "4, 7, 4320, 4320",  // 2400 + 480 + 1440
            "1, 7, 4360, ",
            "3, 2, 10, 10",
            "3, 4, 10, ",        // Tidak at 3 leads back through 2 to 3
            "2, 4, 25, ",
            "2, 2, 0, 0"})
        void are_the_least_and_most_sums_of_waktu_on_the_way(int from, int to, long least, Long most) {
            TimeBounds b = v4.standardTimeBetween(from, to).orElseThrow();
            assertThat(b.minimum()).isEqualTo(Duration.ofMinutes(least));
            assertThat(b.maximum()).isEqualTo(Optional.ofNullable(most).map(Duration::ofMinutes));
            assertThat(b.isBounded()).isEqualTo(most != null);
        }

        @Test
        void are_empty_when_the_second_step_cannot_be_reached_from_the_first() {
            assertThat(v4.standardTimeBetween(5, 1)).isEmpty();
            assertThat(v4.standardTimeBetween(7, 6)).isEmpty();
        }

        @Test
        void refuse_an_unknown_step() {
            assertThatIllegalArgumentException().isThrownBy(() -> v4.standardTimeBetween(1, 99))
                    .withMessageContaining("has no step 99");
        }
    }

    @Test
    void prints_its_identity_and_one_line_per_step() {
        String[] lines = v4.toString().split(System.lineSeparator());
        assertThat(lines).hasSize(8);
        assertThat(lines[0]).isEqualTo("SOP V. 4. PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI"
                + " (5 roles, 7 steps)");
        assertThat(lines[1]).isEqualTo("  " + v4.step(1));
        assertThat(lines[7]).isEqualTo("  " + v4.step(7));
    }

    @Test
    void a_copy_through_toBuilder_builds_an_equal_definition() {
        SopDefinition copy = v4.toBuilder().build();
        assertThat(copy).isEqualTo(v4).hasSameHashCodeAs(v4).isNotSameAs(v4);
        assertThat(copy.happyPath()).isEqualTo(v4.happyPath());
    }
}
