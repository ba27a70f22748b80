package io.github.tertib.run;

import io.github.tertib.TertibParseException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A SHA-256 digest of an event, chained over the digest of the event before it; written as 64
 * lower-case hexadecimal digits.
 *
 * <p>A host application stores the digest of the last event beside its log, and passes it to
 * {@link SopInstance#replay(io.github.tertib.sop.SopDefinition, java.util.List, Digest)} to detect a log
 * that lost events at its end. docs/event-log.md says what exactly is hashed.
 *
 * <pre>{@code
 * Digest last = run.lastDigest();
 * String stored = last.toString();               // "9f86d081884c7d65..."
 * SopInstance again = SopInstance.replay(v4, events, Digest.parse(stored));
 * }</pre>
 *
 * <p>Immutable and thread-safe. The digests of a case's events are computed the first time its events
 * are asked for (see {@link SopInstance#events()}). Equal when the 32 bytes are.
 */
public final class Digest {

    /** The 32 zero bytes that the first event of a log is chained over. */
    static final Digest ZERO = new Digest(0, 0, 0, 0);

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Reads and writes a big-endian long in a byte array. */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    // Four longs rather than a byte[]: no array to copy, and a case holds its events' digests in the
    // same four longs (see Entry).
    private final long a;
    private final long b;
    private final long c;
    private final long d;

    Digest(long a, long b, long c, long d) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }

    long a() {
        return a;
    }

    long b() {
        return b;
    }

    long c() {
        return c;
    }

    long d() {
        return d;
    }

    /**
     * Returns the digest with the given 32 bytes.
     *
     * @param bytes the bytes, most significant first
     * @return the digest
     * @throws IllegalArgumentException if there are not exactly 32 bytes
     */
    public static Digest of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + bytes.length);
        }
        return read(bytes, 0);
    }

    static Digest read(byte[] bytes, int offset) {
        return new Digest(longAt(bytes, offset), longAt(bytes, offset + 8), longAt(bytes, offset + 16),
                longAt(bytes, offset + 24));
    }

    private static long longAt(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /**
     * Reads a digest from its 64 hexadecimal digits (ASCII, either case; {@link #toString()} and the
     * event log write lower case).
     *
     * @param hex the digits
     * @return the digest
     * @throws TertibParseException if the text is not 64 hexadecimal digits, naming the first bad one
     */
    public static Digest parse(CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 64) {
            throw new TertibParseException("a digest is written as 64 hexadecimal digits; \"" + shortened(hex)
                    + "\" has " + hex.length() + " characters", hex, Math.min(hex.length(), 64));
        }
        long[] v = new long[4];
        for (int i = 0; i < 64; i++) {
            char c = hex.charAt(i);
            // Character.digit would also take full-width and other scripts' digits
            int n = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (n < 0) {
                throw new TertibParseException("a digest is written as 64 hexadecimal digits; \"" + hex
                        + "\" has '" + c + "' at position " + (i + 1), hex, i);
            }
            v[i >> 4] = (v[i >> 4] << 4) | n;
        }
        return new Digest(v[0], v[1], v[2], v[3]);
    }

    private static String shortened(CharSequence s) {
        return s.length() > 80 ? s.subSequence(0, 77) + "..." : s.toString();
    }

    /** Returns the 32 bytes, most significant first, in a new array. */
    public byte[] toBytes() {
        byte[] out = new byte[32];
        write(out, 0);
        return out;
    }

    void write(byte[] out, int offset) {
        LONGS.set(out, offset, a);
        LONGS.set(out, offset + 8, b);
        LONGS.set(out, offset + 16, c);
        LONGS.set(out, offset + 24, d);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Digest x && x.a == a && x.b == b && x.c == c && x.d == d;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(a);
    }

    /** Returns the 64 lower-case hexadecimal digits. */
    @Override
    public String toString() {
        char[] out = new char[64];
        long[] v = {a, b, c, d};
        for (int i = 0; i < 64; i++) {
            out[i] = HEX[(int) (v[i >> 4] >>> (60 - 4 * (i & 15))) & 15];
        }
        return new String(out);
    }
}
