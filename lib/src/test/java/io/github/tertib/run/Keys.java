package io.github.tertib.run;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/** Keys for the seal tests, made from fixed seeds so that every run uses the same ones. */
final class Keys {

    static final byte[] SECRET = "kunci rahasia Diskominfo 2026 ...".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_SECRET = "kunci rahasia yang lain, 32 byte+".getBytes(StandardCharsets.UTF_8);
    static final KeyPair ED25519 = pair("Ed25519", 1);
    static final KeyPair ED25519_OTHER = pair("Ed25519", 2);
    static final KeyPair EC = pair("EC", 3);
    static final KeyPair RSA = pair("RSA", 4);

    private Keys() {
    }

    static KeyPair pair(String algorithm, long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            switch (algorithm) {
                case "EC" -> g.initialize(new ECGenParameterSpec("secp256r1"), random);
                case "RSA", "DSA" -> g.initialize(2048, random);
                default -> g.initialize(255, random);
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
