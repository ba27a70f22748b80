package io.github.tertib.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import io.github.tertib.text.Diagnostic.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SopTextTest {

    /** The example of docs/text-form.md, "A small example". Keep the two in step. */
    static final String EXAMPLE = String.join("\n",
            "**PEMERINTAH KABUPATEN CONTOH",
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL**",
            "",
            "BIDANG PELAYANAN",
            "SEKSI IDENTITAS PENDUDUK",
            "",
            "Dasar Hukum :",
            "",
            "1. Undang-Undang No 24 Tahun 2013 tentang Administrasi Kependudukan",
            "",
            "Peringatan :",
            "",
            "Surat tidak dapat diterbitkan tanpa berkas lengkap",
            "",
            "Nomor SOP\t470/12/2024",
            "Tgl. Pembuatan\t2 Januari 2024",
            "Tgl Pengesahan\t15-01-2024",
            "Tanggal Revisi\t-",
            "Disahkan oleh\t<p>KEPALA DINAS</p><p>Dra. SITI AMINAH, M.Si</p><p>Pembina Utama Muda</p>"
                    + "<p>NIP. 19700101 199503 2 001</p>",
            "Nama SOP\tPenerbitan Surat Keterangan Pindah",
            "Kualifikasi Pelaksana\t<ol><li>Memahami administrasi kependudukan</li></ol>",
            "Peralatan & Perlengkapan\t1. Komputer 2. Printer",
            "Pencatatan dan Pendataan\tBuku register",
            "Dapat dibatalkan oleh\tKepala Seksi",
            "",
            "470/12/2024 SOP Penerbitan Surat Keterangan Pindah",
            "",
            "NO\tKEGIATAN\tPelaksana\t\tMutu Baku\t\t\tKETERANGAN",
            "\t\tPetugas Loket\tKepala Seksi\tPersyaratan\tWaktu\tOutput\t",
            "1.\tMenerima berkas permohonan\tMulai\t\tFormulir F-1.03\t15 Menit\tBerkas\t",
            "2.\tApakah berkas lengkap?\tJika\t\tBerkas\t10 Menit\t\tYa: 3; Tidak: 5",
            "3.\tMenandatangani surat keterangan\t\tProses\t\t1 Jam\tSurat\tDapat ditunda bila pejabat dinas luar",
            "4.\tMenyerahkan surat kepada pemohon\tSelesai\t\t\t\t\t",
            "5.\tMengembalikan berkas kepada pemohon\tSelesai\t\t\t\t\t");

    @Nested
    @DisplayName("the example of docs/text-form.md")
    class Example {

        private final SopTextResult result = SopText.read(EXAMPLE);
        private final SopDefinition d = result.orElseThrow();
        private final Role loket = Role.of("petugas-loket", "Petugas Loket");
        private final Role kasi = Role.of("kepala-seksi", "Kepala Seksi");

        @Test
        void reads_the_identity_with_its_label_variants() {
            assertThat(d.number()).isEqualTo("470/12/2024");
            assertThat(d.identity().organization()).containsExactly("PEMERINTAH KABUPATEN CONTOH",
                    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "BIDANG PELAYANAN", "SEKSI IDENTITAS PENDUDUK");
            assertThat(d.identity().created()).contains(LocalDate.of(2024, 1, 2));
            assertThat(d.identity().effective()).contains(LocalDate.of(2024, 1, 15));
            assertThat(d.identity().revised()).isEmpty();
            assertThat(d.identity().approvedBy()).contains(Signatory.of("KEPALA DINAS", "Dra. SITI AMINAH, M.Si",
                    Rank.PEMBINA_UTAMA_MUDA, Nip.parse("19700101 199503 2 001")));
            assertThat(d.identity().equipment()).containsExactly("Komputer", "Printer");
            assertThat(d.identity().qualifications()).containsExactly("Memahami administrasi kependudukan");
            assertThat(d.cancelRoles()).containsExactly(kasi);
        }

        @Test
        void reads_the_table_with_its_symbols_and_annotations() {
            assertThat(d.roles()).containsExactly(loket, kasi);
            assertThat(d.steps()).extracting(Step::kind).containsExactly(StepKind.START, StepKind.DECISION,
                    StepKind.PROCESS, StepKind.END, StepKind.END);
            Step decision = d.step(2);
            assertThat(decision.ifYes()).isEqualTo(OptionalInt.of(3));
            assertThat(decision.ifNo()).isEqualTo(OptionalInt.of(5));
            assertThat(decision.note()).isEmpty();
            assertThat(d.step(1).standard().requirements()).containsExactly("Formulir F-1.03");
            assertThat(d.step(3).isPausable()).isTrue();
            assertThat(d.step(3).note()).contains("Dapat ditunda bila pejabat dinas luar");
        }

        @Test
        void says_what_it_inferred() {
            assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("HTML_CONVERTED",
                    "HTML_CONVERTED", "NUMBERED_ITEMS_SPLIT", "ROLES_READ", "PAUSABLE_INFERRED");
            assertThat(result.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
        }
    }

    @Nested
    @DisplayName("labels")
    class Labels {

        @Test
        void the_variants_of_real_sops_name_the_same_fields() {
            for (String label : List.of("Tanggal Pembuatan", "Tgl Pembuatan", "Tgl. Pembuatan", "TANGGAL PEMBUATAN :")) {
                assertThat(Field.of(label)).as(label).contains(Field.CREATED);
            }
            for (String label : List.of("Tanggal Efektif", "Tgl Pengesahan", "Tgl. Pengesahan", "Tanggal Pengesahan")) {
                assertThat(Field.of(label)).as(label).contains(Field.EFFECTIVE);
            }
            for (String label : List.of("Pencatatan dan Pendataan", "Pencatatan & Pendataan", "Pencatatan/Pendataan")) {
                assertThat(Field.of(label)).as(label).contains(Field.RECORDS);
            }
            assertThat(Field.of("Keterkaitan SOP")).contains(Field.RELATED);
            assertThat(Field.of("Peralatan / Perlengkapan")).contains(Field.EQUIPMENT);
            assertThat(Field.of("**Dasar Hukum**")).contains(Field.LEGAL_BASES);
            assertThat(Field.of("No. SOP")).contains(Field.NUMBER);
        }

        @Test
        void an_unknown_label_is_a_warning_with_its_line() {
            String text = EXAMPLE.replace("Nama SOP\t", "Nama Prosedurnya\t");
            SopTextResult r = SopText.read(text);
            assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("UNKNOWN_LABEL")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.line()).isEqualTo(20);
                        assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    });
            assertThat(r.orElseThrow().name()).isEqualTo("Penerbitan Surat Keterangan Pindah"); // from the title line
        }
    }

    @Nested
    @DisplayName("values")
    class Values {

        @Test
        void html_fragments_become_plain_lists() {
            assertThat(Markup.items("<ol><li>a</li><li>b <b>c</b></li></ol>").items()).containsExactly("a", "b c");
            assertThat(Markup.items("<p>a</p> <p>b</p>").items()).containsExactly("a", "b");
            assertThat(Markup.items("a<br>b<br/>").items()).containsExactly("a", "b");
            assertThat(Markup.items("<ol style=\"x\"> 1. a 2. b 3. c").items()).containsExactly("a", "b", "c");
            assertThat(Markup.items("UU No 14 Tahun 2008").items()).containsExactly("UU No 14 Tahun 2008");
            assertThat(Markup.items("-").items()).isEmpty();
            assertThat(Markup.text("<p align=\"center\">A &amp; B</p>")).isEqualTo("A & B");
        }

        @Test
        void escaping_keeps_every_value_as_written() {
            for (String v : List.of("a  b", "<p>x</p>", "&amp;", "tab\there", "line\nbreak", "\u00a0x", "1. a 2. b")) {
                assertThat(Markup.text(Markup.escape(v))).as(v).isEqualTo(v);
            }
        }

        @Test
        void dates_in_the_forms_sops_use() {
            assertThat(Words.date("11 September 2017")).contains(LocalDate.of(2017, 9, 11));
            assertThat(Words.date("11 Sept 2017")).contains(LocalDate.of(2017, 9, 11));
            assertThat(Words.date("Senin, 11 September 2017")).contains(LocalDate.of(2017, 9, 11));
            assertThat(Words.date("11/09/2017")).contains(LocalDate.of(2017, 9, 11));
            assertThat(Words.date("2017-09-11")).contains(LocalDate.of(2017, 9, 11));
            assertThat(Words.date("31 Februari 2017")).isEmpty();
        }

        @Test
        void a_bad_nip_is_a_warning_and_the_official_keeps_post_and_name() {
            String text = EXAMPLE.replace("19700101 199503 2 001", "19700101 199503 2 0011");
            SopTextResult r = SopText.read(text);
            assertThat(r.orElseThrow().identity().approvedBy()).contains(Signatory.of("KEPALA DINAS",
                    "Dra. SITI AMINAH, M.Si"));
            assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("NIP_INVALID")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.severity()).isEqualTo(Severity.WARNING);
                        assertThat(d.line()).isEqualTo(19);
                        assertThat(d.message()).contains("19700101 199503 2 0011");
                    });
        }

        @Test
        void an_unreadable_rank_is_a_warning_and_not_taken_for_the_name() {
            String text = EXAMPLE.replace("Pembina Utama Muda", "Pembina Utama Tk V");
            SopTextResult r = SopText.read(text);
            assertThat(r.orElseThrow().identity().approvedBy()).contains(Signatory.of("KEPALA DINAS",
                    "Dra. SITI AMINAH, M.Si"));
            assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("RANK_UNREADABLE")).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("Pembina Utama Tk V"));
        }

        @Test
        void an_unreadable_date_is_a_warning_and_left_out() {
            SopTextResult r = SopText.read(EXAMPLE.replace("2 Januari 2024", "2 Janu 2024"));
            assertThat(r.orElseThrow().identity().created()).isEmpty();
            assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("DATE_UNREADABLE");
        }

        @Test
        void an_unreadable_time_is_a_warning_and_the_step_has_none() {
            SopTextResult r = SopText.read(EXAMPLE.replace("1 Jam", "sejam"));
            assertThat(r.orElseThrow().step(3).time()).isEmpty();
            assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("TIME_TEXT_UNREADABLE", "MISSING_TIME");
        }
    }

    @Nested
    @DisplayName("symbols")
    class Symbols {

        @Test
        void symbol_words_give_the_kinds() {
            assertThat(Words.kindOf("Start")).isEqualTo(StepKind.START);
            assertThat(Words.kindOf("Mulai")).isEqualTo(StepKind.START);
            for (String w : List.of("Selesai", "End", "Stop", "Finish", "SELESAI.")) {
                assertThat(Words.kindOf(w)).as(w).isEqualTo(StepKind.END);
            }
            for (String w : List.of("Jika", "Apakah", "Lengkap?", "Ya/Tidak", "Ya", "Tidak")) {
                assertThat(Words.kindOf(w)).as(w).isEqualTo(StepKind.DECISION);
            }
            for (String w : List.of("Proses", "Dokumentasi", "Pelaporan", "Mulai proses")) {
                assertThat(Words.kindOf(w)).as(w).isEqualTo(StepKind.PROCESS);
            }
        }

        @Test
        void a_row_without_a_symbol_is_an_error_on_its_line() {
            SopTextResult r = SopText.read(EXAMPLE.replace("\t\tProses\t\t1 Jam", "\t\t\t\t1 Jam"));
            assertThat(r.definition()).isEmpty();
            assertThat(r.errors()).filteredOn(d -> d.code().equals("NO_SYMBOL")).singleElement()
                    .satisfies(d -> assertThat(d.line()).isEqualTo(32));
            assertThat(r.errors()).extracting(Diagnostic::code).containsOnly("NO_SYMBOL", "UNUSED_ROLE");
        }

        @Test
        void a_simbol_annotation_overrides_the_words() {
            SopTextResult r = SopText.read(EXAMPLE.replace("\tMulai\t\tFormulir F-1.03\t15 Menit\tBerkas\t",
                    "\tTerima\t\tFormulir F-1.03\t15 Menit\tBerkas\t[Simbol: mulai]"));
            assertThat(r.orElseThrow().step(1).kind()).isEqualTo(StepKind.START);
            assertThat(r.orElseThrow().step(1).parts().get(0).label()).isEqualTo("Terima");
        }
    }

    @Nested
    @DisplayName("decisions")
    class Decisions {

        /** The example without its annotation and without row 5, which only the annotation reaches. */
        private final String inferred = EXAMPLE.replace("Ya: 3; Tidak: 5", "")
                .substring(0, EXAMPLE.replace("Ya: 3; Tidak: 5", "").lastIndexOf("\n5."));

        @Test
        void without_annotation_ya_goes_to_the_next_row_and_tidak_to_the_best_matching_earlier_row() {
            SopTextResult r = SopText.read(inferred);
            Step d = r.orElseThrow().step(2);
            assertThat(d.ifYes()).isEqualTo(OptionalInt.of(3));
            assertThat(d.ifNo()).isEqualTo(OptionalInt.of(1)); // "berkas" is shared with "Menerima berkas permohonan"
            assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("DECISION_YES_INFERRED",
                    "DECISION_NO_INFERRED");
        }

        @Test
        void the_annotation_may_be_written_in_brackets_after_a_note() {
            SopTextResult r = SopText.read(EXAMPLE.replace("Ya: 3; Tidak: 5", "Periksa KTP [Ya: 3; Tidak: 5]"));
            Step d = r.orElseThrow().step(2);
            assertThat(d.ifNo()).isEqualTo(OptionalInt.of(5));
            assertThat(d.note()).contains("Periksa KTP");
        }

        @Test
        void a_target_that_is_no_row_is_an_error_of_the_definition_on_the_decisions_line() {
            SopTextResult r = SopText.read(EXAMPLE.replace("Ya: 3; Tidak: 5", "Ya: 3; Tidak: 9"));
            assertThat(r.errors()).filteredOn(d -> d.code().equals("UNKNOWN_TARGET")).singleElement()
                    .satisfies(d -> assertThat(d.line()).isEqualTo(31));
            // a broken arrow "might go anywhere", so row 5 is not also reported unreachable (no cascade)
            assertThat(r.errors()).extracting(Diagnostic::code).containsExactly("UNKNOWN_TARGET");
        }

        @Test
        void a_time_in_prose_is_not_a_target() {
            SopTextResult r = SopText.read(EXAMPLE.replace("Ya: 3; Tidak: 5", "Tidak: 3 hari kerja [Ya: 3; Tidak: 5]"));
            assertThat(r.orElseThrow().step(2).note()).contains("Tidak: 3 hari kerja");
        }
    }

    @Nested
    @DisplayName("cancel roles")
    class CancelRoles {

        @Test
        void a_dash_means_nobody() {
            SopTextResult r = SopText.read(EXAMPLE.replace("Dapat dibatalkan oleh\tKepala Seksi",
                    "Dapat dibatalkan oleh\t-"));
            assertThat(r.orElseThrow().cancelRoles()).isEmpty();
        }

        @Test
        void without_the_line_the_most_senior_column_may_cancel_and_the_reader_says_so() {
            SopTextResult r = SopText.read(EXAMPLE.replace("Dapat dibatalkan oleh\tKepala Seksi\n", ""));
            assertThat(r.orElseThrow().cancelRoles()).containsExactly(Role.of("kepala-seksi", "Kepala Seksi"));
            assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("CANCEL_ROLE_DEFAULTED");
        }

        @Test
        void an_unknown_role_is_a_warning() {
            SopTextResult r = SopText.read(EXAMPLE.replace("Dapat dibatalkan oleh\tKepala Seksi",
                    "Dapat dibatalkan oleh\tSekretaris Daerah"));
            assertThat(r.orElseThrow().cancelRoles()).isEmpty();
            assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("CANCEL_ROLE_UNKNOWN");
        }
    }

    @Nested
    @DisplayName("the result")
    class Result {

        @Test
        void an_empty_text_has_errors_and_no_definition() {
            SopTextResult r = SopText.read("");
            assertThat(r.definition()).isEmpty();
            assertThat(r.errors()).extracting(Diagnostic::code).contains("NO_TABLE", "MISSING_NUMBER", "MISSING_NAME");
        }

        @Test
        void read_throws_a_tertib_exception_listing_the_errors_with_their_lines() {
            assertThatThrownBy(() -> SopText.parse("NO\tKEGIATAN\n")).isInstanceOf(SopTextException.class)
                    .isInstanceOf(io.github.tertib.TertibException.class)
                    .hasMessageContaining("NO_ACTOR_COLUMNS").hasMessageContaining("1:1");
        }

        @Test
        void crlf_and_a_byte_order_mark_are_read_like_lf() {
            assertThat(SopText.read("\uFEFF" + EXAMPLE.replace("\n", "\r\n")).orElseThrow())
                    .isEqualTo(SopText.parse(EXAMPLE));
        }

        @Test
        void diagnostics_are_by_line_and_print_as_line_column_severity_code() {
            Diagnostic d = new Diagnostic(Severity.WARNING, "NIP_INVALID", 7, 12, "NIP ...");
            assertThat(d).hasToString("7:12 WARNING NIP_INVALID: NIP ...");
            List<Diagnostic> all = SopText.read(V4Source.text()).diagnostics();
            assertThat(all).isSortedAccordingTo(java.util.Comparator.comparingInt(Diagnostic::line));
        }

        @Test
        void null_is_refused_with_the_name_of_the_parameter() {
            assertThatThrownBy(() -> SopText.read(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
            assertThatThrownBy(() -> SopText.format(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("definition");
        }
    }

    @Test
    void the_class_javadoc_example_compiles_and_holds() {
        SopTextResult r = SopText.read(V4Source.text());
        SopDefinition v4 = r.orElseThrow();
        String text = SopText.format(v4);
        assertThat(SopText.parse(text)).isEqualTo(v4);
        assertThat(v4).isEqualTo(io.github.tertib.catalog.PalangkaRaya.v4());
    }
}
