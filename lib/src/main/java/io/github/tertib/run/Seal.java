package io.github.tertib.run;

import io.github.tertib.TertibParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The office's seal on a case's chain head: the case id, the number of events and the digest of the
 * last one, signed with the office's key (HMAC-SHA-256 with a secret, or a {@code java.security}
 * signature with a private key), naming the key so that keys can be rotated.
 *
 * <p>Since every event's digest is chained over the one before it, the seal covers the whole log:
 * a log rewritten and re-chained by someone without the key has another last digest, and
 * {@link SealVerifier#replay(io.github.tertib.sop.SopDefinition, java.util.List, Seal)} refuses it.
 * A host seals when it stores a case ({@link SealKey#seal(SopInstance)}), not at every command, and
 * keeps the seal's text ({@link #toString()}) beside the log.
 *
 * <pre>{@code
 * SealKey key = SealKey.of("diskominfo-2026", officePrivateKey);
 * Seal seal = key.seal(run);
 * store(run.id(), EventLog.format(run.events()), seal.toString());
 * ...
 * SealVerifier verifier = SealVerifier.of("diskominfo-2026", officePublicKey);
 * SopInstance again = verifier.replay(v4, EventLog.parse(log), Seal.parse(storedSeal), roster);
 * }</pre>
 *
 * <p>docs/event-log.md says exactly what is signed and what a sealed log proves. Immutable and
 * thread-safe; equal when every field and the signature are.
 */
public final class Seal {

    /** The first field of a seal's text form: its name and version. */
    public static final String NAME = "tertib-seal 1";

    /** How a seal is signed. */
    public enum Algorithm {
        /** HMAC with SHA-256 and a secret key of at least 32 bytes: whoever verifies can also seal. */
        HMAC_SHA256("HmacSHA256"),
        /** EdDSA signature with an Ed25519 private key. */
        ED25519("Ed25519"),
        /** ECDSA signature over SHA-256 with an EC private key (such as P-256). */
        ECDSA_SHA256("SHA256withECDSA"),
        /** RSA PKCS #1 v1.5 signature over SHA-256 with an RSA private key, as office certificates often have. */
        RSA_SHA256("SHA256withRSA");

        private final String jcaName;

        Algorithm(String jcaName) {
            this.jcaName = jcaName;
        }

        /** Returns the standard name Java's security providers know it by, as a seal's text writes it. */
        public String jcaName() {
            return jcaName;
        }

        static Algorithm ofJcaName(String name) {
            for (Algorithm a : values()) {
                if (a.jcaName.equals(name)) {
                    return a;
                }
            }
            return null;
        }
    }

    private final Algorithm algorithm;
    private final String keyId;
    private final String caseId;
    private final int events;
    private final Digest lastDigest;
    private final byte[] signature;

    Seal(Algorithm algorithm, String keyId, String caseId, int events, Digest lastDigest, byte[] signature) {
        this.algorithm = algorithm;
        this.keyId = keyId;
        this.caseId = caseId;
        this.events = events;
        this.lastDigest = lastDigest;
        this.signature = signature;
    }

    /** Returns how the seal is signed. */
    public Algorithm algorithm() {
        return algorithm;
    }

    /** Returns the id of the key that signed it. */
    public String keyId() {
        return keyId;
    }

    /** Returns the id of the sealed case. */
    public String caseId() {
        return caseId;
    }

    /** Returns the number of events sealed. */
    public int events() {
        return events;
    }

    /** Returns the digest of the last event sealed. */
    public Digest lastDigest() {
        return lastDigest;
    }

    /** Returns the signature, in a new array. */
    public byte[] signature() {
        return signature.clone();
    }

    /** The bytes a seal signs: docs/event-log.md, "Seals". */
    static byte[] signed(Algorithm algorithm, String keyId, String caseId, int events, Digest lastDigest) {
        StringBuilder b = new StringBuilder(NAME).append('\n').append(algorithm.jcaName()).append('\n').append(keyId)
                .append('\n');
        EventLog.escape(b, caseId).append('\n').append(events).append('\n').append(lastDigest).append('\n');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] signedBytes() {
        return signed(algorithm, keyId, caseId, events, lastDigest);
    }

    byte[] rawSignature() {
        return signature;
    }

    static String requireKeyId(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isEmpty() || keyId.length() > 100) {
            throw new IllegalArgumentException("a key id has 1 to 100 characters, such as \"diskominfo-2026\"; \""
                    + keyId + "\" has " + keyId.length());
        }
        for (int i = 0; i < keyId.length(); i++) {
            char c = keyId.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("a key id has no spaces or control characters, such as"
                        + " \"diskominfo-2026\"; \"" + keyId + "\" has one at position " + (i + 1));
            }
        }
        return keyId;
    }

    /**
     * Reads a seal from its text form, exactly as {@link #toString()} writes it.
     *
     * @param text the text
     * @return the seal
     * @throws TertibParseException naming the field that is not in the form and the form expected
     */
    public static Seal parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] f = text.split("\t", -1);
        String[] names = {"name", "algorithm", "key id", "case", "events", "last digest", "signature"};
        if (f.length != names.length) {
            throw new TertibParseException("a seal has " + names.length + " tab-separated fields (" + String.join(", ",
                    names) + "), not " + f.length, text, 0);
        }
        int[] at = new int[f.length];
        for (int i = 1; i < f.length; i++) {
            at[i] = at[i - 1] + f[i - 1].length() + 1;
        }
        if (!f[0].equals(NAME)) {
            throw new TertibParseException("a seal starts with \"" + NAME + "\", not \"" + shortened(f[0]) + "\"", text,
                    0);
        }
        Algorithm algorithm = Algorithm.ofJcaName(f[1]);
        if (algorithm == null) {
            throw new TertibParseException("the algorithm field \"" + shortened(f[1]) + "\" is not one of HmacSHA256,"
                    + " Ed25519, SHA256withECDSA, SHA256withRSA", text, at[1]);
        }
        String keyId;
        try {
            keyId = requireKeyId(f[2]);
        } catch (IllegalArgumentException e) {
            throw new TertibParseException("the key id field: " + e.getMessage(), text, at[2], e);
        }
        String caseId;
        try {
            caseId = EventLog.unescape(f[3]);
        } catch (IllegalArgumentException e) {
            throw new TertibParseException("the case field " + e.getMessage(), text, at[3], e);
        }
        if (caseId.isBlank()) {
            throw new TertibParseException("the case field is blank; a seal names the case it seals", text, at[3]);
        }
        int events = -1;
        if (f[4].matches("[1-9][0-9]{0,8}")) {
            events = Integer.parseInt(f[4]);
        }
        if (events < 1) {
            throw new TertibParseException("the events field \"" + shortened(f[4]) + "\" is not a number of events"
                    + " as Tertib writes it: a positive number in ASCII digits without sign or leading zeros", text,
                    at[4]);
        }
        Digest last;
        try {
            last = Digest.parse(f[5]);
        } catch (TertibParseException e) {
            throw new TertibParseException("the last digest field: " + e.getMessage(), text, at[5] + e.index(), e);
        }
        if (!last.toString().equals(f[5])) {
            throw new TertibParseException("the last digest field is not written as Tertib writes a digest: 64"
                    + " lower-case hexadecimal digits", text, at[5]);
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(f[6]);
        } catch (IllegalArgumentException e) {
            throw new TertibParseException("the signature field is not Base64 (RFC 4648, with padding): "
                    + e.getMessage(), text, at[6], e);
        }
        Seal seal = new Seal(algorithm, keyId, caseId, events, last, signature);
        if (signature.length == 0 || !seal.toString().equals(text)) {
            throw new TertibParseException("the seal is not written as Tertib writes it: expected \""
                    + shortened(seal.toString()) + "\"", text, 0);
        }
        return seal;
    }

    private static String shortened(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Two seals are equal when their fields and signatures are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Seal s && s.algorithm == algorithm && s.keyId.equals(keyId) && s.caseId.equals(caseId)
                && s.events == events && s.lastDigest.equals(lastDigest) && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, keyId, caseId, events, lastDigest) * 31 + Arrays.hashCode(signature);
    }

    /**
     * Returns the text form: {@link #NAME}, the algorithm, the key id, the case id (escaped as in the
     * event log), the number of events, the last digest and the Base64 signature, separated by tabs.
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(NAME).append('\t').append(algorithm.jcaName()).append('\t').append(keyId)
                .append('\t');
        EventLog.escape(b, caseId).append('\t').append(events).append('\t').append(lastDigest).append('\t')
                .append(Base64.getEncoder().encodeToString(signature));
        return b.toString();
    }
}
