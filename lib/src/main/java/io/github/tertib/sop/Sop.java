package io.github.tertib.sop;

/**
 * The entry to Tertib's definition DSL.
 *
 * <pre>{@code
 * Role kasi = Role.of("kepala-seksi", "Kepala Seksi");
 * Role kabid = Role.of("kepala-bidang", "Kepala Bidang");
 * SopDefinition sop = Sop.define("A.1", "Penerbitan Surat Keterangan")
 *     .roles(kasi, kabid)
 *     .start(1, "Menerima permohonan").by(kasi, "Mulai").takes("15 Menit")
 *     .process(2, "Menandatangani surat").by(kabid, "Proses").takes("1 Jam")
 *     .end(3, "Surat diserahkan").by(kasi, "Selesai")
 *     .build();
 * }</pre>
 *
 * <p>To change an existing definition, start from {@link SopDefinition#toBuilder()}.
 */
public final class Sop {

    private Sop() {
    }

    /**
     * Starts the definition of an SOP with the given number and name.
     *
     * @param number the Nomor SOP as written, such as {@code "V. 4"}
     * @param name the Nama SOP
     * @return a new builder
     */
    public static SopBuilder define(String number, String name) {
        return new SopBuilder(new Identity.Builder(number, name));
    }
}
