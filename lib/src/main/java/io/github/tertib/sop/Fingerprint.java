package io.github.tertib.sop;

import io.github.tertib.TertibParseException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Identifies the exact content of an SOP definition: the SHA-256 of its canonical encoding (identity,
 * roles, steps with their parts, Mutu Baku, notes, flags, guards' descriptions and transitions).
 *
 * <p>Two definitions that differ in anything a case or a document depends on have different
 * fingerprints; equal definitions have equal fingerprints in every JVM and every version of Tertib,
 * because the encoding is versioned and documented (docs/store.md, "Revisions") rather than derived
 * from {@code hashCode}. A revised SOP (a new Tanggal Revisi, a changed Waktu) is a new fingerprint.
 *
 * <pre>{@code
 * Fingerprint f = PalangkaRaya.v4().fingerprint();
 * String text = f.toString();                 // 64 lower-case hexadecimal digits
 * Fingerprint.parse(text).equals(f);          // true
 * f.abbreviated();                            // the first 12 digits, for people
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal by value.
 */
public final class Fingerprint {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] bytes;

    private Fingerprint(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The SHA-256 of a definition's encoding. */
    static Fingerprint of(SopDefinition definition) {
        return new Fingerprint(FingerprintEncoding.sha256(definition));
    }

    /**
     * Returns the fingerprint with the given 32 bytes.
     *
     * @param bytes the SHA-256 value, most significant byte first
     * @return the fingerprint
     * @throws IllegalArgumentException if there are not exactly 32 bytes
     */
    public static Fingerprint ofBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a fingerprint is a SHA-256 value of 32 bytes, not " + bytes.length);
        }
        return new Fingerprint(bytes.clone());
    }

    /**
     * Reads a fingerprint from its 64 hexadecimal digits (either case), as {@link #toString()} writes it.
     *
     * @param text the digits
     * @return the fingerprint
     * @throws TertibParseException if the text is not 64 hexadecimal digits; its index is the first
     *     character that is not a digit, or the end of a text of the wrong length
     */
    public static Fingerprint parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < Math.min(text.length(), 64); i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                throw new TertibParseException("a fingerprint is written as 64 hexadecimal digits; \"" + text
                        + "\" has '" + text.charAt(i) + "' at position " + (i + 1), text, i);
            }
        }
        if (text.length() != 64) {
            throw new TertibParseException("a fingerprint is written as 64 hexadecimal digits; \"" + text + "\" has "
                    + text.length() + " characters", text, Math.min(text.length(), 64));
        }
        byte[] b = new byte[32];
        for (int i = 0; i < 32; i++) {
            b[i] = (byte) (Character.digit(text.charAt(2 * i), 16) << 4 | Character.digit(text.charAt(2 * i + 1), 16));
        }
        return new Fingerprint(b);
    }

    /** Returns the 32 bytes, most significant first, in a new array. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Returns the first 12 hexadecimal digits: enough for people to tell revisions apart. */
    public String abbreviated() {
        return toString().substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Returns the 64 lower-case hexadecimal digits. */
    @Override
    public String toString() {
        char[] out = new char[64];
        for (int i = 0; i < 32; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
