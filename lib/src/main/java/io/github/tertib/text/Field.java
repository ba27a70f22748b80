package io.github.tertib.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labelled fields of the identity block, with the label variants that real SOPs use. The first
 * label of each field is the one {@link TextWriter} writes.
 */
enum Field {
    NUMBER(Kind.SCALAR, "Nomor SOP", "nomor", "nomor sop ap", "nomor prosedur"),
    CREATED(Kind.DATE, "Tanggal Pembuatan", "tanggal dibuat", "dibuat tanggal", "tanggal penyusunan"),
    REVISED(Kind.DATE, "Tanggal Revisi", "revisi", "tanggal perubahan"),
    EFFECTIVE(Kind.DATE, "Tanggal Efektif", "tanggal pengesahan", "tanggal disahkan", "tanggal berlaku",
            "tanggal efektif berlaku"),
    APPROVED_BY(Kind.SIGNATORY, "Disahkan oleh", "disahkan", "pengesahan", "mengesahkan"),
    NAME(Kind.SCALAR, "Nama SOP", "judul sop", "nama prosedur", "nama sop ap"),
    LEGAL_BASES(Kind.LIST, "Dasar Hukum", "landasan hukum"),
    RELATED(Kind.LIST, "Keterkaitan", "keterkaitan sop", "keterkaitan dengan sop lain", "keterkaitan sop lain",
            "sop terkait", "keterkaitan dengan sop"),
    WARNING(Kind.SCALAR, "Peringatan"),
    QUALIFICATIONS(Kind.LIST, "Kualifikasi Pelaksana", "kualifikasi", "kualifikasi pelaksanaan"),
    EQUIPMENT(Kind.LIST, "Peralatan/Perlengkapan", "peralatan", "perlengkapan", "peralatan dan perlengkapan",
            "perlengkapan/peralatan", "peralatan perlengkapan", "perlengkapan dan peralatan"),
    RECORDS(Kind.LIST, "Pencatatan dan Pendataan", "pencatatan/pendataan", "pencatatan", "pendataan",
            "pencatatan pendataan", "pendataan dan pencatatan"),
    CANCEL(Kind.ROLES, "Dapat dibatalkan oleh", "dibatalkan oleh", "pembatalan oleh"),
    GOVERNMENT(Kind.SCALAR, "Pemerintah"),
    AGENCY(Kind.SCALAR, "Instansi", "unit kerja", "satuan kerja"),
    DIVISION(Kind.SCALAR, "Bidang", "bagian"),
    SECTION(Kind.SCALAR, "Seksi", "sub bagian", "subbagian", "sub bidang", "subbidang");

    /** How a field's value is read. */
    enum Kind {
        SCALAR, DATE, SIGNATORY, LIST, ROLES
    }

    private static final Map<String, Field> BY_LABEL = new HashMap<>();

    static {
        for (Field f : values()) {
            BY_LABEL.put(normalize(f.label), f);
            for (String v : f.variants) {
                BY_LABEL.put(normalize(v), f);
            }
        }
    }

    final Kind kind;
    final String label;
    private final String[] variants;

    Field(Kind kind, String label, String... variants) {
        this.kind = kind;
        this.label = label;
        this.variants = variants;
    }

    /**
     * Normalises a label as written: case, bold markup, a trailing colon, "Tgl"/"Tgl." for Tanggal,
     * "No."/"No" for Nomor, "&amp;" for "dan", spaces around "/", other punctuation.
     */
    static String normalize(String label) {
        String s = label.replace("**", " ").toLowerCase(Locale.ROOT);
        s = Markup.collapse(s);
        s = s.replaceAll("[:\uff1a.]+$", "");
        s = s.replace("&", " dan ");
        s = s.replaceAll("\\btgl\\b\\.?", "tanggal");
        s = s.replaceAll("^no\\b\\.?", "nomor");
        s = s.replaceAll("\\s*/\\s*", "/");
        s = s.replaceAll("[^\\p{L}\\p{N}/ ]", " ");
        return Markup.collapse(s);
    }

    /** Returns the field a label names, if it names one. */
    static Optional<Field> of(String label) {
        if (label.length() > 60) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_LABEL.get(normalize(label)));
    }

    /** Whether the field belongs to the organisation path (normally written as heading lines). */
    boolean isOrganization() {
        return this == GOVERNMENT || this == AGENCY || this == DIVISION || this == SECTION;
    }
}
