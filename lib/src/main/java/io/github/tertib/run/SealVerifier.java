package io.github.tertib.run;

import io.github.tertib.sop.SopDefinition;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks seals: knows the office's keys by id (a secret for HMAC seals, a public key for signed
 * ones), so that seals made under an older key still verify after the key is rotated; and replays a
 * sealed log only if its seal verifies and covers exactly that log.
 *
 * <pre>{@code
 * SealVerifier verifier = SealVerifier.of("diskominfo-2026", publicKey2026)
 *         .and(SealVerifier.of("diskominfo-2025", publicKey2025));
 * SopInstance run = verifier.replay(v4, EventLog.parse(log), Seal.parse(storedSeal), roster);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SealVerifier {

    /** A key that checks the seals naming its id. */
    private record Key(Seal.Algorithm algorithm, byte[] secret, PublicKey publicKey) {
    }

    private final Map<String, Key> keys;

    private SealVerifier(Map<String, Key> keys) {
        this.keys = keys;
    }

    /**
     * Returns a verifier of the HMAC-SHA-256 seals made with the secret under the key id.
     *
     * @param keyId the id the seals name
     * @param secret the secret, at least 32 bytes (copied)
     * @return the verifier
     */
    public static SealVerifier hmac(String keyId, byte[] secret) {
        return new SealVerifier(Map.of(Seal.requireKeyId(keyId),
                new Key(Seal.Algorithm.HMAC_SHA256, SealKey.requireSecret(keyId, secret), null)));
    }

    /**
     * Returns a verifier of the seals signed by the private key whose public key this is.
     *
     * @param keyId the id the seals name
     * @param key the public key: Ed25519, EC or RSA
     * @return the verifier
     * @throws IllegalArgumentException if the key is of another kind
     */
    public static SealVerifier of(String keyId, PublicKey key) {
        Objects.requireNonNull(key, "key");
        return new SealVerifier(Map.of(Seal.requireKeyId(keyId),
                new Key(SealKey.algorithmOf(keyId, key), null, key)));
    }

    /**
     * Returns a verifier that knows the keys of both, for seals made before and after a rotation.
     *
     * @param other another verifier
     * @return the combined verifier
     * @throws IllegalArgumentException if both know a key of the same id
     */
    public SealVerifier and(SealVerifier other) {
        Objects.requireNonNull(other, "other");
        Map<String, Key> all = new LinkedHashMap<>(keys);
        for (Map.Entry<String, Key> e : other.keys.entrySet()) {
            if (all.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("both verifiers know a key with the id " + e.getKey()
                        + ": give each key its own id");
            }
        }
        return new SealVerifier(Map.copyOf(all));
    }

    /**
     * Returns whether the seal was made by a key this verifier knows: its key id is known, its
     * algorithm is that key's, and its signature is right for its content.
     *
     * @param seal the seal
     * @return true if it verifies
     */
    public boolean verifies(Seal seal) {
        return problem(Objects.requireNonNull(seal, "seal")) == null;
    }

    /** Why the seal does not verify, as a sentence, or null when it does. */
    private String problem(Seal seal) {
        Key key = keys.get(seal.keyId());
        if (key == null) {
            return "the seal names the key " + seal.keyId() + ", which this verifier does not know (it knows "
                    + String.join(", ", keys.keySet().stream().sorted().toList()) + "): give the verifier that key's"
                    + (seal.algorithm() == Seal.Algorithm.HMAC_SHA256 ? " secret" : " public key");
        }
        if (key.algorithm() != seal.algorithm()) {
            return "the seal says it was made with " + seal.algorithm().jcaName() + ", but the key "
                    + seal.keyId() + " is a " + key.algorithm().jcaName() + " key: the seal does not match";
        }
        byte[] message = seal.signedBytes();
        boolean ok;
        try {
            if (key.secret() != null) {
                Mac mac = Mac.getInstance(key.algorithm().jcaName());
                mac.init(new SecretKeySpec(key.secret(), key.algorithm().jcaName()));
                ok = MessageDigest.isEqual(mac.doFinal(message), seal.rawSignature());
            } else {
                Signature verifier = Signature.getInstance(key.algorithm().jcaName());
                verifier.initVerify(key.publicKey());
                verifier.update(message);
                ok = verifier.verify(seal.rawSignature());
            }
        } catch (java.security.SignatureException e) {
            ok = false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK could not verify " + key.algorithm().jcaName() + ": "
                    + e.getMessage(), e);
        }
        return ok ? null : "the seal of case " + seal.caseId() + " (" + seal.events() + " events, key "
                + seal.keyId() + ", " + seal.algorithm().jcaName() + ") does not match its signature: it was made"
                + " with another key, or its case, number of events or last digest was changed after sealing";
    }

    /**
     * Rebuilds a sealed case: the seal must verify, be of the log's case, and cover exactly its events
     * (their number and the last digest); then the log is replayed as
     * {@link SopInstance#replay(SopDefinition, List)} does, chain and rules included.
     *
     * @param definition the SOP the case runs
     * @param events the events, oldest first
     * @param seal the seal stored with the log
     * @return the case
     * @throws InvalidEventLogException if the seal does not verify or does not match the log, or the log
     *     is refused by replay
     */
    public SopInstance replay(SopDefinition definition, List<Event> events, Seal seal) {
        check(events, seal);
        return SopInstance.replay(definition, events, seal.lastDigest());
    }

    /**
     * Rebuilds a sealed case as {@link #replay(SopDefinition, List, Seal)} does, and checks every
     * event's actor against the roster as {@link SopInstance#replay(SopDefinition, List, Roster)} does.
     *
     * @param definition the SOP the case runs
     * @param events the events, oldest first
     * @param seal the seal stored with the log
     * @param roster who held which office when
     * @return the case
     * @throws InvalidEventLogException if the seal does not verify or does not match the log, or the log
     *     is refused by replay or by the roster
     */
    public SopInstance replay(SopDefinition definition, List<Event> events, Seal seal, Roster roster) {
        check(events, seal);
        // replay verifies the chain, which ends in the last digest check compared with the seal's
        return SopInstance.replay(definition, events, roster);
    }

    private void check(List<Event> events, Seal seal) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(seal, "seal");
        int last = Math.max(0, events.size() - 1);
        String problem = problem(seal);
        if (problem != null) {
            throw new InvalidEventLogException(last, problem, null);
        }
        if (events.isEmpty() || !(events.get(0) instanceof Event.Started started)) {
            throw new InvalidEventLogException(0, "the log " + (events.isEmpty() ? "is empty" : "does not start with"
                    + " a Started event") + ", but the seal is of case " + seal.caseId() + " with " + seal.events()
                    + " events: the seal does not match the log", null);
        }
        if (!started.instanceId().equals(seal.caseId())) {
            throw new InvalidEventLogException(0, "the seal is of case " + seal.caseId() + ", but the log is of case "
                    + started.instanceId() + ": the seal does not match the log", null);
        }
        if (events.size() != seal.events()) {
            throw new InvalidEventLogException(last, "the seal of case " + seal.caseId() + " covers " + seal.events()
                    + " events, but the log has " + events.size() + ": the seal does not match the log ("
                    + (events.size() < seal.events() ? "events were removed from its end" : "events were added after"
                            + " it was sealed") + ")", null);
        }
        Digest digest = events.get(last).digest();
        if (!digest.equals(seal.lastDigest())) {
            throw new InvalidEventLogException(last, "the seal of case " + seal.caseId() + " covers a log whose last"
                    + " digest is " + seal.lastDigest() + ", but this log's last digest is " + digest + ": the seal"
                    + " does not match the log, which was rewritten (and perhaps re-chained) after it was sealed",
                    null);
        }
    }

    /** Returns the ids of the keys known, never the keys. */
    @Override
    public String toString() {
        return "seal verifier of keys " + String.join(", ", keys.keySet().stream().sorted().toList());
    }
}
