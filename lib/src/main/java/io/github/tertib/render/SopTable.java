package io.github.tertib.render;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Signatory;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.StepKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes an SOP's identity and step table as plain text for a terminal of a given width ({@link SopRenderer#plainText}). */
final class SopTable {

    private static final int LABEL = 26;

    private final int width;
    private final StringBuilder b = new StringBuilder();

    SopTable(int width) {
        this.width = width;
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(Words::date).orElse("-");
    }

    String render(SopDefinition d) {
        Identity id = d.identity();
        line("SOP " + id.number() + " " + id.name());
        line("=".repeat(Math.min(width, ("SOP " + id.number() + " " + id.name()).length())));
        for (String level : id.organization()) {
            wrap("", level);
        }
        line("");
        field("Nomor SOP", List.of(id.number()));
        field("Tanggal Pembuatan", List.of(date(id.created())));
        field("Tanggal Revisi", List.of(date(id.revised())));
        field("Tanggal Efektif", List.of(date(id.effective())));
        field("Disahkan oleh", id.approvedBy().map(SopTable::signature).orElse(List.of("-")));
        field("Nama SOP", List.of(id.name()));
        numbered("Dasar Hukum", id.legalBases());
        numbered("Keterkaitan", id.related());
        field("Peringatan", id.warning().isEmpty() ? List.of("-") : List.of(id.warning()));
        numbered("Kualifikasi Pelaksana", id.qualifications());
        numbered("Peralatan/Perlengkapan", id.equipment());
        numbered("Pencatatan dan Pendataan", id.records());
        line("");
        steps(d);
        line("");
        line("Waktu baku nominal (jalur utama): " + d.nominalStandardTime().toMinutes() + " Menit");
        line("Dapat dibatalkan oleh: " + (d.cancelRoles().isEmpty() ? "-"
                : String.join(", ", d.cancelRoles().stream().map(Role::title).toList())));
        if (!d.warnings().isEmpty()) {
            line("");
            d.warnings().forEach(w -> wrap("", "warning " + w));
        }
        return b.toString();
    }

    private static List<String> signature(Signatory s) {
        List<String> lines = new ArrayList<>();
        lines.add(s.post());
        lines.add(s.name());
        s.rank().ifPresent(r -> lines.add(r.pangkat() + " (" + r.golongan() + ")"));
        s.nip().ifPresent(n -> lines.add("NIP. " + n));
        return lines;
    }

    private void numbered(String label, List<String> items) {
        if (items.size() <= 1) {
            field(label, items.isEmpty() ? List.of("-") : items);
            return;
        }
        List<String> n = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            n.add((i + 1) + ". " + items.get(i));
        }
        field(label, n);
    }

    private void field(String label, List<String> values) {
        boolean first = true;
        for (String v : values) {
            List<String> lines = wrapText(v, width - LABEL);
            for (String l : lines) {
                line(pad(first ? label : "", LABEL) + l);
                first = false;
            }
        }
    }

    private void steps(SopDefinition d) {
        int[] w = {3, 9, 0, 28, 11, 11};
        w[2] = width - (w[0] + w[1] + w[3] + w[4] + w[5]) - 5;
        String[] head = {"No", "Simbol", "Kegiatan", "Pelaksana", "Waktu", "Lanjut"};
        row(w, head);
        line("-".repeat(width));
        for (Step s : d.steps()) {
            List<String> parts = new ArrayList<>();
            for (Assignment a : s.parts()) {
                parts.add(a.role().title() + ": " + a.label());
            }
            String next = s.kind() == StepKind.DECISION
                    ? "Ya \u2192 " + s.ifYes().getAsInt() + "\nTidak \u2192 " + s.ifNo().getAsInt()
                    : s.next().isPresent() ? "\u2192 " + s.next().getAsInt() : "";
            List<String> flags = new ArrayList<>();
            if (s.isPausable()) {
                flags.add("dapat ditunda");
            }
            if (s.isDefinitiveOnly()) {
                flags.add("pejabat definitif");
            }
            if (s.requiresSeparateActors()) {
                flags.add("pelaksana berbeda");
            }
            s.guards().forEach(g -> flags.add(g.description()));
            String kind = symbol(s.kind());
            row(w, new String[] {String.valueOf(s.number()), kind, s.activity(), String.join("\n", parts),
                s.time().map(Object::toString).orElse("-"), next});
            String indent = " ".repeat(w[0] + w[1] + 2);
            if (s.note().isPresent()) {
                for (String l : wrapText("Keterangan: " + s.note().get(), width - indent.length())) {
                    line(indent + l);
                }
            }
            if (!flags.isEmpty()) {
                line(indent + "(" + String.join("; ", flags) + ")");
            }
        }
    }

    /** The symbol's name as the format's legend gives it. */
    static String symbol(StepKind kind) {
        return switch (kind) {
            case START -> "Mulai";
            case PROCESS -> "Proses";
            case DECISION -> "Keputusan";
            case END -> "Selesai";
        };
    }

    private void row(int[] w, String[] cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = new ArrayList<>();
            for (String piece : cells[i].split("\n", -1)) {
                lines.addAll(wrapText(piece, w[i]));
            }
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int r = 0; r < height; r++) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String text = r < wrapped.get(i).size() ? wrapped.get(i).get(r) : "";
                l.append(i + 1 < cells.length ? pad(text, w[i]) + " " : text);
            }
            line(l.toString());
        }
    }

    private void wrap(String indent, String text) {
        for (String l : wrapText(text, width - indent.length())) {
            line(indent + l);
        }
    }

    static List<String> wrapText(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (cur.length() > 0) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (cur.length() > 0 && cur.length() + 1 + word.length() > width) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(word);
        }
        if (cur.length() > 0 || lines.isEmpty()) {
            lines.add(cur.toString());
        }
        return lines;
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s : s + " ".repeat(n - s.length());
    }

    private void line(String s) {
        b.append(s.stripTrailing()).append(System.lineSeparator());
    }
}
