package io.github.tertib.testkit;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.StepKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An SOP's step table as plain data: a script for {@link Sop#define(String, String)} that a test can
 * build, print and change. It may hold anything the DSL accepts, mistakes included (blank activities,
 * unreadable times, targets that point nowhere), so it is how {@link SopGenerators} describes both valid
 * and broken definitions.
 *
 * <pre>{@code
 * StepTable table = SopGenerators.stepTables().generate(Choices.from(new SplittableRandom(7)));
 * System.out.println(table);                 // the table, one row per line
 * try { SopDefinition d = table.build(); }
 * catch (InvalidSopException e) { e.problems(); }
 * }</pre>
 *
 * <p>{@link #toString()} prints the table one row per line, so that a property that fails on a table
 * shows the (shrunk) table readably. Immutable and thread-safe; equal by value.
 *
 * @param number the Nomor SOP, not blank
 * @param name the Nama SOP, not blank
 * @param header the other fields of the identity section
 * @param roles the roles declared, in column order (possibly with mistakes: repeated ids)
 * @param cancelRoles the roles given to {@code cancelledBy(...)}
 * @param rows the rows, in the order they are written
 */
public record StepTable(String number, String name, Header header, List<Role> roles, List<Role> cancelRoles,
        List<Row> rows) {

    /** The description of the guard that {@link Flag#GUARDED} adds; the guard permits every attempt. */
    public static final String GUARD_DESCRIPTION = "selalu diizinkan (testkit)";

    /**
     * Checks that nothing is null and the number and name are not blank, and copies the lists.
     *
     * @param number the Nomor SOP
     * @param name the Nama SOP
     * @param header the identity fields
     * @param roles the roles declared
     * @param cancelRoles the roles that may cancel
     * @param rows the rows
     */
    public StepTable {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(header, "header");
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
        cancelRoles = List.copyOf(Objects.requireNonNull(cancelRoles, "cancelRoles"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        if (number.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a step table needs a number and a name that are not blank, found \""
                    + number + "\" and \"" + name + "\"");
        }
    }

    /**
     * Returns the step table of a definition: its identity fields, roles, cancel roles and one row per
     * step, with an explicit next step only where it is not the following step. Building the table gives
     * an equal definition, except for guards: a table holds no predicates, so a step's guards become the
     * {@link Flag#GUARDED} flag, whose guard permits everything.
     *
     * <pre>{@code
     * System.out.println(StepTable.from(PalangkaRaya.v4()));   // SOP V.4 as a table, one row per step
     * }</pre>
     *
     * @param definition the SOP
     * @return its table
     */
    public static StepTable from(SopDefinition definition) {
        return StepTableScript.tableOf(Objects.requireNonNull(definition, "definition"));
    }

    /**
     * Returns a copy with the given rows.
     *
     * @param rows the new rows
     * @return the copy
     */
    public StepTable withRows(List<Row> rows) {
        return new StepTable(number, name, header, roles, cancelRoles, rows);
    }

    /**
     * Returns a copy with the given roles declared.
     *
     * @param roles the new roles
     * @return the copy
     */
    public StepTable withRoles(List<Role> roles) {
        return new StepTable(number, name, header, roles, cancelRoles, rows);
    }

    /**
     * Returns a copy with the given cancel roles.
     *
     * @param cancelRoles the new roles that may cancel
     * @return the copy
     */
    public StepTable withCancelRoles(List<Role> cancelRoles) {
        return new StepTable(number, name, header, roles, cancelRoles, rows);
    }

    /**
     * Writes the table with Tertib's DSL, without building it.
     *
     * @return a builder holding every row; its {@code build()} checks them
     */
    public SopBuilder toBuilder() {
        return StepTableScript.builderOf(this);
    }

    /**
     * Builds the definition the table describes.
     *
     * @return the checked definition
     * @throws InvalidSopException if the table breaks a rule of the format; never anything else
     */
    public SopDefinition build() {
        return toBuilder().build();
    }

    /**
     * Returns the table as text: the SOP, its roles and identity fields, then one line per row with the
     * columns No, kind, Kegiatan, parts (role id: label), Waktu, where it goes (blank for the next row
     * by number) and the rest (flags, Kelengkapan, Output, Keterangan).
     */
    @Override
    public String toString() {
        return StepTableText.of(this);
    }

    /** A flag the DSL can set on a step. */
    public enum Flag {
        /** {@code pausable()}. */
        PAUSABLE,
        /** {@code definitiveOnly()}. */
        DEFINITIVE_ONLY,
        /** {@code separateActors()}. */
        SEPARATE_ACTORS,
        /** {@code guard(...)} with a guard described {@link StepTable#GUARD_DESCRIPTION} that permits everything. */
        GUARDED;

        String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One part of a row: a role and the label in its cell. Unlike {@link io.github.tertib.sop.Assignment}
     * the label may be blank, as a table with mistakes may have it.
     *
     * @param role the role
     * @param label the label as written
     */
    public record Part(Role role, String label) {

        /**
         * Checks that nothing is null.
         *
         * @param role the role
         * @param label the label
         */
        public Part {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(label, "label");
        }

        /** Returns {@code role-id: label}. */
        @Override
        public String toString() {
            return role.id() + ": " + (label.isBlank() ? "\"" + label + "\"" : label);
        }
    }

    /**
     * One row of the table: what the DSL writes for one step.
     *
     * @param number the step number (No)
     * @param kind the kind, which picks {@code start}, {@code process}, {@code decision} or {@code end}
     * @param activity the Kegiatan as written, possibly blank
     * @param parts the parts, each written {@code by(role, label)}
     * @param time the Waktu text given to {@code takes(...)}, if any; it may be unreadable
     * @param next the explicit {@code next(n)}, if any
     * @param ifYes the {@code ifYes(n)}, if any
     * @param ifNo the {@code ifNo(n)}, if any
     * @param requirements the Kelengkapan given to {@code requires(...)}
     * @param outputs the Output given to {@code produces(...)}
     * @param note the Keterangan given to {@code note(...)}; empty for none
     * @param flags the flags set
     */
    public record Row(int number, StepKind kind, String activity, List<Part> parts, Optional<String> time,
            OptionalInt next, OptionalInt ifYes, OptionalInt ifNo, List<String> requirements, List<String> outputs,
            String note, Set<Flag> flags) {

        /**
         * Checks that nothing is null, and copies the collections.
         *
         * @param number the step number
         * @param kind the kind
         * @param activity the Kegiatan
         * @param parts the parts
         * @param time the Waktu text, if any
         * @param next the explicit next step, if any
         * @param ifYes the Ya target, if any
         * @param ifNo the Tidak target, if any
         * @param requirements the Kelengkapan
         * @param outputs the Output
         * @param note the Keterangan, or empty
         * @param flags the flags
         */
        public Row {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(activity, "activity");
            parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(next, "next");
            Objects.requireNonNull(ifYes, "ifYes");
            Objects.requireNonNull(ifNo, "ifNo");
            requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
            outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
            Objects.requireNonNull(note, "note");
            flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        }

        /**
         * Returns a row with only a number, a kind and an activity.
         *
         * @param number the step number
         * @param kind the kind
         * @param activity the Kegiatan
         * @return the row
         */
        public static Row of(int number, StepKind kind, String activity) {
            return new Row(number, kind, activity, List.of(), Optional.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), List.of(), List.of(), "", Set.of());
        }

        /**
         * Returns a copy with the given number.
         *
         * @param number the step number
         * @return the copy
         */
        public Row withNumber(int number) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given kind.
         *
         * @param kind the kind
         * @return the copy
         */
        public Row withKind(StepKind kind) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given activity.
         *
         * @param activity the Kegiatan
         * @return the copy
         */
        public Row withActivity(String activity) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given parts.
         *
         * @param parts the parts
         * @return the copy
         */
        public Row withParts(List<Part> parts) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given Waktu text, or none.
         *
         * @param time the text, if any
         * @return the copy
         */
        public Row withTime(Optional<String> time) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given transitions.
         *
         * @param next the explicit next step, if any
         * @param ifYes the Ya target, if any
         * @param ifNo the Tidak target, if any
         * @return the copy
         */
        public Row withTargets(OptionalInt next, OptionalInt ifYes, OptionalInt ifNo) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given flags.
         *
         * @param flags the flags
         * @return the copy
         */
        public Row withFlags(Set<Flag> flags) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }

        /**
         * Returns a copy with the given Kelengkapan, Output and Keterangan.
         *
         * @param requirements the Kelengkapan
         * @param outputs the Output
         * @param note the Keterangan, or empty
         * @return the copy
         */
        public Row withStandard(List<String> requirements, List<String> outputs, String note) {
            return new Row(number, kind, activity, parts, time, next, ifYes, ifNo, requirements, outputs, note, flags);
        }
    }

    /**
     * The identity section apart from number and name: what {@code identity(...)} is given. Empty
     * strings, empty lists and empty optionals are fields left out.
     *
     * @param government the government, or empty
     * @param agency the agency, or empty
     * @param division the division, or empty
     * @param section the section, or empty
     * @param created the Tanggal Pembuatan, if any
     * @param revised the Tanggal Revisi, if any
     * @param effective the Tanggal Efektif, if any
     * @param approvedBy the signatory, if any
     * @param legalBases the Dasar Hukum
     * @param related the Keterkaitan
     * @param warning the Peringatan, or empty
     * @param qualifications the Kualifikasi Pelaksana
     * @param equipment the Peralatan/Perlengkapan
     * @param records the Pencatatan dan Pendataan
     */
    public record Header(String government, String agency, String division, String section,
            Optional<LocalDate> created, Optional<LocalDate> revised, Optional<LocalDate> effective,
            Optional<Signatory> approvedBy, List<String> legalBases, List<String> related, String warning,
            List<String> qualifications, List<String> equipment, List<String> records) {

        /** The header with every field left out. */
        public static final Header EMPTY = new Header("", "", "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), "", List.of(), List.of(), List.of());

        /**
         * Checks that nothing is null, and copies the lists.
         *
         * @param government the government
         * @param agency the agency
         * @param division the division
         * @param section the section
         * @param created the Tanggal Pembuatan
         * @param revised the Tanggal Revisi
         * @param effective the Tanggal Efektif
         * @param approvedBy the signatory
         * @param legalBases the Dasar Hukum
         * @param related the Keterkaitan
         * @param warning the Peringatan
         * @param qualifications the Kualifikasi Pelaksana
         * @param equipment the Peralatan/Perlengkapan
         * @param records the Pencatatan dan Pendataan
         */
        public Header {
            Objects.requireNonNull(government, "government");
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(division, "division");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(revised, "revised");
            Objects.requireNonNull(effective, "effective");
            Objects.requireNonNull(approvedBy, "approvedBy");
            legalBases = List.copyOf(Objects.requireNonNull(legalBases, "legalBases"));
            related = List.copyOf(Objects.requireNonNull(related, "related"));
            Objects.requireNonNull(warning, "warning");
            qualifications = List.copyOf(Objects.requireNonNull(qualifications, "qualifications"));
            equipment = List.copyOf(Objects.requireNonNull(equipment, "equipment"));
            records = List.copyOf(Objects.requireNonNull(records, "records"));
        }

        /** Returns whether every field is left out. */
        public boolean isEmpty() {
            return equals(EMPTY);
        }
    }
}
