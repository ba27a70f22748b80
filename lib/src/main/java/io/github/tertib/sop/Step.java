package io.github.tertib.sop;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One row of an SOP's flowchart: its number, kind, activity (Kegiatan), parts (who does it, with the
 * label in each role's cell), Mutu Baku, Keterangan, flags and transitions.
 *
 * <p>Steps are made by {@link SopBuilder}; read them from a {@link SopDefinition}:
 *
 * <pre>{@code
 * Step s = PalangkaRaya.v4().step(3);
 * s.kind();   // DECISION
 * s.ifYes();  // OptionalInt[4]
 * s.ifNo();   // OptionalInt[2]
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value (guards by their descriptions).
 */
public final class Step {

    private static final int NONE = Integer.MIN_VALUE;

    private final int number;
    private final StepKind kind;
    private final String activity;
    private final List<Assignment> parts;
    private final QualityStandard standard;
    private final String note;
    private final Set<Flag> flags;
    private final List<Guard> guards;
    private final int next;
    private final int ifYes;
    private final int ifNo;
    // The flags again as fields: a command asks them, and a field read is cheaper than Set.contains.
    private final boolean pausable;
    private final boolean definitiveOnly;
    private final boolean separateActors;

    Step(int number, StepKind kind, String activity, List<Assignment> parts, QualityStandard standard, String note,
            boolean pausable, boolean definitiveOnly, boolean separateActors, List<Guard> guards, OptionalInt next,
            OptionalInt ifYes, OptionalInt ifNo) {
        this.number = number;
        this.kind = kind;
        this.activity = activity;
        this.parts = List.copyOf(parts);
        this.standard = standard;
        this.note = note;
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        if (pausable) {
            set.add(Flag.PAUSABLE);
        }
        if (definitiveOnly) {
            set.add(Flag.DEFINITIVE_ONLY);
        }
        if (separateActors) {
            set.add(Flag.SEPARATE_ACTORS);
        }
        this.flags = Set.copyOf(set);
        this.guards = List.copyOf(guards);
        this.next = next.orElse(NONE);
        this.ifYes = ifYes.orElse(NONE);
        this.ifNo = ifNo.orElse(NONE);
        this.pausable = pausable;
        this.definitiveOnly = definitiveOnly;
        this.separateActors = separateActors;
    }

    /** Returns the step number (the No column). */
    public int number() {
        return number;
    }

    /** Returns the kind, which is the symbol drawn. */
    public StepKind kind() {
        return kind;
    }

    /** Returns the activity (Kegiatan) as written. */
    public String activity() {
        return activity;
    }

    /** Returns the parts, in the order of the roles' columns as declared. */
    public List<Assignment> parts() {
        return parts;
    }

    /** Returns the roles of the parts, in order. */
    public List<Role> roles() {
        List<Role> roles = new ArrayList<>(parts.size());
        for (Assignment a : parts) {
            roles.add(a.role());
        }
        return List.copyOf(roles);
    }

    /**
     * Returns the part of the given role, if the step has one.
     *
     * @param role the role
     * @return its part
     */
    public Optional<Assignment> part(Role role) {
        Objects.requireNonNull(role, "role");
        for (Assignment a : parts) {
            if (a.role().equals(role)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Returns the Mutu Baku. */
    public QualityStandard standard() {
        return standard;
    }

    /** Returns the Waktu of the Mutu Baku, if any. */
    public Optional<TimeStandard> time() {
        return standard.time();
    }

    /** Returns the Keterangan, if any. */
    public Optional<String> note() {
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }

    /**
     * Returns the step's flags, as set with the builder's {@code pausable()}, {@code definitiveOnly()} and
     * {@code separateActors()}; an unmodifiable set, empty for most steps.
     *
     * @return the flags
     */
    public Set<Flag> flags() {
        return flags;
    }

    /**
     * Returns whether the step carries the flag.
     *
     * @param flag the flag
     * @return true if it is set
     */
    public boolean has(Flag flag) {
        return flags.contains(Objects.requireNonNull(flag, "flag"));
    }

    /** Returns whether a case may be suspended (ditunda) while this step is current. */
    public boolean isPausable() {
        return pausable;
    }

    /** Returns whether only definitive officials may do this step's parts (no Plt. or Plh.). */
    public boolean isDefinitiveOnly() {
        return definitiveOnly;
    }

    /** Returns whether each part must be done by a different person (four eyes). */
    public boolean requiresSeparateActors() {
        return separateActors;
    }

    /** Returns the custom guards, in the order added. */
    public List<Guard> guards() {
        return guards;
    }

    /** Returns the next step of a START or PROCESS step; empty for DECISION and END. */
    public OptionalInt next() {
        return next == NONE ? OptionalInt.empty() : OptionalInt.of(next);
    }

    /** Returns the step a DECISION goes to on "Ya"; empty for other kinds. */
    public OptionalInt ifYes() {
        return ifYes == NONE ? OptionalInt.empty() : OptionalInt.of(ifYes);
    }

    /** Returns the step a DECISION goes to on "Tidak"; empty for other kinds. */
    public OptionalInt ifNo() {
        return ifNo == NONE ? OptionalInt.empty() : OptionalInt.of(ifNo);
    }

    /**
     * Returns the step that follows once this step's parts are done: the next step of a START or PROCESS
     * step, whatever the answer; the "Ya" or "Tidak" target of a DECISION. This is the one place the
     * rule is written; running cases, reports and stores ask it.
     *
     * @param answer the answer given to a DECISION; ignored for START and PROCESS
     * @return the number of the target step
     * @throws IllegalStateException for an END step, which leads nowhere
     */
    public int target(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        int target = switch (kind) {
            case START, PROCESS -> next;
            case DECISION -> switch (answer) {
                case YES -> ifYes;
                case NO -> ifNo;
            };
            case END -> NONE;
        };
        if (target == NONE) {
            throw new IllegalStateException("step " + number + " (" + kind + ") leads nowhere: an END step ends the case");
        }
        return target;
    }

    /** Returns the numbers of the steps this one may go to: next, or Ya then Tidak; none for END. */
    public List<Integer> successors() {
        if (next != NONE) {
            return List.of(next);
        }
        if (ifYes != NONE && ifNo != NONE) {
            return List.of(ifYes, ifNo);
        }
        return List.of();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Step s && s.number == number && s.kind == kind && s.activity.equals(activity)
                && s.parts.equals(parts) && s.standard.equals(standard) && s.note.equals(note)
                && s.flags.equals(flags)
                && s.guards.equals(guards) && s.next == next && s.ifYes == ifYes && s.ifNo == ifNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, kind, activity, parts, standard, note, flags,
                guards, next, ifYes, ifNo);
    }

    /** Returns a one-line summary: {@code 3 DECISION "Jika ..." [Kepala Seksi: Jika] 10 Menit Ya→4 Tidak→2}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(number).append(' ').append(kind).append(" \"")
                .append(activity.length() > 40 ? activity.substring(0, 37) + "..." : activity).append("\" ")
                .append(parts);
        standard.time().ifPresent(t -> b.append(' ').append(t));
        if (next != NONE) {
            b.append(" \u2192").append(next);
        }
        if (ifYes != NONE || ifNo != NONE) {
            b.append(" Ya\u2192").append(ifYes == NONE ? "?" : ifYes).append(" Tidak\u2192")
                    .append(ifNo == NONE ? "?" : ifNo);
        }
        if (flags.contains(Flag.PAUSABLE)) {
            b.append(" pausable");
        }
        return b.toString();
    }

    /** A rule a step may carry beyond its parts and transitions. */
    public enum Flag {
        /** A case may be suspended (ditunda) while the step is current. */
        PAUSABLE,
        /** Only definitive officials may do the step's parts: no Plt. or Plh. */
        DEFINITIVE_ONLY,
        /** Each part must be done by a different person (four eyes). */
        SEPARATE_ACTORS
    }
}
