package io.github.tertib.sop;

import static io.github.tertib.catalog.PalangkaRaya.KEPALA_BIDANG;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_DINAS;
import static io.github.tertib.catalog.PalangkaRaya.KEPALA_SEKSI;
import static io.github.tertib.catalog.PalangkaRaya.PELAKSANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tertib.catalog.PalangkaRaya;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepTest {

    private final SopDefinition v4 = PalangkaRaya.v4();

    @Test
    void a_decision_has_its_two_targets_one_part_its_time_note_and_pause() {
        Step s = v4.step(3);
        assertThat(s.number()).isEqualTo(3);
        assertThat(s.kind()).isEqualTo(StepKind.DECISION);
        assertThat(s.activity()).startsWith("Jika pelaksanaan kegiatan disetujui");
        assertThat(s.ifYes()).hasValue(4);
        assertThat(s.ifNo()).hasValue(2);
        assertThat(s.next()).isEmpty();
        assertThat(s.successors()).containsExactly(4, 2);
        assertThat(s.parts()).containsExactly(Assignment.of(KEPALA_SEKSI, "Jika"));
        assertThat(s.time()).contains(TimeStandard.parse("10 Menit"));
        assertThat(s.note()).hasValueSatisfying(n -> assertThat(n).startsWith("Apabila identitas"));
        assertThat(s.isPausable()).isTrue();
        assertThat(s.standard().requirements()).isEmpty();
        assertThat(s.standard().outputs()).isEmpty();
    }

    @Test
    void a_step_answers_where_it_leads_a_decision_by_its_answer_others_whatever_the_answer() {
        assertThat(v4.step(3).target(Answer.YES)).isEqualTo(4);
        assertThat(v4.step(3).target(Answer.NO)).isEqualTo(2);
        assertThat(v4.step(1).target(Answer.YES)).isEqualTo(2);
        assertThat(v4.step(1).target(Answer.NO)).isEqualTo(2);
        Step end = v4.steps().get(v4.steps().size() - 1);
        assertThat(end.kind()).isEqualTo(StepKind.END);
        assertThatThrownBy(() -> end.target(Answer.YES)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("leads nowhere");
    }

    @Test
    void flags_are_a_set_that_agrees_with_the_flag_queries() {
        Step s = v4.step(3);
        assertThat(s.flags()).containsExactly(Step.Flag.PAUSABLE);
        assertThat(s.has(Step.Flag.PAUSABLE)).isTrue();
        assertThat(s.has(Step.Flag.DEFINITIVE_ONLY)).isEqualTo(s.isDefinitiveOnly()).isFalse();
        assertThatThrownBy(() -> s.flags().add(Step.Flag.SEPARATE_ACTORS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parts_are_in_the_order_of_the_role_columns_whatever_order_they_were_written_in() {
        assertThat(v4.step(2).roles()).containsExactly(KEPALA_BIDANG, KEPALA_DINAS);
        // written Pelaksana then Kepala Seksi, which is also column order
        assertThat(v4.step(6).parts()).containsExactly(Assignment.of(PELAKSANA, "Dokumentasi"),
                Assignment.of(KEPALA_SEKSI, "Pelaporan"));
        Role a = Role.of("a", "A");
        Role b = Role.of("b", "B");
        SopDefinition d = Sop.define("T.1", "Urutan").roles(a, b)
                .start(1, "Menerima").by(b, "Kedua").by(a, "Pertama").takes("1 Menit")
                .end(2, "Selesai").build();
        assertThat(d.step(1).roles()).containsExactly(a, b);
    }

    @Test
    void finds_the_part_of_a_role() {
        Step s = v4.step(6);
        assertThat(s.part(KEPALA_SEKSI)).contains(Assignment.of(KEPALA_SEKSI, "Pelaporan"));
        assertThat(s.part(KEPALA_DINAS)).isEmpty();
    }

    @Test
    void a_process_goes_to_its_next_step_and_an_end_goes_nowhere() {
        assertThat(v4.step(1).next()).hasValue(2);
        assertThat(v4.step(1).successors()).containsExactly(2);
        Step end = v4.step(7);
        assertThat(end.kind()).isEqualTo(StepKind.END);
        assertThat(end.next()).isEmpty();
        assertThat(end.successors()).isEmpty();
        assertThat(end.time()).isEmpty();
        assertThat(end.note()).isEmpty();
        assertThat(end.parts()).containsExactly(Assignment.of(PalangkaRaya.PELAKSANAAN, "Selesai"));
    }

    @Test
    void carries_its_requirements_outputs_flags_and_guards() {
        Role kasi = Role.of("kasi", "Kepala Seksi");
        Guard weekdays = Guard.of("only on weekdays", a -> true);
        SopDefinition d = Sop.define("T.1", "Bendera").roles(kasi)
                .start(1, "Menerima").by(kasi, "Mulai").takes("1 Menit").requires("Surat", "KTP").produces("Tanda terima")
                    .definitiveOnly().separateActors().guard(weekdays)
                .end(2, "Selesai").build();
        Step s = d.step(1);
        assertThat(s.standard().requirements()).containsExactly("Surat", "KTP");
        assertThat(s.standard().outputs()).containsExactly("Tanda terima");
        assertThat(s.isDefinitiveOnly()).isTrue();
        assertThat(s.requiresSeparateActors()).isTrue();
        assertThat(s.isPausable()).isFalse();
        assertThat(s.guards()).containsExactly(weekdays);
        Guard.Attempt attempt = new Guard.Attempt(s, kasi, "staf-1", Capacity.DEFINITIVE, Instant.EPOCH, Map.of());
        assertThat(s.guards().get(0).permits(attempt)).isTrue();
    }

    @Test
    void prints_one_line_that_shortens_a_long_activity() {
        assertThat(v4.step(3)).hasToString("3 DECISION \"Jika pelaksanaan kegiatan disetujui m...\" [Kepala Seksi: Jika]"
                + " 10 Menit Ya\u21924 Tidak\u21922 pausable");
        assertThat(v4.step(4)).hasToString("4 PROCESS \"Persiapan Pelaksanaan Kegiatan\" [Pelaksana: Proses] 2400 Menit"
                + " \u21925");
        assertThat(v4.step(7)).hasToString("7 END \"Pelaksanaan Kegiatan sudah selesai di...\""
                + " [Pelaksanaan: Selesai]");
    }
}
