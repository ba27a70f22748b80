package io.github.tertib.text;

import io.github.tertib.sop.Role;
import io.github.tertib.sop.StepKind;
import io.github.tertib.sop.TimeStandard;
import java.util.ArrayList;
import java.util.List;

/** One numbered row of the flowchart table (with the unnumbered rows that continue it). */
final class Row {

    /** A part read from an actor cell. */
    record Part(Role role, String label, int column) {
    }

    final int number;
    final int line;
    final List<StringBuilder> cells = new ArrayList<>();
    final List<Integer> columns = new ArrayList<>();
    StepKind kind;
    String activity;
    final List<Part> parts = new ArrayList<>();
    TimeStandard time;
    List<String> requirements = List.of();
    List<String> outputs = List.of();
    String note = "";
    Integer yes;
    Integer no;
    Integer next;
    boolean pausable;
    boolean definitiveOnly;
    boolean separateActors;
    boolean noSymbol;

    Row(int number, int line) {
        this.number = number;
        this.line = line;
    }

    String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).toString() : "";
    }

    int column(int i) {
        return i >= 0 && i < columns.size() ? columns.get(i) : 1;
    }

    void add(List<TableReader.Cell> more) {
        for (int i = 0; i < more.size(); i++) {
            if (i < cells.size()) {
                if (!more.get(i).raw().isBlank()) {
                    cells.get(i).append(' ').append(more.get(i).raw());
                }
            } else {
                cells.add(new StringBuilder(more.get(i).raw()));
                columns.add(more.get(i).column());
            }
        }
    }
}
