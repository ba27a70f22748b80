package io.github.tertib.catalog;

import io.github.tertib.sop.Nip;
import io.github.tertib.sop.Rank;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopDefinition;
import java.time.LocalDate;

/**
 * SOPs of the Pemerintah Kota Palangka Raya, built in.
 *
 * <pre>{@code
 * SopDefinition v4 = PalangkaRaya.v4();
 * v4.name();   // PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI
 * }</pre>
 *
 * <p>Every method returns the same immutable, thread-safe definition on each call.
 */
public final class PalangkaRaya {

    /** Pelaksana: the staff column. */
    public static final Role PELAKSANA = Role.of("pelaksana", "Pelaksana");
    /** Kepala Seksi: head of section. */
    public static final Role KEPALA_SEKSI = Role.of("kepala-seksi", "Kepala Seksi");
    /** Kepala Bidang: head of division. */
    public static final Role KEPALA_BIDANG = Role.of("kepala-bidang", "Kepala Bidang");
    /** Kepala Dinas: head of agency. */
    public static final Role KEPALA_DINAS = Role.of("kepala-dinas", "Kepala Dinas");
    /**
     * Pelaksanaan: the fifth actor column of V.4, headed "Pelaksanaan" (implementation) in the source;
     * kept as a role with its title as written (see docs/palangka-raya-v4.md).
     */
    public static final Role PELAKSANAAN = Role.of("pelaksanaan", "Pelaksanaan");

    private static final SopDefinition V4 = buildV4();

    private PalangkaRaya() {
    }

    /**
     * Returns SOP V.4 "Pembinaan dan Pengembangan Sumber Daya Komunikasi dan Informasi" of the Dinas
     * Komunikasi, Informatika, Statistik dan Persandian, read from its source text as
     * docs/palangka-raya-v4.md explains. Only the Kepala Dinas may cancel a case (Tertib's choice: the
     * source is silent).
     *
     * @return the definition
     */
    public static SopDefinition v4() {
        return V4;
    }

    private static SopDefinition buildV4() {
        return Sop.define("V. 4.", "PEMBINAAN DAN PENGEMBANGAN SUMBER DAYA KOMUNIKASI DAN INFORMASI")
                .identity(id -> id
                        .organization("PEMERINTAH KOTA PALANGKA RAYA",
                                "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN KOTA PALANGKA RAYA",
                                "BIDANG PENYELENGGARAAN E-GOVERNMENT",
                                "SEKSI PENGEMBANGAN APLIKASI")
                        .created(LocalDate.of(2017, 9, 11))
                        .effective(LocalDate.of(2017, 9, 11))
                        .approvedBy(Signatory.of(
                                "KEPALA DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN KOTA PALANGKA RAYA",
                                "Drs. MURNI", Rank.PEMBINA_TINGKAT_I, Nip.parse("19610923 199103 1 004")))
                        .legalBasis(
                                "Undang \u2013 Undang No 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
                                "Undang \u2013 Undang No 25 Tahun 2009 tentang Pelayanan Publik",
                                "Peraturan Pemerintah RI No 61 Tahun 2010 tentang Pelaksanaan UU No 14 Tahun 2008",
                                "Peraturan Komisi Informasi No 1 Tahun 2010 tentang Standar Layanan Informasi Publik",
                                "Perda Kota Palangka Raya No 7 Tahun 2013 tentang Transparansi Penyelegaraan"
                                        + " Pemerintahan dan Partisipasi Masyarakat")
                        .related("SOP Pengelolaan Surat Masuk dan Keluar")
                        .warning("Jika prosedur ini tidak dilaksanakan dengan baik, maka akan menghambat kegiatan"
                                + " dimaksud")
                        .qualification("Paham Tupoksi", "Mampu menggunakan Peralatan Komputer")
                        .equipment("Komputer / Laptop", "Alat Komunikasi", "Pedoman Pelaksanaan")
                        .records("Database Bidang"))
                .roles(PELAKSANA, KEPALA_SEKSI, KEPALA_BIDANG, KEPALA_DINAS, PELAKSANAAN)
                .cancelledBy(KEPALA_DINAS)
                .start(1, "Mencermati pelaksanaan yang ingin dilaksanakan")
                    .by(KEPALA_SEKSI, "Start").takes("15 Menit")
                .process(2, "Mengkonsultasikan dan mengkoordinasikan pelaksanaan kegiatan kepada Kepala Bidang dan"
                        + " Kepala Dinas")
                    .by(KEPALA_BIDANG, "Proses").by(KEPALA_DINAS, "Proses").takes("15 Menit")
                .decision(3, "Jika pelaksanaan kegiatan disetujui maka dilaksanakan dan jika pelaksanaan kegiatan"
                        + " tidak disetujui maka dikonsultasikan dan dikoordinasikan ulang kembali")
                    .by(KEPALA_SEKSI, "Jika").takes("10 Menit").ifYes(4).ifNo(2)
                    .note("Apabila identitas atau hal lain belum jelas, dapat menunggu untuk diperjelas sebelum"
                            + " proses selanjutnya")
                    .pausable()
                .process(4, "Persiapan Pelaksanaan Kegiatan").by(PELAKSANA, "Proses").takes("2400 Menit")
                .process(5, "Pelaksanaan Kegiatan").by(PELAKSANAAN, "Proses").takes("480 Menit")
                .process(6, "Pelaporan dan Dokumentasi Pelaksanaan Kegiatan")
                    .by(PELAKSANA, "Dokumentasi").by(KEPALA_SEKSI, "Pelaporan").takes("1440 Menit")
                .end(7, "Pelaksanaan Kegiatan sudah selesai dilaksanakan").by(PELAKSANAAN, "Selesai")
                .build();
    }
}
