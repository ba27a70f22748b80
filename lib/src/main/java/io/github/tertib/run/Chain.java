package io.github.tertib.run;

import io.github.tertib.sop.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

/**
 * Computes the chained SHA-256 digests of events over their canonical byte encoding
 * (docs/event-log.md, "Digests"). One chain serves one call: a command, or a whole replay.
 */
final class Chain {

    static final byte STARTED = 'S';
    static final byte PART_COMPLETED = 'P';
    static final byte DECIDED = 'D';
    static final byte SUSPENDED = 'U';
    static final byte RESUMED = 'R';
    static final byte CANCELLED = 'C';

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

    /** The digest of an event with these fields chained over {@code previous}. */
    Digest digest(Digest previous, byte tag, int step, Role role, String actorId, String actorName,
            Delegation delegation, Instant at, String remark, String instanceId, String sop, Answer answer) {
        n = 0;
        ensure(33);
        previous.write(buf, 0);
        n = 32;
        buf[n++] = tag;
        putVarint(step);
        putInstant(at);
        putString(role.id());
        putString(role.title());
        putString(actorId);
        putString(actorName);
        if (delegation == null) {
            putByte(0);
        } else {
            putByte(delegation.capacity() == Capacity.PLT ? 1 : 2);
            putInstant(delegation.from());
            putInstant(delegation.until());
        }
        if (remark == null) {
            putByte(0);
        } else {
            putByte(1);
            putString(remark);
        }
        if (tag == STARTED) {
            putString(instanceId);
            putString(sop);
        } else if (tag == DECIDED) {
            putByte(answer == Answer.YES ? 1 : 0);
        }
        sha.update(buf, 0, n);
        try {
            sha.digest(buf, 0, 32);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
        return Digest.read(buf, 0);
    }

    /** The digest the event should have, chained over {@code previous}. */
    Digest digest(Digest previous, Event e) {
        Delegation d = e.delegation().orElse(null);
        if (e instanceof Event.Started s) {
            return digest(previous, STARTED, s.step(), s.role(), s.actorId(), s.actorName(), d, s.at(),
                    s.remark().orElse(null), s.instanceId(), s.sop(), null);
        }
        if (e instanceof Event.PartCompleted p) {
            return digest(previous, PART_COMPLETED, p.step(), p.role(), p.actorId(), p.actorName(), d, p.at(),
                    p.remark().orElse(null), null, null, null);
        }
        if (e instanceof Event.Decided x) {
            return digest(previous, DECIDED, x.step(), x.role(), x.actorId(), x.actorName(), d, x.at(),
                    x.remark().orElse(null), null, null, x.answer());
        }
        if (e instanceof Event.Suspended u) {
            return digest(previous, SUSPENDED, u.step(), u.role(), u.actorId(), u.actorName(), d, u.at(),
                    u.reason(), null, null, null);
        }
        if (e instanceof Event.Resumed r) {
            return digest(previous, RESUMED, r.step(), r.role(), r.actorId(), r.actorName(), d, r.at(),
                    r.remark().orElse(null), null, null, null);
        }
        Event.Cancelled c = (Event.Cancelled) e;
        return digest(previous, CANCELLED, c.step(), c.role(), c.actorId(), c.actorName(), d, c.at(), c.reason(),
                null, null, null);
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

    private void putLong(long v) {
        ensure(8);
        for (int i = 56; i >= 0; i -= 8) {
            buf[n++] = (byte) (v >>> i);
        }
    }

    private void putInstant(Instant t) {
        putLong(t.getEpochSecond());
        int nano = t.getNano();
        ensure(4);
        buf[n++] = (byte) (nano >>> 24);
        buf[n++] = (byte) (nano >>> 16);
        buf[n++] = (byte) (nano >>> 8);
        buf[n++] = (byte) nano;
    }

    /** The string's UTF-8 length as a varint, then its UTF-8 bytes; ASCII without a detour. */
    private void putString(String s) {
        int len = s.length();
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            putVarint(len);
            ensure(len);
            for (int i = 0; i < len; i++) {
                buf[n++] = (byte) s.charAt(i);
            }
        } else {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putVarint(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, n, utf8.length);
            n += utf8.length;
        }
    }
}
