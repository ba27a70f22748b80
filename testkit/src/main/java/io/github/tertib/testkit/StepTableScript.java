package io.github.tertib.testkit;

import io.github.tertib.sop.Assignment;
import io.github.tertib.sop.Guard;
import io.github.tertib.sop.Identity;
import io.github.tertib.sop.Role;
import io.github.tertib.sop.Sop;
import io.github.tertib.sop.SopBuilder;
import io.github.tertib.sop.SopDefinition;
import io.github.tertib.sop.Step;
import io.github.tertib.sop.TimeStandard;
import io.github.tertib.testkit.StepTable.Flag;
import io.github.tertib.testkit.StepTable.Header;
import io.github.tertib.testkit.StepTable.Part;
import io.github.tertib.testkit.StepTable.Row;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** A {@link StepTable} to and from the DSL: the table of a definition, and the builder calls a table writes. */
final class StepTableScript {

    private StepTableScript() {
    }

    /** See {@link StepTable#from(SopDefinition)}. */
    static StepTable tableOf(SopDefinition definition) {
        Identity id = definition.identity();
        Header header = new Header(id.government(), id.agency(), id.division(), id.section(), id.created(),
                id.revised(), id.effective(), id.approvedBy(), id.legalBases(), id.related(), id.warning(),
                id.qualifications(), id.equipment(), id.records());
        List<Step> steps = definition.steps();
        List<Row> rows = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            OptionalInt following = i + 1 < steps.size() ? OptionalInt.of(steps.get(i + 1).number())
                    : OptionalInt.empty();
            // The DSL's default next step is the following one: a table leaves it out, and so reads as written.
            OptionalInt next = s.next().equals(following) ? OptionalInt.empty() : s.next();
            List<Part> parts = new ArrayList<>(s.parts().size());
            for (Assignment a : s.parts()) {
                parts.add(new Part(a.role(), a.label()));
            }
            rows.add(new Row(s.number(), s.kind(), s.activity(), parts, s.time().map(TimeStandard::text), next,
                    s.ifYes(), s.ifNo(), s.standard().requirements(), s.standard().outputs(), s.note().orElse(""),
                    flagsOf(s)));
        }
        return new StepTable(definition.number(), definition.name(), header, definition.roles(),
                definition.cancelRoles(), rows);
    }

    private static Set<Flag> flagsOf(Step s) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (s.isPausable()) {
            flags.add(Flag.PAUSABLE);
        }
        if (s.isDefinitiveOnly()) {
            flags.add(Flag.DEFINITIVE_ONLY);
        }
        if (s.requiresSeparateActors()) {
            flags.add(Flag.SEPARATE_ACTORS);
        }
        if (!s.guards().isEmpty()) {
            flags.add(Flag.GUARDED);
        }
        return flags;
    }

    /** See {@link StepTable#toBuilder()}. */
    static SopBuilder builderOf(StepTable table) {
        SopBuilder b = Sop.define(table.number(), table.name());
        Header header = table.header();
        if (!header.isEmpty()) {
            b.identity(identity -> write(header, identity));
        }
        b.roles(table.roles().toArray(new Role[0]));
        if (!table.cancelRoles().isEmpty()) {
            b.cancelledBy(table.cancelRoles().toArray(new Role[0]));
        }
        for (Row r : table.rows()) {
            write(r, b);
        }
        return b;
    }

    /** Writes a row's step on a builder. */
    private static void write(Row r, SopBuilder builder) {
        SopBuilder b = switch (r.kind()) {
            case START -> builder.start(r.number(), r.activity());
            case PROCESS -> builder.process(r.number(), r.activity());
            case DECISION -> builder.decision(r.number(), r.activity());
            case END -> builder.end(r.number(), r.activity());
        };
        for (Part p : r.parts()) {
            b.by(p.role(), p.label());
        }
        r.time().ifPresent(b::takes);
        if (!r.requirements().isEmpty()) {
            b.requires(r.requirements().toArray(new String[0]));
        }
        if (!r.outputs().isEmpty()) {
            b.produces(r.outputs().toArray(new String[0]));
        }
        r.next().ifPresent(b::next);
        r.ifYes().ifPresent(b::ifYes);
        r.ifNo().ifPresent(b::ifNo);
        if (!r.note().isEmpty()) {
            b.note(r.note());
        }
        for (Flag f : Flag.values()) { // in the order of the enum, as a table is written
            if (r.flags().contains(f)) {
                b = switch (f) {
                    case PAUSABLE -> b.pausable();
                    case DEFINITIVE_ONLY -> b.definitiveOnly();
                    case SEPARATE_ACTORS -> b.separateActors();
                    case GUARDED -> b.guard(Guard.of(StepTable.GUARD_DESCRIPTION, attempt -> true));
                };
            }
        }
    }

    /** Writes a header's fields on an identity builder. */
    private static void write(Header h, Identity.Builder b) {
        b.organization(h.government(), h.agency(), h.division(), h.section());
        h.created().ifPresent(b::created);
        h.revised().ifPresent(b::revised);
        h.effective().ifPresent(b::effective);
        h.approvedBy().ifPresent(b::approvedBy);
        b.legalBasis(h.legalBases().toArray(new String[0]));
        b.related(h.related().toArray(new String[0]));
        b.warning(h.warning());
        b.qualification(h.qualifications().toArray(new String[0]));
        b.equipment(h.equipment().toArray(new String[0]));
        b.records(h.records().toArray(new String[0]));
    }
}
