package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Revision;
import io.github.tertib.sop.Role;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Computes the chained SHA-256 digests of events over their canonical byte encoding
 * (docs/event-log.md, "Digests"). One chain serves one call: filling in a case's pending digests, or a
 * whole replay. Not thread-safe.
 */
final class Chain {

    private static final byte STARTED = 'S';
    private static final byte STARTED_ON_REVISION = 's';
    private static final byte PART_COMPLETED = 'P';
    private static final byte DECIDED = 'D';
    private static final byte SUSPENDED = 'U';
    private static final byte RESUMED = 'R';
    private static final byte CANCELLED = 'C';

    private static final MessageDigest PROTOTYPE;

    static {
        try {
            PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MessageDigest sha;
    private byte[] buf = new byte[160];
    private int n;

    Chain() {
        sha = fresh();
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Computes the event's digest chained over {@code previous} into the first 32 bytes of {@link #buf}. */
    private void hash(Digest previous, Event e) {
        n = 0;
        ensure(33);
        previous.write(buf, 0);
        n = 32;
        // Typed branches for the events most logs are made of: the accessors are then direct calls
        // that inline, where calls through Event would dispatch on the interface for every field.
        if (e instanceof Event.PartCompleted p) {
            buf[n++] = PART_COMPLETED;
            putCommon(p.step(), p.at(), p.role(), p.actor(), p.delegation(), p.remark());
        } else if (e instanceof Event.Decided d) {
            buf[n++] = DECIDED;
            putCommon(d.step(), d.at(), d.role(), d.actor(), d.delegation(), d.remark());
            putByte(d.answer() == Answer.YES ? 1 : 0);
        } else if (e instanceof Event.Started s) {
            buf[n++] = s.revision().isPresent() ? STARTED_ON_REVISION : STARTED;
            putCommon(s.step(), s.at(), s.role(), s.actor(), s.delegation(), s.remark());
            putString(s.instanceId());
            putString(s.sop());
            if (s.revision().isPresent()) {
                Revision r = s.revision().get();
                putString(r.revised().map(Object::toString).orElse(""));
                byte[] f = r.fingerprint().toBytes();
                ensure(f.length);
                System.arraycopy(f, 0, buf, n, f.length);
                n += f.length;
            }
        } else {
            buf[n++] = e instanceof Event.Suspended ? SUSPENDED : e instanceof Event.Resumed ? RESUMED : CANCELLED;
            // Suspended and Cancelled carry their reason as the remark.
            putCommon(e.step(), e.at(), e.role(), e.actor(), e.delegation(), e.remark());
        }
        // Appended only when present, so that the digests of events recorded before decrees were
        // (and of events by actors not taken from a roster) stay what they were.
        Optional<String> decree = e.decree();
        if (decree.isPresent()) {
            putByte(1);
            putString(decree.get());
        }
        sha.update(buf, 0, n);
        try {
            sha.digest(buf, 0, 32);
        } catch (DigestException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The parts every event has, in their order: step, at, role, actor, capacity, remark. */
    private void putCommon(int step, Instant at, Role role, Person who, Optional<Delegation> delegation,
            Optional<String> remark) {
        putVarint(step);
        putInstant(at);
        putString(role.id());
        putString(role.title());
        putString(who.id());
        putString(who.name());
        if (delegation.isEmpty()) {
            putByte(0);
        } else {
            Delegation d = delegation.get();
            putByte(d.capacity() == Capacity.PLT ? 1 : 2);
            putInstant(d.from());
            putInstant(d.until());
        }
        if (remark.isEmpty()) {
            putByte(0);
        } else {
            putByte(1);
            putString(remark.get());
        }
    }

    /** Fills in the pending digest of an event that a command recorded. */
    void fill(Digest previous, Event e) {
        hash(previous, e);
        e.digest().fill(buf, 0);
    }

    /** Whether the event's digest is the one its content chained over {@code previous} gives. */
    boolean verify(Digest previous, Event e) {
        hash(previous, e);
        return e.digest().matches(buf, 0);
    }

    private void ensure(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }

    private void putByte(int b) {
        ensure(1);
        buf[n++] = (byte) b;
    }

    private void putVarint(int v) {
        ensure(5);
        while ((v & ~0x7f) != 0) {
            buf[n++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        buf[n++] = (byte) v;
    }

    private void putInstant(Instant t) {
        ensure(12);
        Digest.LONGS.set(buf, n, t.getEpochSecond());
        n += 8;
        int nano = t.getNano();
        buf[n++] = (byte) (nano >>> 24);
        buf[n++] = (byte) (nano >>> 16);
        buf[n++] = (byte) (nano >>> 8);
        buf[n++] = (byte) nano;
    }

    /** The string's UTF-8 length as a varint, then its UTF-8 bytes. */
    private void putString(String s) {
        // The ids, names and titles of events are short ASCII: their UTF-8 bytes are their chars, and
        // the length fits one varint byte. Copy them straight into the buffer: getBytes would allocate
        // a new array for every string of every event hashed.
        int length = s.length();
        if (length < 0x80) {
            ensure(1 + length);
            int at = n + 1;
            int i = 0;
            while (i < length) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                buf[at + i] = (byte) c;
                i++;
            }
            if (i == length) {
                buf[n] = (byte) length;
                n = at + length;
                return;
            }
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        putVarint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, n, utf8.length);
        n += utf8.length;
    }
}
