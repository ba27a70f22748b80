package io.github.tertib.text;

import static io.github.tertib.text.DiagnosticCode.NO_TABLE;

import io.github.tertib.sop.InvalidSopException;
import io.github.tertib.sop.Problem;
import io.github.tertib.sop.ProblemCode;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.text.Diagnostic.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text form of an SOP AP document (see {@code docs/text-form.md}); package-private machinery
 * of {@link SopText#read(String)}. One instance reads one text: the identity section with an
 * {@link IdentityReader}, the flowchart table with a {@link TableReader}; then it builds the definition
 * and tells the problems of the definition checks on the lines of the text they concern.
 */
final class TextReader {

    private final String[] lines;
    private final Diagnostics out = new Diagnostics();
    private final IdentityReader identity;
    private int headerLine;
    private TableReader.Table table = TableReader.Table.NONE;

    TextReader(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = t.split("\r\n|\r|\n", -1);
        this.identity = new IdentityReader(lines, out);
    }

    SopTextResult read() {
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (TableReader.isHeaderRow(lines[i])) {
                header = i;
                break;
            }
        }
        identity.read(header < 0 ? lines.length : header);
        if (header < 0) {
            out.add(Severity.ERROR, NO_TABLE, 0, 0, "the text has no flowchart table: write its header row,"
                    + " \"NO<TAB>KEGIATAN<TAB>Pelaksana ...\", then one row per activity");
        } else {
            headerLine = header + 1;
            table = new TableReader(lines, out).read(header);
        }
        Optional<SopDefinition> definition = build(header >= 0);
        List<Diagnostic> sorted = out.byLine();
        if (sorted.stream().anyMatch(Diagnostic::isError)) {
            definition = Optional.empty();
        }
        return new SopTextResult(definition, sorted);
    }

    private Optional<SopDefinition> build(boolean hasTable) {
        IdentityReader.Values id = identity.values();
        List<Columns.RoleColumn> roleColumns = table.columns().roles();
        if (!hasTable || roleColumns.isEmpty() || id.number().isEmpty() || id.name().isEmpty()) {
            return Optional.empty();
        }
        List<Role> roles = roleColumns.stream().map(Columns.RoleColumn::role).toList();
        List<Role> cancel = identity.cancelRoles(roles, headerLine);
        SopBuilder b = Sop.define(id.number(), id.name()).identity(id::fill);
        b.roles(roles.toArray(Role[]::new)).cancelledBy(cancel.toArray(Role[]::new));
        for (Row r : table.rows()) {
            switch (r.kind) {
                case START -> b.start(r.number, r.activity);
                case PROCESS -> b.process(r.number, r.activity);
                case DECISION -> b.decision(r.number, r.activity);
                case END -> b.end(r.number, r.activity);
            }
            for (Row.Part p : r.parts) {
                b.by(p.role(), p.label());
            }
            if (r.time != null) {
                b.takes(r.time);
            }
            b.requires(r.requirements.toArray(String[]::new)).produces(r.outputs.toArray(String[]::new));
            if (!r.note.isEmpty()) {
                b.note(r.note);
            }
            if (r.pausable) {
                b.pausable();
            }
            if (r.definitiveOnly) {
                b.definitiveOnly();
            }
            if (r.separateActors) {
                b.separateActors();
            }
            if (r.next != null) {
                b.next(r.next);
            }
            if (r.yes != null) {
                b.ifYes(r.yes);
            }
            if (r.no != null) {
                b.ifNo(r.no);
            }
            if (r.noSymbol) {
                out.told(ProblemCode.NO_PARTS, r.number);
            }
        }
        try {
            SopDefinition d = b.build();
            for (Problem p : d.warnings()) {
                report(p, Severity.WARNING);
            }
            return Optional.of(d);
        } catch (InvalidSopException e) {
            for (Problem p : e.problems()) {
                report(p, p.isWarning() ? Severity.WARNING : Severity.ERROR);
            }
            return Optional.empty();
        }
    }

    /** Tells a problem of the definition checks on the line of its step's row (or of what it names). */
    private void report(Problem p, Severity severity) {
        if (p.step().isPresent() && out.wasTold(p.code(), p.step().getAsInt())) {
            return;
        }
        int line = headerLine;
        int column = 1;
        if (p.step().isPresent()) {
            for (Row r : table.rows()) {
                if (r.number == p.step().getAsInt()) {
                    line = r.line;
                    break;
                }
            }
        } else {
            for (Columns.RoleColumn rc : table.columns().roles()) {
                if (p.message().contains(rc.role().toString())) {
                    line = rc.line();
                    column = rc.column();
                    break;
                }
            }
            if (p.code() == ProblemCode.UNDECLARED_CANCEL_ROLE) {
                line = identity.cancelLine().orElse(line);
            }
        }
        String hint = hint(p.code());
        out.add(severity, p.code(), line, column, p.message()
                + (hint.isEmpty() ? "" : " (in the text form: " + hint + ")"));
    }

    private static String hint(ProblemCode code) {
        return switch (code) {
            case MISSING_TIME -> "write its Waktu, such as \"15 Menit\", under Mutu Baku";
            case UNKNOWN_TARGET, DECISION_SAME_TARGETS, DECISION_WITHOUT_YES, DECISION_WITHOUT_NO ->
                "write \"Ya: n; Tidak: m\" in the decision's Keterangan with row numbers of the table";
            case NO_NEXT_STEP -> "make the last row an END (\"Selesai\") or write \"Lanjut: n\" in its Keterangan";
            case UNREACHABLE_STEP, NO_PATH_TO_END -> "check the Ya, Tidak and Lanjut annotations of the rows";
            case NO_START -> "write \"Mulai\" or \"Start\" in the actor cell of the first row";
            case NO_END -> "write \"Selesai\" or \"End\" in the actor cell of the last row";
            case UNUSED_ROLE -> "give the column a symbol word in some row, or remove the column";
            case DECISION_ROLE_COUNT -> "keep the decision word in one actor column";
            case DUPLICATE_ROLE -> "give one of the columns an id of its own, as \"Title [id]\"";
            // the text form states these as the builder does: the problem's own sentence is the hint
            case MULTIPLE_STARTS, INVALID_STEP_NUMBER, DUPLICATE_STEP_NUMBER, BLANK_ACTIVITY, NO_PARTS, BLANK_LABEL,
                    DUPLICATE_PART, UNDECLARED_ROLE, TIME_UNREADABLE, NON_POSITIVE_TIME, END_HAS_TIME,
                    END_HAS_TRANSITION, FLAG_ON_END, BRANCH_ON_NON_DECISION, DECISION_HAS_NEXT, UNDECLARED_CANCEL_ROLE,
                    SETTING_REPEATED, ACTIVITY_HAS_SUBJECT -> "";
        };
    }
}
