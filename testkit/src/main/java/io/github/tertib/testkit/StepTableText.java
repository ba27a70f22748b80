package io.github.tertib.testkit;

import io.github.tertib.sop.Role;
import io.github.tertib.testkit.StepTable.Flag;
import io.github.tertib.testkit.StepTable.Header;
import io.github.tertib.testkit.StepTable.Part;
import io.github.tertib.testkit.StepTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** A {@link StepTable} as text, one row per line: what {@link StepTable#toString()} prints. */
final class StepTableText {

    private static final String[] COLUMNS = {"No", "kind", "Kegiatan", "parts", "Waktu", "goes to", "more"};

    private StepTableText() {
    }

    /** See {@link StepTable#toString()}. */
    static String of(StepTable table) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder("SOP ").append(table.number()).append(" \"").append(table.name())
                .append('"').append(nl);
        b.append("roles: ").append(table.roles().isEmpty() ? "(none)" : join(table.roles())).append(nl);
        if (!table.cancelRoles().isEmpty()) {
            b.append("cancelled by: ").append(join(table.cancelRoles())).append(nl);
        }
        if (!table.header().isEmpty()) {
            b.append("identity: ").append(summary(table.header())).append(nl);
        }
        List<String[]> cells = new ArrayList<>();
        cells.add(COLUMNS);
        for (Row r : table.rows()) {
            cells.add(cells(r));
        }
        int[] width = new int[COLUMNS.length];
        for (String[] line : cells) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                if (i > 0) {
                    l.append(" | ");
                }
                String cell = line[i];
                l.append(i == 0 ? " ".repeat(width[i] - cell.length()) + cell
                        : cell + " ".repeat(width[i] - cell.length()));
            }
            b.append(l.toString().stripTrailing()).append(nl);
        }
        return b.toString().stripTrailing();
    }

    private static String join(List<Role> roles) {
        StringJoiner j = new StringJoiner(", ");
        for (Role r : roles) {
            j.add(r.toString());
        }
        return j.toString();
    }

    private static String[] cells(Row r) {
        StringJoiner who = new StringJoiner("; ");
        for (Part p : r.parts()) {
            who.add(p.toString());
        }
        StringJoiner to = new StringJoiner(" ");
        r.next().ifPresent(n -> to.add("\u2192" + n));
        r.ifYes().ifPresent(n -> to.add("Ya\u2192" + n));
        r.ifNo().ifPresent(n -> to.add("Tidak\u2192" + n));
        StringJoiner more = new StringJoiner(", ");
        for (Flag f : Flag.values()) {
            if (r.flags().contains(f)) {
                more.add(f.word());
            }
        }
        if (!r.requirements().isEmpty()) {
            more.add("requires " + r.requirements());
        }
        if (!r.outputs().isEmpty()) {
            more.add("produces " + r.outputs());
        }
        if (!r.note().isEmpty()) {
            more.add("note \"" + r.note() + "\"");
        }
        return new String[] {Integer.toString(r.number()), r.kind().name(), quoteIfBlank(r.activity()),
            who.toString(), r.time().map(StepTableText::quoteIfBlank).orElse(""), to.toString(), more.toString()};
    }

    private static String quoteIfBlank(String s) {
        return s.isBlank() || !s.equals(s.strip()) ? "\"" + s + "\"" : s;
    }

    private static String summary(Header h) {
        StringJoiner j = new StringJoiner("; ");
        String org = String.join(" / ", List.of(h.government(), h.agency(), h.division(), h.section()).stream()
                .filter(s -> !s.isEmpty()).toList());
        if (!org.isEmpty()) {
            j.add(org);
        }
        h.created().ifPresent(d -> j.add("created " + d));
        h.revised().ifPresent(d -> j.add("revised " + d));
        h.effective().ifPresent(d -> j.add("effective " + d));
        h.approvedBy().ifPresent(s -> j.add("approved by " + s));
        addList(j, "legal basis", h.legalBases());
        addList(j, "related", h.related());
        if (!h.warning().isEmpty()) {
            j.add("warning \"" + h.warning() + "\"");
        }
        addList(j, "qualifications", h.qualifications());
        addList(j, "equipment", h.equipment());
        addList(j, "records", h.records());
        return j.toString();
    }

    private static void addList(StringJoiner j, String what, List<String> items) {
        if (!items.isEmpty()) {
            j.add(what + " " + items);
        }
    }
}
