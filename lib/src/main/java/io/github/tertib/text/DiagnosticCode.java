package io.github.tertib.text;

/**
 * Identifies what a {@link Diagnostic} of the text reader tells: one constant per thing the reader
 * itself reports (listed with their severities in {@code docs/text-form.md}), and {@link #DEFINITION}
 * for a problem found by the checks of the definition, whose {@link io.github.tertib.sop.ProblemCode}
 * the diagnostic then carries in {@link Diagnostic#problem()}.
 *
 * <pre>{@code
 * SopTextResult r = SopText.read(text);
 * boolean inferred = r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DECISION_NO_INFERRED);
 * }</pre>
 *
 * <p>The names are stable: they are what a diagnostic prints. Immutable and thread-safe.
 */
public enum DiagnosticCode {

    // ------------------------------------------------------------------ errors

    /** The text has no flowchart table (no header row "NO, KEGIATAN, ..."). */
    NO_TABLE,
    /** The table's header names no actor (role) column. */
    NO_ACTOR_COLUMNS,
    /** The flowchart table has no numbered row. */
    NO_ROWS,
    /** The text gives no Nomor SOP, not even in a title line. */
    MISSING_NUMBER,
    /** The text gives no Nama SOP, not even in a title line. */
    MISSING_NAME,
    /** A row has no word in any actor column, so nobody does it. */
    NO_SYMBOL,
    /** A decision is the last row, so its "Ya" target cannot be inferred. */
    DECISION_YES_MISSING,
    /** A decision has no earlier row, so its "Tidak" target cannot be inferred. */
    DECISION_NO_MISSING,

    // ------------------------------------------------------------------ warnings

    /** A line of the identity section has a label that is no field of it; ignored. */
    UNKNOWN_LABEL,
    /** A line is not part of the text form (or is a second title line); ignored. */
    UNKNOWN_LINE,
    /** A field is given twice; the first value (or the label over a heading) is kept. */
    DUPLICATE_FIELD,
    /** A second heading line names the same level of the organisation; joined to the first. */
    HEADING_REPEATED,
    /** A date Tertib cannot read; left out. */
    DATE_UNREADABLE,
    /** The approving official's NIP breaks the rules of a NIP; post and name are kept. */
    NIP_INVALID,
    /** The approving official has a rank without NIP, a NIP without rank, or no name. */
    SIGNATORY_INCOMPLETE,
    /** A paragraph written like a rank that {@code Rank.parse} cannot read; post and name are kept. */
    RANK_UNREADABLE,
    /** Dapat dibatalkan oleh names no actor column; that name is left out. */
    CANCEL_ROLE_UNKNOWN,
    /** The title line disagrees with the Nomor SOP and Nama SOP; the identity is kept. */
    TITLE_MISMATCH,
    /** An actor column has no title; ignored. */
    ROLE_HEADING_EMPTY,
    /** An actor column's explicit id is not a valid role id; the id is derived from the title. */
    ROLE_ID_INVALID,
    /** The table has no Waktu column, so no step gets a standard time. */
    COLUMN_MISSING,
    /** A table line is neither a numbered row nor the continuation of one; ignored. */
    ROW_UNREADABLE,
    /** Row numbers do not increase. */
    ROW_ORDER,
    /** A row has text in a column without heading; ignored. */
    CELL_OUTSIDE_COLUMNS,
    /** A row has symbol words of different kinds, or a terminator word that contradicts its kind. */
    MIXED_SYMBOLS,
    /** A Waktu that {@code TimeStandard.parse} cannot read; the step has no time. */
    TIME_TEXT_UNREADABLE,
    /** A time in the Kelengkapan or Output of a row without Waktu, taken as its Waktu. */
    TIME_SLIPPED,
    /** A Waktu on an END row; ignored. */
    END_TIME_IGNORED,
    /** A decision's "Tidak" goes to the row before it, as no earlier row matches its text. */
    DECISION_NO_GUESSED,
    /** An annotation Tertib does not know; ignored. */
    ANNOTATION_UNKNOWN,
    /** An annotation that does not apply to the row's kind; ignored. */
    ANNOTATION_IGNORED,

    // ------------------------------------------------------------------ information

    /** A heading line without level word, read as the continuation of the line above. */
    HEADING_CONTINUED,
    /** The first heading line without level word, read as the government. */
    HEADING_GUESSED,
    /** A heading line that is the title of the document form, ignored. */
    HEADING_IGNORED,
    /** A value holding HTML, read as plain text or as a list. */
    HTML_CONVERTED,
    /** Numbered items on one line ("1. ... 2. ..."), read as separate items. */
    NUMBERED_ITEMS_SPLIT,
    /** Name, rank and NIP of the approving official written on one line, split. */
    SIGNATORY_SPLIT,
    /** The Nomor SOP taken from the title line. */
    NUMBER_FROM_TITLE,
    /** The Nama SOP taken from the title line. */
    NAME_FROM_TITLE,
    /** No Dapat dibatalkan oleh: the most senior role column (or nobody) may cancel. */
    CANCEL_ROLE_DEFAULTED,
    /** The roles read from the actor columns, with their ids. */
    ROLES_READ,
    /** The table has no Keterangan column. */
    NO_KETERANGAN_COLUMN,
    /** A table line without number, appended to the row above. */
    ROW_CONTINUED,
    /** A terminator word (Mulai, Selesai, ...) found outside the actor columns. */
    TERMINATOR_SLIPPED,
    /** A decision's "Ya" target inferred: the next row. */
    DECISION_YES_INFERRED,
    /** A decision's "Tidak" target inferred: the earlier row that best matches its text. */
    DECISION_NO_INFERRED,
    /** A step made pausable by the words of its Keterangan. */
    PAUSABLE_INFERRED,

    // ------------------------------------------------------------------ the definition checks

    /**
     * A problem found by the checks of the definition the text gives (an error, or a warning of a style
     * rule); {@link Diagnostic#problem()} holds its {@link io.github.tertib.sop.ProblemCode}, and the
     * diagnostic prints that code's name.
     */
    DEFINITION
}
