package io.github.tertib.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tertib.catalog.PalangkaRaya;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Problem;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.TimeBounds;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The examples of docs/guide.md, repeated so that they compile and do what the guide says. */
class GuideExamplesTest {

    private final Role staf = Role.of("pelaksana", "Pelaksana");
    private final Role kasi = Role.of("kepala-seksi", "Kepala Seksi");
    private final Role kabid = Role.of("kepala-bidang", "Kepala Bidang");

    @Test
    void defining_an_sop() {
        SopDefinition sop = Sop.define("B.2", "Penerbitan Rekomendasi Teknis")
            .identity(id -> id
                .organization("Pemerintah Kota Palangka Raya", "Dinas Komunikasi dan Informatika",
                              "Bidang Aplikasi Informatika", "Seksi Tata Kelola")
                .created(LocalDate.of(2026, 1, 5)).effective(LocalDate.of(2026, 2, 1))
                .approvedBy(Signatory.of("Kepala Dinas Komunikasi dan Informatika", "Drs. MURNI",
                                         Rank.PEMBINA_TINGKAT_I, Nip.parse("19610923 199103 1 004")))
                .legalBasis("Peraturan Menteri PAN-RB No. 35 Tahun 2012")
                .warning("Jika tidak dilaksanakan, rekomendasi terlambat terbit")
                .qualification("Memahami tata kelola TIK")
                .equipment("Komputer", "Printer")
                .records("Buku agenda"))
            .roles(staf, kasi, kabid)
            .cancelledBy(kabid)
            .start(1, "Menerima permohonan rekomendasi").by(staf, "Mulai").takes("15 Menit")
                .requires("Surat permohonan").produces("Berkas permohonan")
            .decision(2, "Apakah berkas lengkap?").by(kasi, "Jika").takes("30 Menit").ifYes(3).ifNo(1)
                .note("Berkas yang tidak lengkap dikembalikan kepada pemohon").pausable()
            .process(3, "Menyusun dan memaraf konsep rekomendasi").by(staf, "Konsep").by(kasi, "Paraf")
                .takes("1-2 Hari Kerja").separateActors()
            .process(4, "Menandatangani rekomendasi").by(kabid, "Proses").takes("1 Jam").definitiveOnly()
            .end(5, "Rekomendasi diserahkan").by(staf, "Selesai")
            .build();

        assertThat(sop.steps()).hasSize(5);
        assertThat(sop.step(1).next()).hasValue(2);
        assertThat(sop.step(2).ifNo()).hasValue(1);
        assertThat(sop.step(2).isPausable()).isTrue();
        assertThat(sop.step(3).parts()).hasSize(2);
        assertThat(sop.step(3).requiresSeparateActors()).isTrue();
        assertThat(sop.step(3).time().orElseThrow().duration()).isEqualTo(Duration.ofMinutes(960));
        assertThat(sop.step(4).isDefinitiveOnly()).isTrue();
        assertThat(sop.step(1).standard().requirements()).containsExactly("Surat permohonan");
        assertThat(sop.cancelRoles()).containsExactly(kabid);
        assertThat(sop.warnings()).isEmpty();
        assertThat(sop.nominalStandardTime()).isEqualTo(Duration.ofMinutes(15 + 30 + 960 + 60));
        assertThat(sop.toBuilder().build()).isEqualTo(sop);
    }

    @Test
    void build_reports_every_problem() {
        InvalidSopException e = catchThrowableOfType(InvalidSopException.class, () ->
            Sop.define("X.1", "Contoh").roles(kasi)
                .start(1, "Menerima berkas").by(kasi, "Mulai").takes("15 Menit")
                .decision(2, "Apakah lengkap?").by(kasi, "Jika").takes("10 Menit").ifYes(3)
                .build());
        assertThat(e.problems()).extracting(Problem::code)
                .containsExactly(ProblemCode.NO_END, ProblemCode.UNKNOWN_TARGET, ProblemCode.DECISION_WITHOUT_NO);
        assertThat(e.getMessage()).contains("3 problems").contains("1. [NO_END]").contains("add .ifNo(n)");
    }

    @Test
    void style_rules_are_warnings() {
        SopDefinition d = Sop.define("X.2", "Contoh").roles(kasi)
                .start(1, "Petugas menerima berkas").by(kasi, "Mulai")
                .end(2, "Selesai").by(kasi, "Selesai")
                .build();
        assertThat(d.warnings()).extracting(Problem::code)
                .containsExactlyInAnyOrder(ProblemCode.MISSING_TIME, ProblemCode.ACTIVITY_HAS_SUBJECT);
    }

    @Test
    void asking_a_definition() {
        SopDefinition v4 = PalangkaRaya.v4();
        assertThat(v4.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(v4.step(3).ifNo()).hasValue(2);
        assertThat(v4.role("kepala-seksi")).hasToString("Kepala Seksi (kepala-seksi)");
        assertThat(v4.startStep().number()).isEqualTo(1);
        assertThat(v4.successors(3)).extracting(Step::number).containsExactly(4, 2);
        assertThat(v4.happyPath()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(v4.nominalStandardTime()).isEqualTo(Duration.ofMinutes(4360));
        TimeBounds oneToThree = v4.standardTimeBetween(1, 3).orElseThrow();
        assertThat(oneToThree.minimum()).isEqualTo(Duration.ofMinutes(30));
        assertThat(oneToThree.maximum()).contains(Duration.ofMinutes(30));
        TimeBounds oneToFour = v4.standardTimeBetween(1, 4).orElseThrow();
        assertThat(oneToFour.minimum()).isEqualTo(Duration.ofMinutes(40));
        assertThat(oneToFour.isBounded()).isFalse();
    }
}
