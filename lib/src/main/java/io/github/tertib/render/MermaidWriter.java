package io.github.tertib.render;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Mermaid flowchart of a definition: a lane (subgraph) per role, a node per part, an arrow per transition. */
final class MermaidWriter {

    private MermaidWriter() {
    }

    /** Escapes a label for a quoted Mermaid string: entity codes for the characters Mermaid would read. */
    static String label(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            // '%' too: "%%" would start a comment or, as "%%{...}%%", a directive that reconfigures the chart.
            if (c == '"' || c == '#' || c == '<' || c == '>' || c == '&' || c == '`' || c == '\\' || c == '|'
                    || c == '%' || c == '{' || c == '}') {
                b.append('#').append(c).append(';');
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString().replaceAll(" +", " ").strip();
    }

    private static String node(Step s, int part) {
        return "s" + s.number() + "_" + part;
    }

    private static String shape(Step s, int part, String text) {
        String t = "\"" + label(text) + "\"";
        return switch (s.kind()) {
            case START, END -> node(s, part) + "([" + t + "])";
            case DECISION -> node(s, part) + "{" + t + "}";
            case PROCESS -> node(s, part) + "[" + t + "]";
        };
    }

    private static String text(Step s, int part) {
        if (part == 0) {
            String a = s.activity();
            // a diamond grows with its text: a decision shows the start of its question
            if (s.kind() == io.github.tertib.sop.StepKind.DECISION && a.codePointCount(0, a.length()) > 60) {
                a = a.substring(0, a.offsetByCodePoints(0, 57)).strip() + "\u2026";
            }
            return s.number() + ". " + a;
        }
        return s.number() + ". " + s.parts().get(part).label();
    }

    static String write(SopDefinition d, StepMarks marks) {
        StringBuilder b = new StringBuilder();
        b.append("flowchart TD\n");
        b.append("  %% SOP ").append(label(d.number() + " " + d.name())).append(" (Tertib)\n");
        List<Role> roles = d.roles();
        for (int r = 0; r < roles.size(); r++) {
            b.append("  subgraph lane").append(r).append("[\"").append(label(roles.get(r).title())).append("\"]\n");
            b.append("    direction TB\n");
            for (Step s : d.steps()) {
                List<Assignment> parts = s.parts();
                for (int p = 0; p < parts.size(); p++) {
                    if (parts.get(p).role().equals(roles.get(r))) {
                        b.append("    ").append(shape(s, p, text(s, p))).append('\n');
                    }
                }
            }
            b.append("  end\n");
        }
        for (Step s : d.steps()) {
            if (s.parts().isEmpty()) {
                b.append("  ").append(shape(s, 0, text(s, 0))).append('\n');
            }
        }
        for (Step s : d.steps()) {
            for (int p = 1; p < s.parts().size(); p++) {
                b.append("  ").append(node(s, p - 1)).append(" -.- ").append(node(s, p)).append('\n');
            }
        }
        for (Step s : d.steps()) {
            s.next().ifPresent(n -> b.append("  ").append(node(s, 0)).append(" --> ").append(node(d.step(n), 0))
                    .append('\n'));
            s.ifYes().ifPresent(n -> b.append("  ").append(node(s, 0)).append(" -->|Ya| ").append(node(d.step(n), 0))
                    .append('\n'));
            s.ifNo().ifPresent(n -> b.append("  ").append(node(s, 0)).append(" -->|Tidak| ").append(node(d.step(n), 0))
                    .append('\n'));
        }
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (Step s : d.steps()) {
            marks.mark(s).ifPresent(m -> {
                Integer k = classes.computeIfAbsent(m.colour(), c -> classes.size());
                for (int p = 0; p < Math.max(1, s.parts().size()); p++) {
                    b.append("  class ").append(node(s, p)).append(" mark").append(k).append('\n');
                }
            });
        }
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            b.append("  classDef mark").append(e.getValue()).append(" fill:").append(e.getKey()).append('\n');
        }
        return b.toString();
    }
}
