package io.github.tertib.text;

import static io.github.tertib.text.DiagnosticCode.COLUMN_MISSING;
import static io.github.tertib.text.DiagnosticCode.NO_ACTOR_COLUMNS;
import static io.github.tertib.text.DiagnosticCode.NO_KETERANGAN_COLUMN;
import static io.github.tertib.text.DiagnosticCode.NO_ROWS;
import static io.github.tertib.text.DiagnosticCode.ROLES_READ;
import static io.github.tertib.text.DiagnosticCode.ROLE_HEADING_EMPTY;
import static io.github.tertib.text.DiagnosticCode.ROLE_ID_INVALID;
import static io.github.tertib.text.DiagnosticCode.ROW_CONTINUED;
import static io.github.tertib.text.DiagnosticCode.ROW_ORDER;
import static io.github.tertib.text.DiagnosticCode.ROW_UNREADABLE;
import static io.github.tertib.text.Diagnostics.clip;

import io.github.tertib.sop.Role;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the flowchart table of the text form: its header rows into {@link Columns}, then its numbered
 * rows (with the unnumbered lines that continue them), each read by a {@link RowReader}, and finally
 * the decisions' targets the rows leave unsaid ({@link TargetInference}).
 */
final class TableReader {

    /** What the table gives: its columns, and its rows in the order of the text. */
    record Table(Columns columns, List<Row> rows) {

        /** No table: no column and no row. */
        static final Table NONE = new Table(new Columns(List.of(), Set.of(), -1, -1, -1, -1), List.of());
    }

    /** A cell of a tab-separated line: its raw text and the column (from 1) where it starts. */
    record Cell(String raw, int column) {
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,9})\\s*[.)]?");
    /** A heading or a name with an explicit role id, "Title [id]". */
    static final Pattern EXPLICIT_ID = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]*)\\]$");
    private static final Pattern ROLE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String[] lines;
    private final Diagnostics out;

    TableReader(String[] lines, Diagnostics out) {
        this.lines = lines;
        this.out = out;
    }

    /** Splits a line at its tabs. */
    static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                cells.add(new Cell(line.substring(start), start + 1));
                return cells;
            }
            cells.add(new Cell(line.substring(start, tab), start + 1));
            start = tab + 1;
        }
    }

    /** Whether a line is the first header row of the flowchart table: "NO", "KEGIATAN", .... */
    static boolean isHeaderRow(String line) {
        if (line.indexOf('\t') < 0) {
            return false;
        }
        List<Cell> c = cells(line);
        String a = Field.normalize(Markup.text(c.get(0).raw()));
        String b = Field.normalize(Markup.text(c.get(1).raw()));
        return (a.equals("nomor") || a.equals("nomor urut")) && (b.contains("kegiatan") || b.contains("aktivitas")
                || b.equals("uraian"));
    }

    /** Reads the table whose first header row is the line at index {@code header}. */
    Table read(int header) {
        List<Cell> row1 = cells(lines[header]);
        List<Cell> row2 = null;
        int first = header + 1;
        if (header + 1 < lines.length && lines[header + 1].indexOf('\t') >= 0
                && cells(lines[header + 1]).get(0).raw().isBlank()) {
            row2 = cells(lines[header + 1]);
            first = header + 2;
        }
        Columns columns = readColumns(row1, row2, header + 1);
        if (columns.roles().isEmpty()) {
            out.add(Severity.ERROR, NO_ACTOR_COLUMNS, header + 1, 1, "the table header names no actor column: write"
                    + " the roles under \"Pelaksana\" in the second header row, such as \"Kepala Seksi<TAB>Kepala"
                    + " Bidang\"");
            return new Table(columns, List.of());
        }
        List<Row> rows = new ArrayList<>();
        Row current = null;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            if (Markup.collapse(line.replace("**", "")).isEmpty()) {
                continue;
            }
            List<Cell> cells = cells(line);
            String no = Markup.text(cells.get(0).raw().replace("**", ""));
            Matcher m = ROW_NUMBER.matcher(no);
            if (m.matches()) {
                current = new Row(Integer.parseInt(m.group(1)), i + 1);
                current.add(cells);
                rows.add(current);
            } else if (no.isEmpty() && current != null) {
                current.add(cells);
                out.add(Severity.INFO, ROW_CONTINUED, i + 1, 1, "line " + (i + 1) + " has no number in the NO column:"
                        + " read as the continuation of row " + current.number + " (line " + current.line + ")");
            } else {
                out.add(Severity.WARNING, ROW_UNREADABLE, i + 1, 1, "line " + (i + 1) + " of the table "
                        + (no.isEmpty() ? "has no number and no row before it" : "opens with \"" + clip(no)
                        + "\", not a step number") + ": it is ignored; open each row with its number, such as \"1.\"");
            }
        }
        if (rows.isEmpty()) {
            out.add(Severity.ERROR, NO_ROWS, header + 1, 1, "the flowchart table has no numbered row: write one row per"
                    + " activity, opening with its number, such as \"1.<TAB>Menerima berkas<TAB>...\"");
        }
        RowReader reader = new RowReader(columns, out);
        int previous = Integer.MIN_VALUE;
        for (Row r : rows) {
            if (r.number <= previous) {
                out.add(Severity.WARNING, ROW_ORDER, r.line, 1, "row " + r.number + " comes after row " + previous
                        + ": rows are read in number order, so the default next step of each row is the next number");
            }
            previous = Math.max(previous, r.number);
            reader.read(r);
        }
        TargetInference.infer(rows, out);
        return new Table(columns, List.copyOf(rows));
    }

    private static String headingText(String raw) {
        return Field.normalize(Markup.plain(raw.replace("**", "")));
    }

    /** The Mutu Baku or Keterangan column a sub-heading (raw) names, if any: for the writer's guard. */
    static boolean isColumnHeading(String raw) {
        String h = headingText(raw);
        return h.startsWith("kelengkapan") || h.startsWith("persyaratan") || h.startsWith("syarat")
                || h.startsWith("waktu") || h.startsWith("output") || h.startsWith("keluaran") || h.startsWith("hasil")
                || isKeterangan(h);
    }

    private Columns readColumns(List<Cell> row1, List<Cell> row2, int line) {
        List<Columns.RoleColumn> roleColumns = new ArrayList<>();
        Set<Integer> knownColumns = new HashSet<>();
        int kelCol = -1;
        int waktuCol = -1;
        int outCol = -1;
        int ketCol = -1;
        List<Cell> sub = row2 != null ? row2 : row1;
        int subLine = row2 != null ? line + 1 : line;
        int mbStart = Integer.MAX_VALUE;
        int actorStart = 2;
        for (int i = 2; i < row1.size(); i++) {
            String h = headingText(row1.get(i).raw());
            if (h.equals("mutu baku")) {
                mbStart = Math.min(mbStart, i);
            } else if (isKeterangan(h)) {
                ketCol = i;
                mbStart = Math.min(mbStart, i);
            } else if (row2 != null && (h.equals("pelaksana") || h.equals("pelaksana kegiatan")) && i == 2) {
                actorStart = i;
            }
        }
        for (int i = 2; i < sub.size(); i++) {
            String h = headingText(sub.get(i).raw());
            if (kelCol < 0 && (h.startsWith("kelengkapan") || h.startsWith("persyaratan") || h.startsWith("syarat"))) {
                kelCol = i;
            } else if (waktuCol < 0 && h.startsWith("waktu")) {
                waktuCol = i;
            } else if (outCol < 0 && (h.startsWith("output") || h.startsWith("keluaran") || h.startsWith("hasil"))) {
                outCol = i;
            } else if (ketCol < 0 && isKeterangan(h)) {
                ketCol = i;
            } else {
                continue;
            }
            mbStart = Math.min(mbStart, i);
        }
        int actorEnd = mbStart == Integer.MAX_VALUE ? sub.size() : Math.min(mbStart, sub.size());
        Set<String> ids = new HashSet<>();
        List<String> read = new ArrayList<>();
        for (int i = actorStart; i < actorEnd; i++) {
            Cell c = sub.get(i);
            String raw = c.raw().replace("**", "");
            String explicit = null;
            Matcher m = EXPLICIT_ID.matcher(Markup.collapse(raw));
            String titleRaw = raw;
            if (m.matches()) {
                titleRaw = m.group(1);
                explicit = Markup.decode(m.group(2)).strip();
            }
            String title = Markup.text(titleRaw);
            if (title.isEmpty()) {
                if (!Markup.collapse(raw).isEmpty() || explicit != null) {
                    out.add(Severity.WARNING, ROLE_HEADING_EMPTY, subLine, c.column(), "the actor column at column "
                            + c.column() + " has no title: it is ignored; write the role's title");
                }
                continue;
            }
            String id;
            if (explicit != null && ROLE_ID.matcher(explicit).matches()) {
                id = explicit;
            } else {
                if (explicit != null) {
                    out.add(Severity.WARNING, ROLE_ID_INVALID, subLine, c.column(), "the role id \"" + clip(explicit)
                            + "\" of column \"" + clip(title) + "\" is not valid (lower-case letters, digits and"
                            + " hyphens, starting with a letter): the id is derived from the title instead");
                }
                id = deriveId(title, ids);
            }
            ids.add(id);
            Role role = new Role(id, title);
            roleColumns.add(new Columns.RoleColumn(i, role, subLine, c.column()));
            knownColumns.add(i);
            read.add(title + " (" + id + ")");
        }
        knownColumns.add(0);
        knownColumns.add(1);
        for (int c : new int[] {kelCol, waktuCol, outCol, ketCol}) {
            if (c >= 0) {
                knownColumns.add(c);
            }
        }
        if (!roleColumns.isEmpty()) {
            out.add(Severity.INFO, ROLES_READ, subLine, 1, "the actor columns are read as the roles "
                    + String.join(", ", read) + ", in this order; write \"Title [id]\" in a heading to choose an id");
        }
        if (waktuCol < 0) {
            out.add(Severity.WARNING, COLUMN_MISSING, subLine, 1, "the table has no Waktu column under Mutu Baku: no step"
                    + " gets a standard time; add the columns \"Kelengkapan<TAB>Waktu<TAB>Output\"");
        }
        if (ketCol < 0) {
            out.add(Severity.INFO, NO_KETERANGAN_COLUMN, line, 1, "the table has no Keterangan column: no step gets a note"
                    + " or an annotation");
        }
        return new Columns(roleColumns, knownColumns, kelCol, waktuCol, outCol, ketCol);
    }

    private static boolean isKeterangan(String h) {
        return h.equals("keterangan") || h.equals("ket") || h.equals("catatan");
    }

    /** The id the reader gives a column without an explicit one: the title's slug, made unique. */
    static String deriveId(String title, Set<String> taken) {
        String base = Words.slug(title);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
