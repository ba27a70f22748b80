package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.text.Diagnostic.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class V4ReadingTest {

    private final SopTextResult result = SopText.read(V4Source.text());

    @Test
    void reads_the_v4_source_text_as_the_built_in_definition() {
        SopDefinition d = result.orElseThrow();
        assertThat(d.identity()).isEqualTo(PalangkaRaya.v4().identity());
        assertThat(d.roles()).isEqualTo(PalangkaRaya.v4().roles());
        assertThat(d.steps()).isEqualTo(PalangkaRaya.v4().steps());
        assertThat(d.cancelRoles()).containsExactly(PalangkaRaya.KEPALA_DINAS);
        assertThat(d).isEqualTo(PalangkaRaya.v4());
    }

    @Test
    void reports_no_error_and_no_warning() {
        assertThat(result.diagnostics(Severity.ERROR)).isEmpty();
        assertThat(result.diagnostics(Severity.WARNING)).isEmpty();
    }

    @Nested
    @DisplayName("every inference the reader makes on V.4 is a diagnostic")
    class Inferences {

        private Diagnostic only(String code) {
            assertThat(result.diagnostics()).filteredOn(d -> d.code().equals(code)).hasSize(1);
            return result.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        }

        @Test
        void the_agency_continues_on_the_line_kota_palangka_raya() {
            Diagnostic d = only("HEADING_CONTINUED");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).contains("KOTA PALANGKA RAYA");
        }

        @Test
        void the_signatory_line_is_split_into_name_rank_and_nip() {
            Diagnostic d = only("SIGNATORY_SPLIT");
            assertThat(d.line()).isEqualTo(32);
            assertThat(d.message()).contains("Drs. MURNI", "Pembina Tingkat I", "19610923 199103 1 004");
        }

        @Test
        void the_numbered_items_of_one_line_are_split() {
            assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("NUMBERED_ITEMS_SPLIT"))
                    .extracting(Diagnostic::line).containsExactly(34, 35);
        }

        @Test
        void the_cancel_role_defaults_to_the_most_senior_column() {
            Diagnostic d = only("CANCEL_ROLE_DEFAULTED");
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.message()).contains("Kepala Dinas", "Dapat dibatalkan oleh");
        }

        @Test
        void the_decision_goes_to_the_next_row_on_ya_and_back_to_step_2_on_tidak() {
            assertThat(only("DECISION_YES_INFERRED").line()).isEqualTo(44);
            Diagnostic no = only("DECISION_NO_INFERRED");
            assertThat(no.line()).isEqualTo(44);
            assertThat(no.message()).contains("step 2", "konsultasi", "koordinasi");
        }

        @Test
        void step_3_is_pausable_because_its_keterangan_says_dapat_menunggu() {
            Diagnostic d = only("PAUSABLE_INFERRED");
            assertThat(d.line()).isEqualTo(44);
            assertThat(d.message()).contains("dapat menunggu");
        }

        @Test
        void the_end_in_the_waktu_cell_of_row_7_is_the_terminator_slipped_from_its_column() {
            Diagnostic d = only("TERMINATOR_SLIPPED");
            assertThat(d.line()).isEqualTo(48);
            assertThat(d.column()).isGreaterThan(1);
            assertThat(d.message()).contains("Waktu \"End\"");
        }
    }

    @Test
    void format_of_v4_reads_back_equal_without_warnings() {
        SopTextResult r = SopText.read(SopText.format(PalangkaRaya.v4()));
        assertThat(r.orElseThrow()).isEqualTo(PalangkaRaya.v4());
        assertThat(r.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
    }

    @Test
    void format_of_v4_writes_the_cancel_role_and_the_annotations_of_step_3() {
        String text = SopText.format(PalangkaRaya.v4());
        assertThat(text).contains("Dapat dibatalkan oleh\tKepala Dinas\n");
        assertThat(text).contains("proses selanjutnya [Ya: 4; Tidak: 2; Dapat ditunda]\n");
        assertThat(text).doesNotContain("CANCEL_ROLE_DEFAULTED");
    }
}
