package io.github.tertib.run;

import io.github.tertib.sop.Capacity;
import io.github.tertib.sop.Answer;
import io.github.tertib.sop.Revision;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

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

    /**
     * Computes the entry's digest chained over the digest of {@code previous} (null for the first event
     * of a log: the 32 zero bytes) into the first 32 bytes of {@link #buf}.
     */
    private void hash(Entry previous, Entry e) {
        n = 0;
        ensure(33);
        if (previous == null) {
            Arrays.fill(buf, 0, 32, (byte) 0);
        } else {
            previous.writeDigest(buf, 0);
        }
        n = 32;
        int kind = e.kind();
        switch (kind) {
            case Entry.PART -> buf[n++] = PART_COMPLETED;
            case Entry.DECIDED -> buf[n++] = DECIDED;
            case Entry.STARTED -> buf[n++] = ((Entry.Started) e).revision != null ? STARTED_ON_REVISION : STARTED;
            case Entry.SUSPENDED -> buf[n++] = SUSPENDED;
            case Entry.RESUMED -> buf[n++] = RESUMED;
            case Entry.CANCELLED -> buf[n++] = CANCELLED;
            default -> throw new IllegalStateException("an entry of kind " + kind + ": this is a bug in Tertib");
        }
        // Suspended and Cancelled carry their reason as the remark.
        putCommon(e);
        if (kind == Entry.DECIDED) {
            putByte(e.answer() == Answer.YES ? 1 : 0);
        } else if (kind == Entry.STARTED) {
            Entry.Started s = (Entry.Started) e;
            putString(s.id);
            putString(s.sop);
            if (s.revision != null) {
                Revision r = s.revision;
                putString(r.revised().map(Object::toString).orElse(""));
                byte[] f = r.fingerprint().toBytes();
                ensure(f.length);
                System.arraycopy(f, 0, buf, n, f.length);
                n += f.length;
            }
        }
        // Appended only when present, so that the digests of events recorded before decrees were
        // (and of events by actors not taken from a roster) stay what they were.
        if (e.decree != null) {
            putByte(1);
            putString(e.decree);
        }
        sha.update(buf, 0, n);
        try {
            sha.digest(buf, 0, 32);
        } catch (DigestException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The parts every event has, in their order: step, at, role, actor, capacity, remark. */
    private void putCommon(Entry e) {
        putVarint(e.step());
        putInstant(e.epochSecond(), e.nano());
        putString(e.role.id());
        putString(e.role.title());
        putString(e.actor.id());
        putString(e.actor.name());
        Delegation d = e.delegation;
        if (d == null) {
            putByte(0);
        } else {
            putByte(d.capacity() == Capacity.PLT ? 1 : 2);
            putInstant(d.from().getEpochSecond(), d.from().getNano());
            putInstant(d.until().getEpochSecond(), d.until().getNano());
        }
        if (e.remark == null) {
            putByte(0);
        } else {
            putByte(1);
            putString(e.remark);
        }
    }

    /** Fills in the digest of an entry that a command recorded. */
    void fill(Entry previous, Entry e) {
        hash(previous, e);
        e.fill(buf, 0);
    }

    /** Whether the entry's digest is the one its content chained over {@code previous} gives. */
    boolean verify(Entry previous, Entry e) {
        hash(previous, e);
        return e.matches(buf, 0);
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

    private void putInstant(long second, int nano) {
        ensure(12);
        Digest.LONGS.set(buf, n, second);
        n += 8;
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
