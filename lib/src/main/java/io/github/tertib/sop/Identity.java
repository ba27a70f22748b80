package io.github.tertib.sop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Bagian Identitas of an SOP: its thirteen fields (PermenPAN-RB 35/2012).
 *
 * <p>The organisation path (government, agency, division, section), number as written, name, the
 * dates of creation, revision and effect, the approving {@link Signatory}, and the lists Dasar Hukum,
 * Keterkaitan, Kualifikasi Pelaksana, Peralatan/Perlengkapan and Pencatatan dan Pendataan, plus the
 * Peringatan. Built through {@link Sop#define(String, String)}:
 *
 * <pre>{@code
 * Sop.define("V. 4", "Pembinaan ...")
 *    .identity(id -> id.organization("Pemerintah Kota Palangka Raya", "Dinas ...", "Bidang ...", "Seksi ...")
 *                      .created(LocalDate.of(2017, 9, 11)).effective(LocalDate.of(2017, 9, 11))
 *                      .legalBasis("UU No 14 Tahun 2008 ...").warning("..."))
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value. Absent text fields are empty strings; absent dates
 * and the signatory are {@link Optional#empty()}.
 */
public final class Identity {

    private final String government;
    private final String agency;
    private final String division;
    private final String section;
    private final String number;
    private final String name;
    private final LocalDate created;
    private final LocalDate revised;
    private final LocalDate effective;
    private final Signatory approvedBy;
    private final List<String> legalBases;
    private final List<String> related;
    private final String warning;
    private final List<String> qualifications;
    private final List<String> equipment;
    private final List<String> records;

    private Identity(Builder b) {
        this.government = b.government;
        this.agency = b.agency;
        this.division = b.division;
        this.section = b.section;
        this.number = b.number;
        this.name = b.name;
        this.created = b.created;
        this.revised = b.revised;
        this.effective = b.effective;
        this.approvedBy = b.approvedBy;
        this.legalBases = List.copyOf(b.legalBases);
        this.related = List.copyOf(b.related);
        this.warning = b.warning;
        this.qualifications = List.copyOf(b.qualifications);
        this.equipment = List.copyOf(b.equipment);
        this.records = List.copyOf(b.records);
    }

    /**
     * Returns an identity with only a number and a name; the other fields are empty.
     *
     * @param number the Nomor SOP as written
     * @param name the Nama SOP
     * @return the identity
     */
    public static Identity of(String number, String name) {
        return new Builder(number, name).build();
    }

    /** Returns the government, such as {@code PEMERINTAH KOTA PALANGKA RAYA}; empty if not given. */
    public String government() {
        return government;
    }

    /** Returns the agency (instansi), such as {@code DINAS KOMUNIKASI, ...}; empty if not given. */
    public String agency() {
        return agency;
    }

    /** Returns the division (bidang); empty if not given. */
    public String division() {
        return division;
    }

    /** Returns the section (seksi); empty if not given. */
    public String section() {
        return section;
    }

    /** Returns the organisation path, government to section, leaving out empty levels. */
    public List<String> organization() {
        List<String> path = new ArrayList<>(4);
        for (String s : new String[] {government, agency, division, section}) {
            if (!s.isEmpty()) {
                path.add(s);
            }
        }
        return List.copyOf(path);
    }

    /** Returns the Nomor SOP as written, such as {@code V. 4.}. */
    public String number() {
        return number;
    }

    /** Returns the Nama SOP. */
    public String name() {
        return name;
    }

    /** Returns the Tanggal Pembuatan, if given. */
    public Optional<LocalDate> created() {
        return Optional.ofNullable(created);
    }

    /** Returns the Tanggal Revisi, if any (a document's "-" means none). */
    public Optional<LocalDate> revised() {
        return Optional.ofNullable(revised);
    }

    /** Returns the Tanggal Efektif (also written Tgl Pengesahan), if given. */
    public Optional<LocalDate> effective() {
        return Optional.ofNullable(effective);
    }

    /** Returns the official who approved the SOP (Disahkan oleh), if given. */
    public Optional<Signatory> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /** Returns the Dasar Hukum, in order. */
    public List<String> legalBases() {
        return legalBases;
    }

    /** Returns the Keterkaitan: related SOPs, in order. */
    public List<String> related() {
        return related;
    }

    /** Returns the Peringatan; empty if not given. */
    public String warning() {
        return warning;
    }

    /** Returns the Kualifikasi Pelaksana, in order. */
    public List<String> qualifications() {
        return qualifications;
    }

    /** Returns the Peralatan/Perlengkapan, in order. */
    public List<String> equipment() {
        return equipment;
    }

    /** Returns the Pencatatan dan Pendataan, in order. */
    public List<String> records() {
        return records;
    }

    /** Returns a builder holding this identity's fields, for a changed copy. */
    Builder toBuilder() {
        Builder b = new Builder(number, name);
        b.government = government;
        b.agency = agency;
        b.division = division;
        b.section = section;
        b.created = created;
        b.revised = revised;
        b.effective = effective;
        b.approvedBy = approvedBy;
        b.legalBases.addAll(legalBases);
        b.related.addAll(related);
        b.warning = warning;
        b.qualifications.addAll(qualifications);
        b.equipment.addAll(equipment);
        b.records.addAll(records);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identity i && i.government.equals(government) && i.agency.equals(agency)
                && i.division.equals(division) && i.section.equals(section) && i.number.equals(number)
                && i.name.equals(name) && Objects.equals(i.created, created) && Objects.equals(i.revised, revised)
                && Objects.equals(i.effective, effective) && Objects.equals(i.approvedBy, approvedBy)
                && i.legalBases.equals(legalBases) && i.related.equals(related) && i.warning.equals(warning)
                && i.qualifications.equals(qualifications) && i.equipment.equals(equipment)
                && i.records.equals(records);
    }

    @Override
    public int hashCode() {
        return Objects.hash(government, agency, division, section, number, name, created, revised, effective,
                approvedBy, legalBases, related, warning, qualifications, equipment, records);
    }

    /** Returns the number and name, such as {@code SOP V. 4. PEMBINAAN ...}. */
    @Override
    public String toString() {
        return "SOP " + number + " " + name;
    }

    /**
     * Fills the identity fields of an SOP being defined; reached through
     * {@link SopBuilder#identity(java.util.function.Consumer)}. List fields add to what is there.
     */
    public static final class Builder {
        private String government = "";
        private String agency = "";
        private String division = "";
        private String section = "";
        private final String number;
        private final String name;
        private LocalDate created;
        private LocalDate revised;
        private LocalDate effective;
        private Signatory approvedBy;
        private final List<String> legalBases = new ArrayList<>();
        private final List<String> related = new ArrayList<>();
        private String warning = "";
        private final List<String> qualifications = new ArrayList<>();
        private final List<String> equipment = new ArrayList<>();
        private final List<String> records = new ArrayList<>();

        Builder(String number, String name) {
            this.number = text(number, "number");
            this.name = text(name, "name");
            if (this.number.isEmpty()) {
                throw new IllegalArgumentException("the SOP number is blank: write it as the document does, such as \"V. 4\"");
            }
            if (this.name.isEmpty()) {
                throw new IllegalArgumentException("the SOP name is blank: write its Nama SOP");
            }
        }

        private static String text(String s, String what) {
            return Objects.requireNonNull(s, what).strip();
        }

        private static void addAll(List<String> into, String[] items, String what) {
            Objects.requireNonNull(items, what);
            for (String item : items) {
                String t = text(item, what);
                if (t.isEmpty()) {
                    throw new IllegalArgumentException("an item of " + what + " is blank: leave it out or write it");
                }
                into.add(t);
            }
        }

        /**
         * Sets the organisation path (government, agency, division, section); any level may be empty.
         *
         * @param government such as {@code Pemerintah Kota Palangka Raya}
         * @param agency such as {@code Dinas Komunikasi, Informatika, Statistik dan Persandian}
         * @param division such as {@code Bidang Penyelenggaraan E-Government}
         * @param section such as {@code Seksi Pengembangan Aplikasi}
         * @return this builder
         */
        public Builder organization(String government, String agency, String division, String section) {
            this.government = text(government, "government");
            this.agency = text(agency, "agency");
            this.division = text(division, "division");
            this.section = text(section, "section");
            return this;
        }

        /**
         * Sets the Tanggal Pembuatan.
         *
         * @param date the date the SOP was finished
         * @return this builder
         */
        public Builder created(LocalDate date) {
            this.created = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the Tanggal Revisi.
         *
         * @param date the date revised (or planned for review)
         * @return this builder
         */
        public Builder revised(LocalDate date) {
            this.revised = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the Tanggal Efektif.
         *
         * @param date the date it takes effect
         * @return this builder
         */
        public Builder effective(LocalDate date) {
            this.effective = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the approving official (Disahkan oleh).
         *
         * @param signatory the official
         * @return this builder
         */
        public Builder approvedBy(Signatory signatory) {
            this.approvedBy = Objects.requireNonNull(signatory, "signatory");
            return this;
        }

        /**
         * Adds to the Dasar Hukum.
         *
         * @param items legal bases, in order
         * @return this builder
         */
        public Builder legalBasis(String... items) {
            addAll(legalBases, items, "legal basis");
            return this;
        }

        /**
         * Adds to the Keterkaitan.
         *
         * @param items related SOPs, in order
         * @return this builder
         */
        public Builder related(String... items) {
            addAll(related, items, "related SOPs");
            return this;
        }

        /**
         * Sets the Peringatan.
         *
         * @param text what happens if the SOP is not followed
         * @return this builder
         */
        public Builder warning(String text) {
            this.warning = text(text, "warning");
            return this;
        }

        /**
         * Adds to the Kualifikasi Pelaksana.
         *
         * @param items qualifications, in order
         * @return this builder
         */
        public Builder qualification(String... items) {
            addAll(qualifications, items, "qualifications");
            return this;
        }

        /**
         * Adds to the Peralatan/Perlengkapan.
         *
         * @param items equipment, in order
         * @return this builder
         */
        public Builder equipment(String... items) {
            addAll(equipment, items, "equipment");
            return this;
        }

        /**
         * Adds to the Pencatatan dan Pendataan.
         *
         * @param items records kept, in order
         * @return this builder
         */
        public Builder records(String... items) {
            addAll(records, items, "records");
            return this;
        }

        Identity build() {
            return new Identity(this);
        }
    }
}
