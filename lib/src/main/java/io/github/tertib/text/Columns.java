package io.github.tertib.text;

import io.github.tertib.sop.Role;
import java.util.List;
import java.util.Set;

/**
 * The columns the header rows of the flowchart table give: the actor columns with their roles, the
 * Mutu Baku columns (Kelengkapan, Waktu, Output) and Keterangan, each -1 when the table has none, and
 * every column that has a heading (0-based indexes of the tab-separated cells).
 *
 * @param roles the actor columns, in the order of the table
 * @param known the indexes of the columns that have a heading
 * @param kelengkapan the index of the Kelengkapan (requirements) column, or -1
 * @param waktu the index of the Waktu (time) column, or -1
 * @param output the index of the Output column, or -1
 * @param keterangan the index of the Keterangan (note) column, or -1
 */
record Columns(List<RoleColumn> roles, Set<Integer> known, int kelengkapan, int waktu, int output, int keterangan) {

    /** An actor column of the table: its cell index, its role, and where its heading is. */
    record RoleColumn(int index, Role role, int line, int column) {
    }

    Columns {
        roles = List.copyOf(roles);
        known = Set.copyOf(known);
    }
}
