package io.github.tertib.render;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import java.util.List;

/** Fixed definitions for the render tests: a long one that needs several pages, and one with awkward text. */
final class RenderTestDefinitions {

    private RenderTestDefinitions() {
    }

    static final List<Role> ROLES = List.of(Role.of("pemohon", "Pemohon"), Role.of("petugas", "Petugas Loket"),
            Role.of("verifikator", "Verifikator"), Role.of("kasi", "Kepala Seksi"), Role.of("kabid", "Kepala Bidang"),
            Role.of("kadis", "Kepala Dinas"));

    /**
     * Thirty steps over six roles: a decision every fifth step looping back two rows on "Tidak", one decision
     * leaving to an extra END, a process jumping over a row, a step with three parts, and long text.
     */
    static SopDefinition thirtySteps() {
        SopBuilder b = Sop.define("065/30/2026", "Pelayanan Perizinan Tiga Puluh Langkah")
                .identity(id -> id.organization("PEMERINTAH KOTA CONTOH", "DINAS PENANAMAN MODAL", "BIDANG PERIZINAN",
                        "SEKSI PELAYANAN"))
                .roles(ROLES.toArray(Role[]::new)).cancelledBy(ROLES.get(5));
        b.start(1, "Mengajukan permohonan izin").by(ROLES.get(0), "Mulai").takes("5 Menit");
        for (int n = 2; n <= 29; n++) {
            Role r = ROLES.get(n % ROLES.size());
            if (n == 12) {
                b.decision(n, "Apakah permohonan ditolak seluruhnya?").by(r, "Jika").takes("10 Menit").ifYes(13).ifNo(14);
            } else if (n == 13) {
                b.end(n, "Permohonan ditolak dan berkas dikembalikan").by(r, "Selesai");
            } else if (n % 5 == 0) {
                b.decision(n, "Apakah hasil langkah " + (n - 1) + " sudah benar dan lengkap?").by(r, "Jika")
                        .takes("15 Menit").ifYes(n + 1).ifNo(n == 25 ? 24 : n - 2).note("Bila belum lengkap, dapat menunggu");
            } else if (n == 21) {
                b.process(n, "Menyusun rancangan surat izin beserta lampiran teknis yang diperlukan oleh pemohon"
                        + " dan instansi terkait").by(ROLES.get(1), "Konsep").by(ROLES.get(2), "Periksa")
                        .by(ROLES.get(3), "Paraf").takes("2 Hari Kerja").requires("Berkas lengkap", "Hasil survei")
                        .produces("Rancangan izin");
            } else if (n == 23) {
                b.process(n, "Meneruskan berkas langsung ke penandatanganan").by(r, "Proses").takes("1 Jam").next(25);
            } else if (n == 24) {
                b.process(n, "Langkah yang dilompati oleh langkah 23 tetapi dicapai dari keputusan 25").by(r, "Proses")
                        .takes("1 Jam");
            } else {
                b.process(n, "Memproses langkah ke-" + n + " dari permohonan izin").by(r, "Proses").takes("30 Menit");
            }
        }
        b.end(30, "Izin diterbitkan").by(ROLES.get(0), "Selesai");
        return b.build();
    }
}
