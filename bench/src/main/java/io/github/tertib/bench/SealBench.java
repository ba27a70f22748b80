package io.github.tertib.bench;

import io.github.tertib.run.Event;
import io.github.tertib.run.Seal;
import io.github.tertib.run.SealKey;
import io.github.tertib.run.SealVerifier;
import io.github.tertib.run.SopInstance;
import io.github.tertib.sop.SopDefinition;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What sealing a case costs a host, for each kind of key ({@link Seal.Algorithm}): HMAC-SHA-256
 * with a 32-byte secret, Ed25519, ECDSA P-256 over SHA-256, and RSA 2048 over SHA-256. A host seals
 * when it stores a case, never per command, so these costs are per store, and per audit check.
 *
 * <ul>
 *   <li>{@code seal}: {@code key.seal(run)} of the completed happy-path V.4 case (9 events, digests
 *       computed in setup): building the signed message and signing it.
 *   <li>{@code verify}: {@code verifier.verifies(seal)} of that case's seal.
 *   <li>{@code sealedReplay}: {@code verifier.replay(v4, events, seal)}: the seal verified, then the
 *       whole log replayed (compare with {@code TertibBench.replay}, the same replay unsealed).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class SealBench {

    @Param
    public Seal.Algorithm algorithm;

    private SopDefinition v4;
    private SopInstance completed;
    private List<Event> events;
    private SealKey key;
    private SealVerifier verifier;
    private Seal seal;

    /** A key and its verifier for the algorithm, from a fixed seed. */
    static Object[] keys(Seal.Algorithm algorithm) {
        String id = "bench-" + algorithm.name().toLowerCase(java.util.Locale.ROOT);
        if (algorithm == Seal.Algorithm.HMAC_SHA256) {
            byte[] secret = "a 32-byte secret for the benchmark".getBytes(StandardCharsets.US_ASCII);
            return new Object[] {SealKey.hmac(id, secret), SealVerifier.hmac(id, secret)};
        }
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(20260302L);
            KeyPairGenerator g = KeyPairGenerator.getInstance(switch (algorithm) {
                case ED25519 -> "Ed25519";
                case ECDSA_SHA256 -> "EC";
                case RSA_SHA256 -> "RSA";
                case HMAC_SHA256 -> throw new AssertionError(algorithm);
            });
            if (algorithm == Seal.Algorithm.ECDSA_SHA256) {
                g.initialize(new ECGenParameterSpec("secp256r1"), random);
            } else {
                g.initialize(algorithm == Seal.Algorithm.RSA_SHA256 ? 2048 : 255, random);
            }
            KeyPair pair = g.generateKeyPair();
            return new Object[] {SealKey.of(id, pair.getPrivate()), SealVerifier.of(id, pair.getPublic())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Setup
    public void setUp() {
        v4 = TertibV4.DEFINITION;
        completed = TertibV4.completed("V4/2026/001", TertibV4.T0);
        events = completed.events(); // computes the digests, as a stored case has them
        Object[] pair = keys(algorithm);
        key = (SealKey) pair[0];
        verifier = (SealVerifier) pair[1];
        seal = key.seal(completed);
        if (seal.algorithm() != algorithm || !verifier.verifies(seal)
                || !verifier.replay(v4, events, seal).equals(completed)) {
            throw new IllegalStateException("the " + algorithm + " seal of " + completed + " does not verify");
        }
    }

    @Benchmark
    public Seal seal() {
        return key.seal(completed);
    }

    @Benchmark
    public boolean verify() {
        return verifier.verifies(seal);
    }

    @Benchmark
    public SopInstance sealedReplay() {
        return verifier.replay(v4, events, seal);
    }
}
