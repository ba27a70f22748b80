package io.github.tertib.run;

import io.github.tertib.internal.Instants;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as a case holds it: the facts of one {@link Event} in primitive fields and shared
 * references, 80 bytes where the public record with its {@link Instant} and {@link Digest} takes 120.
 * The case makes the public records on read ({@link #toEvent()}); its checks, its replay and the walk
 * into visits read the entries themselves.
 *
 * <p>The instant is held as its epoch second and nano; the digest as four longs, filled in the first
 * time the case's events are looked at (commands do not hash). Everything but the digest is final.
 */
class Entry {

    static final int STARTED = 0;
    static final int PART = 1;
    static final int DECIDED = 2;
    static final int SUSPENDED = 3;
    static final int RESUMED = 4;
    static final int CANCELLED = 5;

    // The kind (bits 56-58), whether a decision answered NO (bit 59), and the epoch second plus
    // SECOND_OFFSET (bits 0-39: the years 1 to 9999 that Instants accepts need 39).
    private static final long SECOND_OFFSET = 62_135_596_800L;
    private static final long SECOND_MASK = (1L << 40) - 1;

    private final long packed;
    private final int step;
    private final int nano;
    final Role role;
    final Person actor;
    /** The delegation acted under, or null. */
    final Delegation delegation;
    /** The decree acted under, or null. */
    final String decree;
    /** The remark, or for Suspended and Cancelled the reason; null when none was given. */
    final String remark;
    // The digest. `d` is written last and read first (volatile), so a reader that sees it non-zero sees
    // the other three. A digest whose last long is truly zero reads as pending and is computed again to
    // the same value: correct, at the cost of one hash in 2^64.
    private long a;
    private long b;
    private long c;
    private volatile long d;

    Entry(int kind, Answer answer, int step, Role role, Person actor, Delegation delegation, String decree,
            Instant at, String remark) {
        this.packed = (long) kind << 56 | (answer == Answer.NO ? 1L << 59 : 0) | (at.getEpochSecond() + SECOND_OFFSET);
        this.step = step;
        this.nano = at.getNano();
        this.role = role;
        this.actor = actor;
        this.delegation = delegation;
        this.decree = decree;
        this.remark = remark;
    }

    /** The entry of a recorded event, with its digest; the event's instant must be one Instants accepts. */
    static Entry of(Event e) {
        if (!Instants.inRange(e.at())) {
            throw new IllegalArgumentException("an event at " + e.at() + " is outside the range Tertib accepts, "
                    + Instants.MIN + " to " + Instants.MAX + ": this is a bug in Tertib, replay refuses it first");
        }
        Delegation d = e.delegation().orElse(null);
        String k = e.decree().orElse(null);
        String r = e.remark().orElse(null);
        Entry x;
        if (e instanceof Event.Started s) {
            x = new Started(s.instanceId(), s.sop(), s.revision().orElse(null), s.step(), s.role(), s.actor(), d, k, s.at(), r);
        } else if (e instanceof Event.Decided dec) {
            x = new Entry(DECIDED, dec.answer(), e.step(), e.role(), e.actor(), d, k, e.at(), r);
        } else {
            x = new Entry(kindOf(e), null, e.step(), e.role(), e.actor(), d, k, e.at(), r);
        }
        x.setDigest(e.digest());
        return x;
    }

    /** The kind of the entry of an event other than Started. */
    private static int kindOf(Event e) {
        return switch (Op.of(e)) {
            case COMPLETE -> PART;
            case DECIDE -> DECIDED;
            case SUSPEND -> SUSPENDED;
            case RESUME -> RESUMED;
            case CANCEL -> CANCELLED;
        };
    }

    /** The Started entry: it also holds the case's id, the SOP's number and the revision. */
    static final class Started extends Entry {
        final String id;
        final String sop;
        /** The revision the case began on, or null for a case recorded before revisions were. */
        final Revision revision;

        Started(String id, String sop, Revision revision, int step, Role role, Person actor,
                Delegation delegation, String decree, Instant at, String remark) {
            super(STARTED, null, step, role, actor, delegation, decree, at, remark);
            this.id = id;
            this.sop = sop;
            this.revision = revision;
        }
    }

    int kind() {
        return (int) (packed >>> 56) & 7;
    }

    /** Whether the event did a part: PartCompleted or Decided. */
    boolean isPart() {
        int k = kind();
        return k == PART || k == DECIDED;
    }

    Answer answer() {
        return (packed & 1L << 59) != 0 ? Answer.NO : Answer.YES;
    }

    int step() {
        return step;
    }

    long epochSecond() {
        return (packed & SECOND_MASK) - SECOND_OFFSET;
    }

    int nano() {
        return nano;
    }

    Instant at() {
        return Instant.ofEpochSecond(epochSecond(), nano);
    }

    /** Whether {@code t} is earlier than this entry's instant, without making an Instant. */
    boolean isAfter(Instant t) {
        long s = epochSecond();
        return s > t.getEpochSecond() || s == t.getEpochSecond() && nano > t.getNano();
    }

    String actorId() {
        return actor.id();
    }

    /** The command that recorded the entry; not for Started. */
    Op op() {
        return switch (kind()) {
            case PART -> Op.COMPLETE;
            case DECIDED -> Op.DECIDE;
            case SUSPENDED -> Op.SUSPEND;
            case RESUMED -> Op.RESUME;
            case CANCELLED -> Op.CANCEL;
            default -> throw new IllegalArgumentException("a Started event is no command on a case");
        };
    }

    // ---------------------------------------------------------------------------------------- digest

    boolean isDigested() {
        return d != 0;
    }

    void setDigest(Digest digest) {
        a = digest.a();
        b = digest.b();
        c = digest.c();
        d = digest.d();
    }

    /** Sets the digest from 32 bytes at {@code offset}; idempotent. */
    void fill(byte[] bytes, int offset) {
        a = (long) Digest.LONGS.get(bytes, offset);
        b = (long) Digest.LONGS.get(bytes, offset + 8);
        c = (long) Digest.LONGS.get(bytes, offset + 16);
        d = (long) Digest.LONGS.get(bytes, offset + 24);
    }

    /** Whether the 32 bytes at {@code offset} are this entry's digest. */
    boolean matches(byte[] bytes, int offset) {
        long last = d;
        return a == (long) Digest.LONGS.get(bytes, offset) && b == (long) Digest.LONGS.get(bytes, offset + 8)
                && c == (long) Digest.LONGS.get(bytes, offset + 16) && last == (long) Digest.LONGS.get(bytes, offset + 24);
    }

    /** Writes the digest's 32 bytes at {@code offset}. */
    void writeDigest(byte[] out, int offset) {
        long last = d;
        Digest.LONGS.set(out, offset, a);
        Digest.LONGS.set(out, offset + 8, b);
        Digest.LONGS.set(out, offset + 16, c);
        Digest.LONGS.set(out, offset + 24, last);
    }

    Digest digest() {
        long last = d;
        return new Digest(a, b, c, last);
    }

    /** Whether the digests of the two entries are equal: for entries already digested. */
    boolean sameDigest(Entry o) {
        return o.d == d && o.a == a && o.b == b && o.c == c;
    }

    int digestHash() {
        return Long.hashCode(d) * 31 + Long.hashCode(a);
    }

    // -------------------------------------------------------------------------------------- the record

    /** The public record of the event; the digest must have been computed. */
    Event toEvent() {
        Optional<Delegation> del = Optional.ofNullable(delegation);
        Optional<String> dec = Optional.ofNullable(decree);
        Instant at = at();
        Digest dig = digest();
        return switch (kind()) {
            case STARTED -> {
                Started s = (Started) this;
                yield new Event.Started(s.id, s.sop, Optional.ofNullable(s.revision), step, role, actor, del, dec, at,
                        Optional.ofNullable(remark), dig);
            }
            case PART -> new Event.PartCompleted(step, role, actor, del, dec, at, Optional.ofNullable(remark), dig);
            case DECIDED -> new Event.Decided(step, answer(), role, actor, del, dec, at, Optional.ofNullable(remark),
                    dig);
            case SUSPENDED -> new Event.Suspended(step, role, actor, del, dec, at, remark, dig);
            case RESUMED -> new Event.Resumed(step, role, actor, del, dec, at, Optional.ofNullable(remark), dig);
            case CANCELLED -> new Event.Cancelled(step, role, actor, del, dec, at, remark, dig);
            default -> throw new IllegalStateException("an entry of kind " + kind() + ": this is a bug in Tertib");
        };
    }

    /** Whether the two entries record the same event with the same digest; both must be digested. */
    boolean sameAs(Entry o) {
        if (o.packed != packed || o.step != step || o.nano != nano || !sameDigest(o) || !o.role.equals(role)
                || !o.actor.equals(actor) || !Objects.equals(o.delegation, delegation)
                || !Objects.equals(o.decree, decree) || !Objects.equals(o.remark, remark)) {
            return false;
        }
        if (this instanceof Started s) {
            Started t = (Started) o;
            return s.id.equals(t.id) && s.sop.equals(t.sop) && Objects.equals(s.revision, t.revision);
        }
        return true;
    }
}
