package io.github.tertib.testkit;

import io.github.tertib.sop.Role;
import java.time.LocalDate;
import java.util.List;

/** The words and values the SOP generators draw from: titles, activities, labels, times, identities. */
final class GeneratorWords {

    private GeneratorWords() {
    }

    /** Role titles, the simplest first; ids are made from them. None opens an activity of the pools below. */
    static final List<String> ROLE_TITLES = List.of("Pelaksana", "Kepala Seksi", "Kepala Bidang",
            "Kepala Dinas", "Sekretaris", "Kepala Sub Bagian Umum", "Bendahara", "Operator Layanan", "Verifikator",
            "Analis Kebijakan", "Pengelola Arsip", "Kepala Unit Layanan");

    /** A role that parts use but that is never declared (planted UNDECLARED_ROLE). */
    static final Role OUTSIDER = Role.of("pihak-luar", "Pihak Luar");
    /** A role that is declared but never used (planted UNUSED_ROLE). */
    static final Role BYSTANDER = Role.of("pengawas-internal", "Pengawas Internal");
    /** A role named to cancel but never declared (planted UNDECLARED_CANCEL_ROLE). */
    static final Role CANCELLER = Role.of("inspektur", "Inspektur");

    static final List<String> START_ACTIVITIES = List.of("Menerima berkas permohonan",
            "Mencermati surat masuk", "Menerima laporan pengaduan", "Mengajukan usulan kegiatan");
    static final List<String> PROCESS_ACTIVITIES = List.of("Memeriksa kelengkapan berkas",
            "Menyusun konsep surat", "Memberi paraf pada konsep", "Menandatangani surat", "Mengagendakan surat keluar",
            "Mengunggah dokumen ke aplikasi", "Menyusun laporan kegiatan", "Mendistribusikan surat",
            "Melakukan verifikasi data", "Mengarsipkan dokumen");
    static final List<String> DECISION_ACTIVITIES = List.of("Apakah berkas lengkap?",
            "Apakah konsep disetujui?", "Apakah data sesuai?",
            "Jika disetujui maka dilanjutkan, jika tidak maka diperbaiki");
    static final List<String> END_ACTIVITIES = List.of("Surat diserahkan kepada pemohon",
            "Laporan diarsipkan", "Kegiatan selesai dilaksanakan");
    /** Activities that open with a subject: each draws the ACTIVITY_HAS_SUBJECT warning. */
    static final List<String> SUBJECT_ACTIVITIES = List.of("Petugas memeriksa kelengkapan berkas",
            "Kami menyusun laporan kegiatan", "Pemohon menerima surat");

    static final List<String> START_LABELS = List.of("Mulai", "Start");
    static final List<String> PROCESS_LABELS = List.of("Proses", "Dokumentasi", "Pelaporan", "Verifikasi",
            "Paraf", "Tanda tangan");
    static final List<String> DECISION_LABELS = List.of("Jika", "Keputusan");
    static final List<String> END_LABELS = List.of("Selesai", "End");

    static final List<String> UNIT_WORDS = List.of("Menit", "Jam", "Hari", "Hari Kerja", "Minggu", "Bulan",
            "mnt", "Pekan");
    static final long[] UNIT_MAX = {600, 48, 30, 30, 8, 12, 600, 8};
    static final List<String> RANGE_SEPARATORS = List.of("-", " - ", "\u2013", " \u2013 ", " s.d. ", " s/d ",
            " sampai ", " sampai dengan ", "\u2014");
    static final List<String> UNREADABLE_TIMES = List.of("sebentar", "15", "Menit", "15 Detik",
            "lima belas menit", "1,5 Jam", "-5 Menit", "30-15 Menit", "2000000 Menit", "", "15 Menit lebih");
    static final List<String> ZERO_TIMES = List.of("0 Menit", "0 Jam", "0 Hari Kerja", "0-0 Hari",
            "0 s.d. 0 Minggu");

    static final List<String> REQUIREMENTS = List.of("Surat permohonan", "Kartu identitas",
            "Formulir isian", "Disposisi pimpinan", "Data pendukung");
    static final List<String> OUTPUTS = List.of("Konsep surat", "Berita acara", "Laporan", "Surat keluar",
            "Arsip digital");
    static final List<String> NOTES = List.of("Dapat ditunda sampai berkas lengkap",
            "Dikoordinasikan dengan bidang terkait", "Dicatat dalam buku agenda");

    static final List<String> SOP_PREFIXES = List.of("A", "B", "V", "KP", "UM");
    static final List<String> SOP_NAMES = List.of("Penerbitan Surat Keterangan", "Pengelolaan Surat Masuk",
            "Pelayanan Informasi Publik", "Pembinaan Sumber Daya Komunikasi", "Pengadaan Barang Habis Pakai");
    static final List<String> POSTS = List.of("Kepala Dinas Komunikasi dan Informatika",
            "Sekretaris Daerah", "Kepala Badan Kepegawaian Daerah");
    static final List<String> NAMES = List.of("Drs. MURNI", "Ir. SITI AMINAH, M.T.", "BUDI SANTOSO, S.Kom.");
    static final List<String> GOVERNMENTS = List.of("Pemerintah Kota Palangka Raya",
            "Pemerintah Kabupaten Sleman");
    static final List<String> AGENCIES = List.of("Dinas Komunikasi dan Informatika",
            "Badan Kepegawaian Daerah");
    static final List<String> LEGAL_BASES = List.of(
            "Undang-Undang No 25 Tahun 2009 tentang Pelayanan Publik",
            "Undang-Undang No 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "Peraturan Menteri PAN-RB No 35 Tahun 2012");
    static final List<String> LIST_ITEMS = List.of("Komputer", "Printer", "Buku agenda", "Paham Tupoksi",
            "Database bidang");

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST_BIRTH = LocalDate.of(2005, 12, 31);
    static final LocalDate EARLIEST_DATE = LocalDate.of(2010, 1, 1);
}
