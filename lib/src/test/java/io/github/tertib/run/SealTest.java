package io.github.tertib.run;

import static io.github.tertib.run.V4.SOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tertib.TertibParseException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SealTest {

    private final SopInstance run = Offices.completed();

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(SealKey.hmac("hmac-2026", Keys.SECRET), SealVerifier.hmac("hmac-2026", Keys.SECRET),
                        Seal.Algorithm.HMAC_SHA256),
                Arguments.of(SealKey.of("ed-2026", Keys.ED25519.getPrivate()),
                        SealVerifier.of("ed-2026", Keys.ED25519.getPublic()), Seal.Algorithm.ED25519),
                Arguments.of(SealKey.of("ec-2026", Keys.EC.getPrivate()), SealVerifier.of("ec-2026", Keys.EC.getPublic()),
                        Seal.Algorithm.ECDSA_SHA256),
                Arguments.of(SealKey.of("rsa-2026", Keys.RSA.getPrivate()),
                        SealVerifier.of("rsa-2026", Keys.RSA.getPublic()), Seal.Algorithm.RSA_SHA256));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void seals_and_verifies_with_every_kind_of_key(SealKey key, SealVerifier verifier, Seal.Algorithm algorithm) {
        Seal seal = key.seal(run);
        assertThat(seal.algorithm()).isEqualTo(algorithm);
        assertThat(key.algorithm()).isEqualTo(algorithm);
        assertThat(seal.keyId()).isEqualTo(key.keyId());
        assertThat(seal.caseId()).isEqualTo("2026/001");
        assertThat(seal.events()).isEqualTo(9);
        assertThat(seal.lastDigest()).isEqualTo(run.lastDigest());
        assertThat(verifier.verifies(seal)).isTrue();
        assertThat(Seal.parse(seal.toString())).isEqualTo(seal);
        assertThat(verifier.replay(SOP, run.events(), Seal.parse(seal.toString()), Offices.ROSTER)).isEqualTo(run);
        assertThat(key.seal(run.events()).lastDigest()).isEqualTo(seal.lastDigest());
        byte[] signature = seal.signature();
        signature[0] ^= 1;
        assertThat(signature).isNotEqualTo(seal.signature());
    }

    @Test
    void signs_exactly_the_documented_message() throws Exception {
        Seal seal = SealKey.hmac("hmac-2026", Keys.SECRET).seal(run);
        String message = "tertib-seal 1\nHmacSHA256\nhmac-2026\n2026/001\n9\n" + run.lastDigest() + "\n";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Keys.SECRET, "HmacSHA256"));
        assertThat(MessageDigest.isEqual(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)), seal.signature()))
                .isTrue();
        assertThat(seal.toString()).isEqualTo("tertib-seal 1\tHmacSHA256\thmac-2026\t2026/001\t9\t" + run.lastDigest()
                + "\t" + Base64.getEncoder().encodeToString(seal.signature()));
    }

    @Test
    void verifies_seals_of_old_keys_after_a_rotation() {
        Seal old = SealKey.of("ed-2025", Keys.ED25519_OTHER.getPrivate()).seal(run);
        Seal current = SealKey.of("ed-2026", Keys.ED25519.getPrivate()).seal(run);
        SealVerifier both = SealVerifier.of("ed-2026", Keys.ED25519.getPublic())
                .and(SealVerifier.of("ed-2025", Keys.ED25519_OTHER.getPublic()));
        assertThat(both.verifies(old)).isTrue();
        assertThat(both.verifies(current)).isTrue();
        assertThat(SealVerifier.of("ed-2026", Keys.ED25519.getPublic()).verifies(old)).isFalse();
        assertThatThrownBy(() -> both.and(SealVerifier.hmac("ed-2026", Keys.SECRET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("both verifiers know a key with the id ed-2026: give each key its own id");
        assertThat(both.toString()).isEqualTo("seal verifier of keys ed-2025, ed-2026");
    }

    @Test
    void refuses_a_seal_whose_algorithm_is_not_the_keys() {
        Seal rsa = SealKey.of("kunci", Keys.RSA.getPrivate()).seal(run);
        SealVerifier ec = SealVerifier.of("kunci", Keys.EC.getPublic());
        assertThat(ec.verifies(rsa)).isFalse();
        assertThatThrownBy(() -> ec.replay(SOP, run.events(), rsa))
                .isInstanceOf(InvalidEventLogException.class)
                .hasMessage("the seal says it was made with SHA256withRSA, but the key kunci is a SHA256withECDSA key:"
                        + " the seal does not match");
    }

    @Test
    void refuses_weak_or_foreign_keys_and_bad_key_ids() {
        assertThatThrownBy(() -> SealKey.hmac("kunci", new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the HMAC-SHA-256 secret of key kunci has 31 bytes; give at least 32 random bytes (256"
                        + " bits)");
        KeyPair dsa = Keys.pair("DSA", 5);
        assertThatThrownBy(() -> SealKey.of("kunci", dsa.getPrivate()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key kunci is a DSA key; a seal is signed with an Ed25519, EC or RSA key, or with an HMAC"
                        + " secret");
        assertThatThrownBy(() -> SealKey.hmac("kunci 2026", Keys.SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a key id has no spaces or control characters");
        assertThat(SealKey.hmac("kunci", Keys.SECRET).toString()).isEqualTo("seal key kunci (HmacSHA256)");
    }

    @Test
    void refuses_every_other_spelling_of_a_seal() {
        String good = SealKey.hmac("hmac-2026", Keys.SECRET).seal(run).toString();
        String[] f = good.split("\t");
        assertThatThrownBy(() -> Seal.parse(good.replace("\t9\t", "\t09\t")))
                .isInstanceOfSatisfying(TertibParseException.class,
                        e -> assertThat(e.index()).isEqualTo(good.indexOf("\t9\t") + 1))
                .hasMessage("the events field \"09\" is not a number of events as Tertib writes it: a positive number"
                        + " in ASCII digits without sign or leading zeros");
        assertThatThrownBy(() -> Seal.parse(good.replace(f[5], f[5].toUpperCase(java.util.Locale.ROOT))))
                .isInstanceOf(TertibParseException.class)
                .hasMessage("the last digest field is not written as Tertib writes a digest: 64 lower-case hexadecimal"
                        + " digits");
        assertThatThrownBy(() -> Seal.parse(good.replace("HmacSHA256", "HMACSHA256")))
                .isInstanceOf(TertibParseException.class)
                .hasMessage("the algorithm field \"HMACSHA256\" is not one of HmacSHA256, Ed25519, SHA256withECDSA,"
                        + " SHA256withRSA");
        assertThatThrownBy(() -> Seal.parse(good + "\n"))
                .isInstanceOf(TertibParseException.class)
                .hasMessageStartingWith("the signature field is not Base64");
        assertThatThrownBy(() -> Seal.parse("tertib-seal 2" + good.substring(13)))
                .isInstanceOf(TertibParseException.class)
                .hasMessage("a seal starts with \"tertib-seal 1\", not \"tertib-seal 2\"");
        assertThatThrownBy(() -> Seal.parse("x"))
                .isInstanceOf(TertibParseException.class)
                .hasMessage("a seal has 7 tab-separated fields (name, algorithm, key id, case, events, last digest,"
                        + " signature), not 1");
    }
}
