package io.github.tertib.run;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.EdECKey;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The office's key for sealing cases: a secret for HMAC-SHA-256, or a {@code java.security} private
 * key (Ed25519, EC or RSA, such as the key of an office certificate for electronic signatures), with
 * the id that its seals name.
 *
 * <pre>{@code
 * SealKey key = SealKey.of("diskominfo-2026", privateKey);      // or SealKey.hmac("diskominfo-2026", secret)
 * Seal seal = key.seal(run);                                    // when the host stores the case
 * }</pre>
 *
 * <p>Immutable and thread-safe. Keep it where only the office's sealing service can read it: whoever
 * holds it can seal any log.
 */
public final class SealKey {

    private final String keyId;
    private final Seal.Algorithm algorithm;
    private final byte[] secret;
    private final PrivateKey privateKey;

    private SealKey(String keyId, Seal.Algorithm algorithm, byte[] secret, PrivateKey privateKey) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.secret = secret;
        this.privateKey = privateKey;
    }

    /**
     * Returns a key that seals with HMAC-SHA-256 under a secret; verify its seals with
     * {@link SealVerifier#hmac(String, byte[])} and the same secret.
     *
     * @param keyId the id seals name, such as {@code "diskominfo-2026"}: no spaces, 1 to 100 characters
     * @param secret the secret, at least 32 bytes (copied)
     * @return the key
     * @throws IllegalArgumentException if the id is not in that form or the secret is shorter
     */
    public static SealKey hmac(String keyId, byte[] secret) {
        return new SealKey(Seal.requireKeyId(keyId), Seal.Algorithm.HMAC_SHA256, requireSecret(keyId, secret), null);
    }

    static byte[] requireSecret(String keyId, byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 32) {
            throw new IllegalArgumentException("the HMAC-SHA-256 secret of key " + keyId + " has " + secret.length
                    + " bytes; give at least 32 random bytes (256 bits)");
        }
        return secret.clone();
    }

    /**
     * Returns a key that seals with a signature by the private key: Ed25519, ECDSA over SHA-256 for an
     * EC key, or RSA over SHA-256 for an RSA key. Verify its seals with
     * {@link SealVerifier#of(String, java.security.PublicKey)} and the public key.
     *
     * @param keyId the id seals name: no spaces, 1 to 100 characters
     * @param key the private key
     * @return the key
     * @throws IllegalArgumentException if the id is not in that form or the key is of another kind
     */
    public static SealKey of(String keyId, PrivateKey key) {
        Objects.requireNonNull(key, "key");
        return new SealKey(Seal.requireKeyId(keyId), algorithmOf(keyId, key), null, key);
    }

    /** The algorithm for a key of this kind, or a refusal naming the kind. */
    static Seal.Algorithm algorithmOf(String keyId, java.security.Key key) {
        String kind = key.getAlgorithm();
        if (key instanceof EdECKey ed) {
            if (ed.getParams().getName().equals("Ed25519")) {
                return Seal.Algorithm.ED25519;
            }
            kind = ed.getParams().getName();
        } else if (kind.equals("EC")) {
            return Seal.Algorithm.ECDSA_SHA256;
        } else if (kind.equals("RSA")) {
            return Seal.Algorithm.RSA_SHA256;
        }
        throw new IllegalArgumentException("key " + keyId + " is a " + kind + " key; a seal is signed with an Ed25519,"
                + " EC or RSA key, or with an HMAC secret");
    }

    /** Returns the id this key's seals name. */
    public String keyId() {
        return keyId;
    }

    /** Returns how this key signs. */
    public Seal.Algorithm algorithm() {
        return algorithm;
    }

    /**
     * Seals a case as it stands: its id, its number of events and its last digest.
     *
     * @param run the case
     * @return the seal
     */
    public Seal seal(SopInstance run) {
        Objects.requireNonNull(run, "run");
        return seal(run.id(), run.events().size(), run.lastDigest());
    }

    /**
     * Seals a case's log: the case id of its first event, the number of events and the last event's
     * digest as the log records it (replay checks the chain that digest ends).
     *
     * @param events the case's events, starting with its {@link Event.Started} event
     * @return the seal
     * @throws IllegalArgumentException if the list is empty or does not start with a Started event
     */
    public Seal seal(List<Event> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty() || !(events.get(0) instanceof Event.Started started)) {
            throw new IllegalArgumentException("a case's log starts with its Started event; this one "
                    + (events.isEmpty() ? "is empty" : "starts with " + events.get(0).getClass().getSimpleName())
                    + ", so there is no case to seal");
        }
        return seal(started.instanceId(), events.size(), events.get(events.size() - 1).digest());
    }

    private Seal seal(String caseId, int count, Digest last) {
        byte[] message = Seal.signed(algorithm, keyId, caseId, count, last);
        try {
            byte[] signature;
            if (secret != null) {
                Mac mac = Mac.getInstance(algorithm.jcaName());
                mac.init(new SecretKeySpec(secret, algorithm.jcaName()));
                signature = mac.doFinal(message);
            } else {
                Signature signer = Signature.getInstance(algorithm.jcaName());
                signer.initSign(privateKey);
                signer.update(message);
                signature = signer.sign();
            }
            return new Seal(algorithm, keyId, caseId, count, last, signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not seal with " + algorithm.jcaName() + " and key " + keyId
                    + ": " + e.getMessage(), e);
        }
    }

    /** Returns the id and algorithm, never the key. */
    @Override
    public String toString() {
        return "seal key " + keyId + " (" + algorithm.jcaName() + ")";
    }
}
