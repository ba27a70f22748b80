package io.github.tertib.sop;

import io.github.tertib.TertibParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Defines an SOP step by step; {@link #build()} checks the whole definition and reports every problem
 * at once.
 *
 * <p>Reached through {@link Sop#define(String, String)}. Each of {@link #start}, {@link #process},
 * {@link #decision} and {@link #end} opens a step; the calls after it ({@link #by}, {@link #takes},
 * {@link #ifYes}, {@link #note}, ...) describe that step until the next one opens. Mistakes of content
 * (an unknown target, a blank label, an unreadable time) do not throw where they are written: they are
 * collected and reported together by {@code build()}. Only null arguments, and calls that describe a
 * step before any step is opened, throw at once.
 *
 * <pre>{@code
 * SopDefinition d = Sop.define("A.1", "Penerbitan Surat")
 *     .roles(kasi, kabid)
 *     .start(1, "Menerima permohonan").by(kasi, "Mulai").takes("15 Menit")
 *     .decision(2, "Apakah berkas lengkap?").by(kasi, "Jika").takes("10 Menit").ifYes(3).ifNo(1)
 *     .process(3, "Menandatangani surat").by(kabid, "Proses").takes("1 Jam")
 *     .end(4, "Surat diserahkan").by(kasi, "Selesai")
 *     .build();
 * }</pre>
 *
 * <p>A builder is mutable and not thread-safe; what it builds is immutable.
 */
public final class SopBuilder {

    private final Identity.Builder identity;
    private final List<Role> roles = new ArrayList<>();
    private final Set<Role> cancelRoles = new LinkedHashSet<>();
    private final List<Draft> drafts = new ArrayList<>();
    private Draft current;

    SopBuilder(Identity.Builder identity) {
        this.identity = identity;
    }

    static SopBuilder from(SopDefinition d) {
        SopBuilder b = new SopBuilder(d.identity().toBuilder());
        b.roles.addAll(d.roles());
        b.cancelRoles.addAll(d.cancelRoles());
        for (Step s : d.steps()) {
            Draft draft = new Draft(s.number(), s.kind(), s.activity());
            for (Assignment a : s.parts()) {
                draft.partRoles.add(a.role());
                draft.partLabels.add(a.label());
            }
            draft.time = s.time().orElse(null);
            draft.timeText = s.time().map(TimeStandard::text).orElse(null);
            draft.requirements.addAll(s.standard().requirements());
            draft.outputs.addAll(s.standard().outputs());
            draft.note = s.note().orElse("");
            draft.noteSet = s.note().isPresent();
            draft.pausable = s.isPausable();
            draft.definitiveOnly = s.isDefinitiveOnly();
            draft.separateActors = s.requiresSeparateActors();
            draft.guards.addAll(s.guards());
            draft.next = s.next().isPresent() ? s.next().getAsInt() : null;
            draft.ifYes = s.ifYes().isPresent() ? s.ifYes().getAsInt() : null;
            draft.ifNo = s.ifNo().isPresent() ? s.ifNo().getAsInt() : null;
            b.drafts.add(draft);
        }
        return b;
    }

    /**
     * Fills the identity section (Bagian Identitas).
     *
     * @param fields sets the fields on the identity builder it is given
     * @return this builder
     */
    public SopBuilder identity(Consumer<Identity.Builder> fields) {
        Objects.requireNonNull(fields, "fields").accept(identity);
        return this;
    }

    /**
     * Declares roles, in the order of their columns in the document. Adds to roles already declared.
     *
     * @param roles the roles
     * @return this builder
     */
    public SopBuilder roles(Role... roles) {
        for (Role r : Objects.requireNonNull(roles, "roles")) {
            this.roles.add(Objects.requireNonNull(r, "role"));
        }
        return this;
    }

    /**
     * Names the roles that may cancel a case of this SOP. Without this call nobody may.
     *
     * @param roles roles among the declared ones
     * @return this builder
     */
    public SopBuilder cancelledBy(Role... roles) {
        for (Role r : Objects.requireNonNull(roles, "roles")) {
            cancelRoles.add(Objects.requireNonNull(r, "role"));
        }
        return this;
    }

    /**
     * Opens the START step (a terminator symbol; exactly one per SOP).
     *
     * @param number the step number
     * @param activity the Kegiatan
     * @return this builder, now describing the new step
     */
    public SopBuilder start(int number, String activity) {
        return open(number, StepKind.START, activity);
    }

    /**
     * Opens a PROCESS step (a box).
     *
     * @param number the step number
     * @param activity the Kegiatan
     * @return this builder, now describing the new step
     */
    public SopBuilder process(int number, String activity) {
        return open(number, StepKind.PROCESS, activity);
    }

    /**
     * Opens a DECISION step (a diamond); give it {@link #ifYes} and {@link #ifNo}.
     *
     * @param number the step number
     * @param activity the Kegiatan, usually a question
     * @return this builder, now describing the new step
     */
    public SopBuilder decision(int number, String activity) {
        return open(number, StepKind.DECISION, activity);
    }

    /**
     * Opens an END step (a terminator; reaching it completes a case).
     *
     * @param number the step number
     * @param activity the Kegiatan
     * @return this builder, now describing the new step
     */
    public SopBuilder end(int number, String activity) {
        return open(number, StepKind.END, activity);
    }

    private SopBuilder open(int number, StepKind kind, String activity) {
        current = new Draft(number, kind, Objects.requireNonNull(activity, "activity").strip());
        drafts.add(current);
        return this;
    }

    private Draft current(String call) {
        if (current == null) {
            throw new IllegalStateException(call + " describes a step, but no step is open yet: call start(...),"
                    + " process(...), decision(...) or end(...) first");
        }
        return current;
    }

    /**
     * Adds a part to the current step: the role that does it and the label in its cell.
     *
     * @param role the role
     * @param label the word in the role's cell, such as {@code "Proses"}
     * @return this builder
     */
    public SopBuilder by(Role role, String label) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(label, "label");
        Draft d = current("by(...)");
        d.partRoles.add(role);
        d.partLabels.add(label.strip());
        return this;
    }

    /**
     * Sets the current step's Waktu from its text, such as {@code "15 Menit"}.
     *
     * @param text the time as written; an unreadable text is reported by {@link #build()}
     * @return this builder
     */
    public SopBuilder takes(String text) {
        Objects.requireNonNull(text, "text");
        Draft d = current("takes(...)");
        d.repeated("takes", d.timeText, text.strip());
        d.timeText = text.strip();
        try {
            d.time = TimeStandard.parse(text);
            d.badTime = null;
        } catch (TertibParseException e) {
            d.time = null;
            d.badTime = e.getMessage();
        }
        return this;
    }

    /**
     * Sets the current step's Waktu to a whole number of minutes.
     *
     * @param duration the time
     * @return this builder
     */
    public SopBuilder takes(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        Draft d = current("takes(...)");
        d.repeated("takes", d.timeText, duration.toString());
        d.timeText = duration.toString();
        try {
            d.time = TimeStandard.of(duration);
            d.timeText = d.time.text();
            d.badTime = null;
        } catch (IllegalArgumentException e) {
            d.time = null;
            d.badTime = e.getMessage();
        }
        return this;
    }

    /**
     * Sets the current step's Waktu.
     *
     * @param time the time standard
     * @return this builder
     */
    public SopBuilder takes(TimeStandard time) {
        Objects.requireNonNull(time, "time");
        Draft d = current("takes(...)");
        d.repeated("takes", d.timeText, time.text());
        d.time = time;
        d.timeText = time.text();
        d.badTime = null;
        return this;
    }

    /**
     * Adds to the current step's Kelengkapan (requirements).
     *
     * @param items what the step needs
     * @return this builder
     */
    public SopBuilder requires(String... items) {
        addAll(current("requires(...)").requirements, items, "requires");
        return this;
    }

    /**
     * Adds to the current step's Output.
     *
     * @param items what the step produces
     * @return this builder
     */
    public SopBuilder produces(String... items) {
        addAll(current("produces(...)").outputs, items, "produces");
        return this;
    }

    private static void addAll(List<String> into, String[] items, String what) {
        for (String s : Objects.requireNonNull(items, "items")) {
            into.add(Objects.requireNonNull(s, () -> "an item of " + what + "(...) is null").strip());
        }
    }

    /**
     * Sets the step a START or PROCESS step goes to; by default the next step in number order.
     *
     * @param step the target step number
     * @return this builder
     */
    public SopBuilder next(int step) {
        Draft d = current("next(...)");
        d.repeated("next", d.next, step);
        d.next = step;
        return this;
    }

    /**
     * Sets where a DECISION goes on "Ya".
     *
     * @param step the target step number
     * @return this builder
     */
    public SopBuilder ifYes(int step) {
        Draft d = current("ifYes(...)");
        d.repeated("ifYes", d.ifYes, step);
        d.ifYes = step;
        return this;
    }

    /**
     * Sets where a DECISION goes on "Tidak".
     *
     * @param step the target step number
     * @return this builder
     */
    public SopBuilder ifNo(int step) {
        Draft d = current("ifNo(...)");
        d.repeated("ifNo", d.ifNo, step);
        d.ifNo = step;
        return this;
    }

    /**
     * Sets the current step's Keterangan.
     *
     * @param text the note
     * @return this builder
     */
    public SopBuilder note(String text) {
        Objects.requireNonNull(text, "text");
        Draft d = current("note(...)");
        d.repeated("note", d.noteSet ? d.note : null, text.strip());
        d.note = text.strip();
        d.noteSet = true;
        return this;
    }

    /**
     * Lets a case be suspended (ditunda) while the current step is current, for instance to wait for
     * missing information.
     *
     * @return this builder
     */
    public SopBuilder pausable() {
        current("pausable()").pausable = true;
        return this;
    }

    /**
     * Requires definitive officials for the current step: no Plt. or Plh. may do its parts.
     *
     * @return this builder
     */
    public SopBuilder definitiveOnly() {
        current("definitiveOnly()").definitiveOnly = true;
        return this;
    }

    /**
     * Requires a different person for each part of the current step (four eyes).
     *
     * @return this builder
     */
    public SopBuilder separateActors() {
        current("separateActors()").separateActors = true;
        return this;
    }

    /**
     * Adds a custom guard to the current step.
     *
     * @param description what the rule requires, quoted in refusals
     * @param condition whether an attempt satisfies it
     * @return this builder
     */
    public SopBuilder guard(String description, Predicate<Guard.Attempt> condition) {
        return guard(Guard.of(description, condition));
    }

    /**
     * Adds a custom guard to the current step.
     *
     * @param guard the guard
     * @return this builder
     */
    public SopBuilder guard(Guard guard) {
        current("guard(...)").guards.add(Objects.requireNonNull(guard, "guard"));
        return this;
    }

    /**
     * Checks the whole definition and returns it.
     *
     * @return the immutable definition, carrying its style warnings
     * @throws InvalidSopException listing every error found (and the warnings after them)
     */
    public SopDefinition build() {
        Identity id = identity.build();
        DefinitionChecks checks = new DefinitionChecks(id, roles, cancelRoles, drafts);
        List<Problem> problems = checks.run();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Problem p : problems) {
            (p.isWarning() ? warnings : errors).add(p);
        }
        if (!errors.isEmpty()) {
            errors.addAll(warnings);
            throw new InvalidSopException("SOP " + id.number() + " \"" + id.name() + "\"", errors);
        }
        return new SopDefinition(id, roles, cancelRoles, checks.steps(), warnings);
    }

    /** What the builder knows of a step before it is checked. */
    static final class Draft {
        final int number;
        final StepKind kind;
        final String activity;
        final List<Role> partRoles = new ArrayList<>();
        final List<String> partLabels = new ArrayList<>();
        TimeStandard time;
        /** Why the Waktu could not be read, or null. */
        String badTime;
        /** The Waktu as given, readable or not; null when none was. */
        String timeText;
        final List<String> requirements = new ArrayList<>();
        final List<String> outputs = new ArrayList<>();
        String note = "";
        boolean pausable;
        boolean definitiveOnly;
        boolean separateActors;
        final List<Guard> guards = new ArrayList<>();
        Integer next;
        Integer ifYes;
        Integer ifNo;

        /** Each single-valued setting made again, as "ifYes(4) then ifYes(5)", in call order. */
        final List<String> repeats = new ArrayList<>();
        /** Whether note(...) was called (a note may be set to the empty text). */
        boolean noteSet;

        Draft(int number, StepKind kind, String activity) {
            this.number = number;
            this.kind = kind;
            this.activity = activity;
        }

        /** Records a setting made again: {@code before} is the value already set, or null if none was. */
        void repeated(String setting, Object before, Object after) {
            if (before != null) {
                repeats.add(setting + "(" + quoted(before) + ") then " + setting + "(" + quoted(after) + ")");
            }
        }

        private static String quoted(Object value) {
            return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
        }

    }
}
