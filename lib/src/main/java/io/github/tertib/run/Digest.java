package io.github.tertib.run;

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
 * <p>Immutable and thread-safe; equal when the 32 bytes are.
 */
public final class Digest {

    /** The 32 zero bytes that the first event of a log is chained over. */
    static final Digest ZERO = new Digest(0, 0, 0, 0);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    // Four longs rather than a byte[]: 48 bytes per event instead of 64, and no array to copy.
    private final long a;
    private final long b;
    private final long c;
    private final long d;

    private Digest(long a, long b, long c, long d) {
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
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
        return ((long) b[i] << 56) | ((long) (b[i + 1] & 0xff) << 48) | ((long) (b[i + 2] & 0xff) << 40)
                | ((long) (b[i + 3] & 0xff) << 32) | ((long) (b[i + 4] & 0xff) << 24) | ((b[i + 5] & 0xff) << 16)
                | ((b[i + 6] & 0xff) << 8) | (b[i + 7] & 0xff);
    }

    /**
     * Reads a digest from its 64 hexadecimal digits (either case).
     *
     * @param hex the digits
     * @return the digest
     * @throws IllegalArgumentException if the text is not 64 hexadecimal digits
     */
    public static Digest parse(CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a digest is written as 64 hexadecimal digits; \"" + hex + "\" has "
                    + hex.length() + " characters");
        }
        long[] v = new long[4];
        for (int i = 0; i < 64; i++) {
            int n = Character.digit(hex.charAt(i), 16);
            if (n < 0) {
                throw new IllegalArgumentException("a digest is written as 64 hexadecimal digits; \"" + hex
                        + "\" has '" + hex.charAt(i) + "' at position " + (i + 1));
            }
            v[i >> 4] = (v[i >> 4] << 4) | n;
        }
        return new Digest(v[0], v[1], v[2], v[3]);
    }

    /** Returns the 32 bytes, most significant first, in a new array. */
    public byte[] toBytes() {
        byte[] out = new byte[32];
        write(out, 0);
        return out;
    }

    void write(byte[] out, int offset) {
        long[] v = {a, b, c, d};
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 8; i++) {
                out[offset + k * 8 + i] = (byte) (v[k] >>> (56 - 8 * i));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
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
